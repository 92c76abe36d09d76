"""The words of an organisation's name: its candidate record, the capitalised parts a name is
made of, the first word of a sentence, the start of a person's name (which ends a body's),
and the word that says where a body is based ("Johor Bahru-based")."""

from __future__ import annotations

from dataclasses import dataclass, field

from citypact.extract.actors.context import ActorContext

BASED_SUFFIXES = ("-based", "-headquartered")


@dataclass(slots=True)
class Candidate:
    """An organisation as first seen: where, under which name, of which type."""

    start: int
    end: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    core: str | None = None
    """The name without its head ("IURC" in "IURC Programme"): another name of the same
    organisation when that is already an organisation's name."""
    head: str | None = None
    """The folded head the name grew from ("phong thuong mai"), for later bare mentions."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Where the candidates merged into this one were written ("Phòng thương mại Italia -
    Việt Nam" after "phòng Thương Mại Italia Việt Nam")."""


def _is_name_part(ctx: ActorContext, i: int) -> bool:
    """A capitalised word of a name, or the first word of a place even when it is a
    function word elsewhere ("Università di Da Nang", "University of La Rochelle")."""
    mention = ctx.place_at.get(i)
    if mention is not None and mention.start == i and ctx.tokens.tokens[i].is_capitalised:
        return True
    if _capital_particle(ctx, i):
        return True
    return (ctx.is_name_word(i) or ctx.tokens.tokens[i].is_acronym
            or _inner_opener(ctx, i)) and ctx.tokens.folded[i] not in ctx.rules.connectors


def _complement_demonym(ctx: ActorContext, i: int) -> bool:
    """A capitalised nationality adjective that opens a body's complement before a word of the
    name ("Association of Finnish Municipalities", "Union of Polish Cities")."""
    tokens = ctx.tokens
    return (tokens.tokens[i].is_capitalised and ctx.is_demonym(i)
            and i + 1 < len(tokens) and tokens.joined(i + 1) and ctx.is_name_word(i + 1)
            and i + 1 not in ctx.place_at)


def _capital_particle(ctx: ActorContext, i: int) -> bool:
    """A name's particle written with a capital before a capitalised word: a family's name
    that opens a firm's ("shipping company Van Dijk Maritime", "De Vries Logistics")."""
    tokens = ctx.tokens
    own = ctx.rules.own_particles.get(ctx.doc.rules_language or "", frozenset())
    # at a sentence's start it is as likely an article ("La Meccanica Rossi S.p.A. ...")
    return (tokens.tokens[i].is_capitalised and tokens.folded[i] in own
            and not _opens_sentence(ctx, i)
            and i + 1 < len(tokens) and tokens.joined(i + 1) and ctx.is_name_word(i + 1))


def _inner_opener(ctx: ActorContext, i: int) -> bool:
    """A participle that opens sentences ("Continuing the tradition, ..."), capitalised inside
    one after a connector and before another capitalised word: a word of a body's name ("the
    University for Continuing Education Krems")."""
    tokens = ctx.tokens
    return (tokens.folded[i] in ctx.rules.openers and tokens.tokens[i].is_capitalised
            and not _opens_sentence(ctx, i) and tokens.folded[i - 1] in ctx.rules.connectors
            and i + 1 < len(tokens) and tokens.joined(i + 1)
            and tokens.tokens[i + 1].is_capitalised)


SENTENCE_OPENERS = frozenset({".", "!", "?", "-", "–", "—", "•", "*"})
"""Marks before the first word of a sentence or of a list's item."""


def _opens_sentence(ctx: ActorContext, k: int) -> bool:
    """Whether token ``k`` is the first word of its sentence, line or list item."""
    return k == 0 or not ctx.tokens.joined(k) or ctx.tokens.tokens[k - 1].text in SENTENCE_OPENERS


def _starts_person(ctx: ActorContext, k: int) -> bool:
    """Whether a person's name begins at ``k`` (a given name or Vietnamese surname + word).
    Inside a name written in capitals, whose head is too ("BÁO NHÂN DÂN ĐIỆN TỬ", a
    paper's masthead), capitals tell no person's name apart."""
    tokens = ctx.tokens
    if k + 1 >= len(tokens) or not tokens.tokens[k].is_capitalised \
            or not tokens.tokens[k + 1].is_capitalised or not tokens.joined(k + 1):
        return False  # a name on one line: "ĐIỆN TỬ" ends a masthead, "Sáng 15/10" a lead
    if k > 0 and all(tokens.tokens[i].is_acronym for i in (k - 1, k, k + 1)):
        return False
    word = tokens.folded[k]
    return word in ctx.rules.given_names or (
        word in ctx.rules.vietnamese_surnames and k not in ctx.place_at)


def _name_run(ctx: ActorContext, k: int, limit: int) -> int:
    """End of a run of capitalised words or acronyms starting at ``k``; a place's name in it
    counts whole, with its function words ("Campus Centre-Val de Loire Atlantique")."""
    n = len(ctx.tokens)
    m = words = k
    while m < n and words - k < limit and (m == k or ctx.tokens.joined(m)) \
            and _is_name_part(ctx, m):
        mention = ctx.place_at.get(m)
        m = mention.end if mention is not None and mention.start == m else m + 1
        words += 1
    return m


def _based(ctx: ActorContext, i: int) -> bool:
    """A word that says where a body is based ("Bahru-based" of "Johor Bahru-based")."""
    return ctx.tokens.tokens[i].text.lower().endswith(BASED_SUFFIXES)
