"""Actors: the organisations and people a document names.

Organisations come first (heads, legal suffixes, known names, acronyms), so that people
never take an organisation's words for a name and can act for an organisation. Local
governments that are a place ("Hanoi People's Committee", "Comune di Foligno") are not
organisations; officials of them act for the place. Rules are data (``rules/actors/``).
"""

from __future__ import annotations

import dataclasses

from citypact.extract.actors.context import make_context
from citypact.extract.actors.han import read_han
from citypact.extract.actors.organizations import find_organizations
from citypact.extract.actors.person_marks import find_marks
from citypact.extract.actors.persons import build_people
from citypact.extract.actors.rules import ActorRules, load_actor_rules
from citypact.extract.actors.uncased import read_uncased, uncased_rules
from citypact.extract.pipeline import Doc
from citypact.model import Organization, Person, Span


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
        han = self._rules.han.get(doc.rules_language or "")
        if han is not None:
            # a script with no space and no capital: its names are read in its characters
            organizations, people = _with_han(organizations, people, *read_han(doc, han))
        uncased = uncased_rules(doc.rules_language) if doc.rules_language else None
        if uncased is not None:
            # a script with no capital: its names are read after titles and heads
            organizations, people = _with_han(organizations, people,
                                              *read_uncased(doc, uncased))
        if doc.furniture:
            # named only in another story's headline or as a photographer: none of the
            # story's people (an agency credited, "(Photo: VNA)", is still a body it names)
            people = tuple(p for p in people if not _only_in(doc, p.mentions))
        return dataclasses.replace(doc, organizations=organizations, people=people)


def _with_han(organizations: tuple[Organization, ...], people: tuple[Person, ...],
              han_organizations: tuple[Organization, ...],
              han_people: tuple[Person, ...]) -> tuple[tuple[Organization, ...],
                                                         tuple[Person, ...]]:
    """The actors read in words and those read in Han characters, each name once."""
    names = {o.name for o in organizations}
    merged = sorted((*organizations, *(o for o in han_organizations if o.name not in names)),
                    key=lambda o: o.mentions[0] if o.mentions else (0, 0))
    known = {p.name for p in people}
    return tuple(merged), (*people, *(p for p in han_people if p.name not in known))


def _only_in(doc: Doc, mentions: tuple[Span, ...]) -> bool:
    """Whether every mention lies on the page's lines around the story (``Doc.furniture``)."""
    return bool(mentions) and all(doc.in_furniture(start) for start, _ in mentions)
