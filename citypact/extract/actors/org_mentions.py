"""An organisation's mentions: every place its name, acronym or short name is written ("Suria
Hijau Holdings Bhd", then "Suria Hijau"), its head written alone later ("the University"),
the longest name winning where two overlap; and the final Organization records."""

from __future__ import annotations

import re
from collections.abc import Iterator

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.names import TokenRange, overlaps
from citypact.extract.actors.org_countries import _country
from citypact.extract.actors.org_words import Candidate, _opens_sentence
from citypact.extract.matchers.lexicon import Lexicon
from citypact.model import Organization
from citypact.textnorm import fold, slugify


def _with_mentions(ctx: ActorContext, candidates: list[Candidate]) -> tuple[Organization, ...]:
    """Find every mention of every name; the longest wins where two overlap."""
    claims: list[tuple[TokenRange, int]] = []
    for index, candidate in enumerate(candidates):
        claims.append(((candidate.start, candidate.end), index))
        claims.extend((span, index) for span in candidate.spans)
        for name in {candidate.name, *candidate.aliases, *_short_names(ctx, candidate)}:
            claims.extend((rng, index) for rng in ctx.names.find(name))
    claims.extend(_bare_heads(ctx, candidates))
    claims.sort(key=lambda c: (-(c[0][1] - c[0][0]), c[0][0]))
    taken: list[TokenRange] = []
    mentions: dict[int, list[TokenRange]] = {}
    for rng, index in claims:
        if not overlaps(rng, taken):
            taken.append(rng)
            mentions.setdefault(index, []).append(rng)
    organizations = []
    for index, candidate in enumerate(candidates):
        ranges = sorted(mentions.get(index, []))
        if not ranges:
            continue
        for start, end in ranges:
            for i in range(start, end):
                ctx.org_at[i] = candidate.name
        organizations.append(_organization(ctx, candidate, ranges))
    organizations.sort(key=lambda o: o.mentions[0])
    return tuple(organizations)


SHORT_NAME_WORDS = 2
"""Fewest words of a company's short name ("Suria Hijau"): one word alone is too common."""


def _short_names(ctx: ActorContext, candidate: Candidate) -> list[str]:
    """A company named with its legal form is later named without it, and without the
    words that say it is a company ("Suria Hijau Holdings Bhd", then "Suria Hijau")."""
    words = candidate.name.split()
    if candidate.type != "company" or words[-1] not in ctx.rules.legal_suffixes:
        return []
    while words and (words[-1] in ctx.rules.legal_suffixes or words[-1] in SUFFIX_PARTS):
        words.pop()
    short = [" ".join(words)]
    while len(words) > SHORT_NAME_WORDS and fold(words[-1]) in COMPANY_WORDS:
        words.pop()
        short.append(" ".join(words))
    return [name for name in short if len(name.split()) >= SHORT_NAME_WORDS]


SUFFIX_PARTS = frozenset({"Sdn", "Pte", "Pvt", "Pty"})
"""First words of two-word legal forms ("Sdn Bhd", "Pte Ltd", "Pty Ltd")."""
COMPANY_WORDS = frozenset({"holdings", "holding", "group", "corporation", "company",
                           "enterprises", "industries"})


def _bare_heads(ctx: ActorContext,
                candidates: list[Candidate]) -> list[tuple[TokenRange, int]]:
    """A capitalised head written alone after the full name ("Tổng thư ký của Phòng Thương
    Mại", "the University") is that organisation, when only one grew from that head."""
    owners: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        if candidate.head:
            owners.setdefault(candidate.head, []).append(index)
    found = []
    for lexicon, _ in ctx.rules.heads:
        for start, end, _kind in ctx.tokens.hits(lexicon):
            bare = fold(ctx.tokens.surface(start, end))
            indices = [i for head, owned in owners.items() for i in owned
                       if head == bare or head.startswith(bare + " ")]
            if len(indices) == 1 and candidates[indices[0]].start < start \
                    and ctx.tokens.tokens[start].is_capitalised \
                    and not any(i in ctx.title_tokens for i in range(start, end)):
                found.append(((start, end), indices[0]))
    town = ctx.rules.town_heads.get(ctx.doc.rules_language or "")
    if town is not None:
        found.extend(_bare_town_heads(ctx, town[0], owners, candidates))
    return found


def _bare_town_heads(ctx: ActorContext, lexicon: Lexicon, owners: dict[str, list[int]],
                     candidates: list[Candidate]) -> Iterator[tuple[TokenRange, int]]:
    """The head of an institution named after its town, written in lower case after its
    article at the start of a later sentence ("Le festival a signé ...", "La feria cerró
    ..."), is that institution, when only one grew from that head: the subject a sentence
    opens with. Elsewhere the word is the event ("firmó durante la feria un acuerdo")."""
    for start, end, _kind in ctx.tokens.hits(lexicon):
        owned = owners.get(fold(ctx.tokens.surface(start, end)), [])
        if len(owned) == 1 and candidates[owned[0]].start < start and start > 0 \
                and not ctx.tokens.tokens[start].is_capitalised \
                and _opens_sentence(ctx, start - 1) and ctx.is_function(start - 1):
            yield (start, end), owned[0]


def _organization(ctx: ActorContext, candidate: Candidate,
                  ranges: list[TokenRange]) -> Organization:
    name = _without_possessive(ctx, candidate)
    aliases = tuple(dict.fromkeys(a for a in candidate.aliases if fold(a) != fold(name)))
    return Organization(
        id=f"org:{slugify(name)}", name=name,
        country=candidate.country or _country(ctx, candidate), type=candidate.type,
        mentions=tuple(ctx.tokens.span_of(s, e) for s, e in ranges), aliases=aliases)


POSSESSIVE = re.compile(r"['’]s$")
"""The possessive glued to the word after "of" that ends a body's name ("the University of
Wollongong's laboratory"): no word of the name, unlike a firm's own ("Sainsbury's")."""


def _without_possessive(ctx: ActorContext, candidate: Candidate) -> str:
    """The candidate's name without the possessive of the place or name after its "of"."""
    last = candidate.end - 1
    if last - candidate.start >= 2 and ctx.tokens.folded[last - 1] in ctx.rules.connectors:
        return POSSESSIVE.sub("", candidate.name)
    return candidate.name
