"""Marks of people in a text: where titles, honorifics, plural titles and relative pronouns are
written, and the records that finding people passes between its steps (cues, name runs)."""

from __future__ import annotations

from dataclasses import dataclass, field

from citypact.extract.actors.context import ActorContext


@dataclass(slots=True)
class Cue:
    """What vouches for a name: a role phrase (token range) and its title hit."""

    role: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    honorific: bool = False
    extra: tuple[int, int] | None = None
    """Tokens after the role that name what the person acts for ("..., Association of ...")."""
    nationality: int | None = None
    """A nationality's adjective right before the name, after an article ("la etíope
    Tigist Alemu"): the person's country, no role."""


@dataclass(slots=True)
class NameRun:
    start: int
    end: int
    cue: Cue
    weak: bool = False
    """Vouched for by shape only (given name, Vietnamese family name)."""


@dataclass(slots=True)
class Marks:
    """Token indices of titles and honorifics in a document."""

    titles: dict[int, tuple[int, int]]
    honorifics: dict[int, tuple[int, int]]
    plural: dict[int, tuple[int, int]]
    relative: set[int]
    in_office: set[int] = field(default_factory=set)
    """Token indices right after an "as" word ("who led the mission as | President")."""


def find_marks(ctx: ActorContext) -> Marks:
    """Where titles, honorifics, plural titles and relative pronouns are written."""
    lexicons = ctx.people

    def index(hits: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
        spans = (_with_dot(ctx, s, e) for s, e, _ in hits)
        return {i: (s, e) for s, e in spans for i in range(s, e)}

    return Marks(
        titles=index(ctx.tokens.hits(lexicons.titles)
                     + ctx.tokens.compound_heads(lexicons.titles)),
        honorifics=index(ctx.tokens.hits(lexicons.honorifics)),
        plural=index(ctx.tokens.hits(lexicons.plural_titles)),
        relative={s for s, _, _ in ctx.tokens.hits(lexicons.relative)},
        in_office={e for _, e, _ in ctx.tokens.hits(lexicons.in_office)},
    )


ABBREVIATION_LETTERS = 4
"""Longest capitalised word that a glued dot shortens ("Dr.", "Gov.", "Hon.", "Cllr.")."""


def _with_dot(ctx: ActorContext, start: int, end: int) -> tuple[int, int]:
    """A title or honorific with the dot that shortens it ("Dr. Wanjiru Kamau", "Shiga Gov.
    Takeshi Mikami"): the dot is the abbreviation's, so the name follows the cue."""
    tokens = ctx.tokens
    last = tokens.tokens[end - 1]
    if (end < len(tokens) and tokens.tokens[end].text == "." and tokens.gap(end) == ""
            and last.is_capitalised and len(last.text) <= ABBREVIATION_LETTERS):
        return (start, end + 1)
    return (start, end)
