"""An organisation's country: of a demonym or place in its name, of a country after its acronym
or in brackets after it, or of the place it is said to be based in ("Busan-based ...")."""

from __future__ import annotations

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.org_words import Candidate, _based


def _country(ctx: ActorContext, candidate: Candidate) -> str | None:
    """The country of a demonym in the name, else of the first place in it; of the place
    that opens the name before a demonym ("Penang Chinese Chamber of Commerce"). A word of a
    place's name is no demonym ("Sở Ngoại vụ tỉnh Thái Bình": no Thai, "Lào Cai": no Lao)."""
    rng = range(candidate.start, candidate.end)
    demonyms: list[str | None] = [ctx.demonyms[ctx.tokens.folded[i]]
                                  for i in rng if ctx.is_demonym(i) and i not in ctx.place_at]
    places = [m.place for i in rng if (m := ctx.place_at.get(i)) is not None]
    if candidate.type == "embassy":
        countries = [p.country for p in places if p.kind == "country"]
        return (demonyms or countries or [None])[0]
    opening = ctx.place_at.get(candidate.start)
    if opening is not None and opening.start == candidate.start and demonyms:
        # "Penang Chinese Chamber of Commerce": the town it opens with is where it is, the
        # adjective after names its community
        return opening.place.country
    return (demonyms or [p.country for p in places] or _bracketed(ctx, candidate.end)
            or _country_after_acronym(ctx, candidate.end)
            or _based_in(ctx, candidate.start))[0]


def _country_after_acronym(ctx: ActorContext, end: int) -> list[str | None]:
    """The country named after "of" right after a body's acronym in brackets ("la
    Administración Nacional de Puertos (ANP) de Uruguay"): the body's."""
    tokens, n = ctx.tokens, len(ctx.tokens)
    if end + 3 >= n or tokens.tokens[end].text != "(" or not tokens.tokens[end + 1].is_acronym \
            or tokens.tokens[end + 2].text != ")":
        return []
    k = end + 3
    while k < n and tokens.joined(k) and not tokens.tokens[k].is_capitalised \
            and tokens.folded[k] in ctx.rules.connectors:
        k += 1
    mention = ctx.place_at.get(k)
    if k == end + 3 or mention is None or mention.start != k or mention.place.kind != "country":
        return []
    return [mention.place.country]


def _bracketed(ctx: ActorContext, end: int) -> list[str | None]:
    """The country or place in brackets right after a body's name ("Đại học Quốc gia
    Chonnam (Hàn Quốc)", "Deakin University (Australia)"): where it is."""
    tokens = ctx.tokens
    mention = ctx.place_at.get(end + 1)
    if end + 1 >= len(tokens) or tokens.tokens[end].text != "(" or mention is None \
            or mention.end >= len(tokens) or tokens.tokens[mention.end].text != ")":
        return []
    return [mention.place.country]


def _based_in(ctx: ActorContext, start: int) -> list[str | None]:
    """The country of the place a body is said to be based in right before its name
    ("Busan-based Hanbit Logistics Co."), else ``[None]``."""
    prev = start - 1
    place = ctx.place_at.get(prev) if prev >= 0 and _based(ctx, prev) else None
    return [place.place.country if place is not None else None]
