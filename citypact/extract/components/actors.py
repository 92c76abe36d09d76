"""Actors: the organisations and people a document names.

Organisations come first (heads, legal suffixes, known names, acronyms), so that people
never take an organisation's words for a name and can act for an organisation. Local
governments that are a place ("Hanoi People's Committee", "Comune di Foligno") are not
organisations; officials of them act for the place. Rules are data (``rules/actors/``).
"""

from __future__ import annotations

import dataclasses

from citypact.extract.actors.context import make_context
from citypact.extract.actors.organizations import find_organizations
from citypact.extract.actors.people import find_marks
from citypact.extract.actors.persons import build_people
from citypact.extract.actors.rules import ActorRules, load_actor_rules
from citypact.extract.pipeline import Doc
from citypact.model import Span


class ActorsComponent:
    """Assign ``organizations`` and ``people`` from the text, its language and its places."""

    name = "actors"
    requires = ("language", "sentences", "furniture", "places")
    assigns = ("organizations", "people")

    def __init__(self, rules: ActorRules | None = None) -> None:
        self._rules = rules if rules is not None else load_actor_rules()

    def __call__(self, doc: Doc) -> Doc:
        ctx = make_context(doc, self._rules)
        organizations = find_organizations(ctx)
        people = build_people(ctx, find_marks(ctx), organizations)
        if doc.furniture:
            # named only in another story's headline or as a photographer: none of the
            # story's people (an agency credited, "(Photo: VNA)", is still a body it names)
            people = tuple(p for p in people if not _only_in(doc, p.mentions))
        return dataclasses.replace(doc, organizations=organizations, people=people)


def _only_in(doc: Doc, mentions: tuple[Span, ...]) -> bool:
    """Whether every mention lies on the page's lines around the story (``Doc.furniture``)."""
    return bool(mentions) and all(doc.in_furniture(start) for start, _ in mentions)
