"""Portfolios: an office's field written in capitals after "title of", which is no name ("assessore
regionale allo Sviluppo economico, Paolo Zanetti"), and the name that follows it."""

from __future__ import annotations

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.person_marks import Cue, Marks
from citypact.extract.actors.titles_after import _in_body

PORTFOLIO_TAIL = 2
"""Lower-case words that may end an office's field before the comma ("Sviluppo economico")."""
PORTFOLIO_OF = 3
"""Connectors between an office's field and the place or body it is of ("della")."""


PORTFOLIO_RUNS = 4
"""Most capitalised runs of one portfolio ("Universidad, Investigación e Innovación")."""


def _portfolio_name(ctx: ActorContext, marks: Marks, cue: Cue, field: tuple[int, int],
                    following: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name after a portfolio: capitalised runs right after "title of" (a field may be
    a word that heads organisations elsewhere: "Universidad"), joined by commas, "and" or
    "of the ...", then ", Name", possibly after an honorific ("concejala de Relaciones
    Internacionales, Marta Ruiz"; "consejero de Universidad, Investigación e Innovación de la
    Junta, Javier Romero"; "Member for Agriculture, Livestock and Fisheries, Hon. Peter
    Mwangi")."""
    start, end = field
    if cue.title is None or cue.role is None or cue.role[1] != start:
        return None
    between = range(cue.title[1], start)
    if not between or ctx.tokens.folded[between[0]] not in ctx.rules.connectors or not all(
            _joins_portfolio(ctx, i) or i in ctx.head_at for i in between):
        return None
    tokens = ctx.tokens
    runs = following[:PORTFOLIO_RUNS]
    for index, run in enumerate(runs):
        before = run[0] - 1
        if before in marks.honorifics:
            before = marks.honorifics[before][0] - 1
        gap = range(end, before + 1)
        if not gap or not all(_joins_portfolio(ctx, i) for i in gap):
            return None
        if tokens.tokens[before].text == "," and run[1] - run[0] >= 2 and not (
                _fields_joined(ctx, run) and index + 1 < len(runs)
                and tokens.tokens[runs[index + 1][0] - 1].text == ","):
            return run
        end = run[1]  # one more field of the portfolio
    return None


def _fields_joined(ctx: ActorContext, run: tuple[int, int]) -> bool:
    """Two fields of a portfolio joined by "and" ("Agricultura y Pesca"), not a name: a
    coordinator inside the run."""
    return any(ctx.tokens.folded[i] in ctx.coordinators for i in range(run[0] + 1, run[1] - 1))


def _joins_portfolio(ctx: ActorContext, i: int) -> bool:
    """A token between the fields of a portfolio: a comma, a connector or function word, a
    field of the lists ("Agricultura"), or the body or place the office belongs to ("de la
    Junta")."""
    token = ctx.tokens.tokens[i]
    return (token.text == "," or ctx.tokens.folded[i] in ctx.rules.connectors
            or ctx.tokens.folded[i] in ctx.coordinators or ctx.is_function(i)
            or ctx.tokens.folded[i] in ctx.rules.portfolio_words
            or i in ctx.local_government or i in ctx.place_at or i in ctx.org_at)


def _portfolio(ctx: ActorContext, cue: Cue, start: int, end: int,
               following: tuple[int, int]) -> bool:
    """A capitalised run right after "title of", then lower-case words of the field or the
    body it belongs to, and ", Name": the office's field ("assessore regionale allo
    Sviluppo economico, Paolo Zanetti", "al Turismo della Regione Marche, Lucia Bianchi")."""
    if cue.title is None or cue.role is None or cue.role[1] != start:
        return False
    between = range(_opener_end(ctx, cue.title[1], start), start)
    if not between or not all(_of_word(ctx, i) for i in between) or sum(
            not _of_word(ctx, i, strict=True) for i in between) > 1:
        return False
    comma = _portfolio_end(ctx, end)
    if comma is None:
        # no comma before a name that starts with a known given name ("dall'assessore alle
        # Attività produttive Leonardo Marras")
        tail = _portfolio_end(ctx, end, closing=False)
        return tail is not None and following[0] == tail and following[1] - following[0] >= 2 \
            and ctx.tokens.folded[following[0]] in ctx.rules.given_names
    return following[0] == comma + 1 and following[1] - following[0] >= 2


def _opener_end(ctx: ActorContext, end: int, start: int) -> int:
    """Where the field starts after a title: right after it, or after the title that opens
    its portfolio further on ("vicepresidente della Regione francese delegata | agli Affari
    europei")."""
    openers = [i for i in range(end, start) if i in ctx.title_tokens
               and ctx.tokens.folded[i] in ctx.rules.portfolio_openers]
    return openers[-1] + 1 if openers else end


def _of_word(ctx: ActorContext, i: int, strict: bool = False) -> bool:
    """A connector or function word between a title and its field ("assessora alla
    Cultura"); unless ``strict``, also a lower-case word ("assessore regionale allo")."""
    token = ctx.tokens.tokens[i]
    if ctx.tokens.folded[i] in ctx.rules.connectors or ctx.is_function(i):
        return True
    return not strict and token.is_word and not token.is_capitalised


def _portfolio_end(ctx: ActorContext, end: int, closing: bool = True) -> int | None:
    """The comma that closes a field, right after its capitalised run or after up to two
    lower-case words of it ("allo Sviluppo economico, Paolo Zanetti"), and after the place
    or body whose field it is ("al Turismo della Regione Marche, Lucia Bianchi"); without
    ``closing``, where the field ends, comma or not."""
    tokens = ctx.tokens
    k = end
    while k < len(tokens) and k - end <= PORTFOLIO_TAIL and tokens.tokens[k].is_word \
            and not tokens.tokens[k].is_capitalised and not ctx.is_function(k):
        k += 1
    if k - end > PORTFOLIO_TAIL:
        return None
    m = k
    while m < len(tokens) and m - k < PORTFOLIO_OF and tokens.joined(m) and (
            tokens.folded[m] in ctx.rules.connectors or ctx.is_function(m)):
        m += 1
    if m > k and m < len(tokens) and _in_body(ctx, m):
        while m < len(tokens) and _in_body(ctx, m):
            m += 1
        k = m
    if not closing:
        return k  # where the field ends, with or without its comma
    return k if k < len(tokens) and tokens.tokens[k].text == "," else None
