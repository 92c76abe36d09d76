"""Vietnamese organisation names, which mix lower-case field words and proper names after the head
("Sở Ngoại vụ tỉnh Quảng Nam", "Hiệp hội Du lịch"): where such a name ends."""

from __future__ import annotations

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.org_words import _is_name_part, _starts_person


def _extend_vietnamese(ctx: ActorContext, end: int, *, fields: bool = False,
                       company: bool = False, school: bool = False) -> int:
    """Vietnamese names mix lower-case words and proper names after the head ("Liên đoàn
    giới chủ công nghiệp Sicilia", "Sở Ngoại vụ TPHCM", "Sở Ngoại vụ tỉnh Quảng Nam"): end
    at the last proper name. Only proper names are capitalised in Vietnamese, so a
    capitalised syllable belongs to the name even when it is a function word elsewhere
    ("Thép Hòa Phát").

    ``fields``: the head is named by fields ("Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư", "Sở
    Văn hóa, Thể thao và Du lịch"), each a word whose first syllable alone is capitalised:
    the syllable after a capitalised one belongs to the name, and "và" or a comma before
    another such field goes on with it.

    ``company``: after a field word ("Thương mại", "Đầu tư") comes the company's own name,
    even one shaped like a person's ("Công ty TNHH Thương mại Hoàng Long").

    ``school``: a university named by one field word, its first syllable Vietnamese
    ("Trường Đại học Ngoại thương", "Đại học Bách khoa"), keeps its lower-case syllable."""
    tokens = ctx.tokens
    k, n, last = end, len(tokens), end
    after_place = False
    while k < n and k - end < 12 and tokens.joined(k) and k not in ctx.title_tokens:
        token = tokens.tokens[k]
        if token.text in "-–" and last == k:
            k += 1
            continue
        if fields and last == k > end and _field_goes_on(ctx, k):
            k += 1
            continue
        if fields and last == k > end and (_field_syllable(ctx, k)
                                           or _closing_field_syllable(ctx, k)):
            k = last = k + 1
            continue
        if school and last == k == end + 1 and not tokens.tokens[end].text.isascii() \
                and _field_syllable(ctx, k):
            k = last = k + 1
            continue
        if k in ctx.place_after_noun:
            k = last = ctx.place_after_noun[k]
            after_place = True
            continue
        if not token.is_word or (ctx.is_function(k) and not token.is_capitalised) \
                or (_starts_person(ctx, k) and not (company and _after_field_word(ctx, k))) \
                or (after_place and k not in ctx.place_at):
            break
        after_place = k in ctx.place_at
        k += 1
        if _is_name_part(ctx, k - 1) or (token.is_capitalised and k - 1 not in ctx.place_at
                                         and k - 1 not in ctx.local_government):
            last = k
    return last


FIELD_NAMED = frozenset({"government", "agency", "association"})
"""Heads whose Vietnamese names are fields ("Sở Ngoại vụ", "Hiệp hội Du lịch"), not proper
names: a company or university may be followed by a verb right after its last name."""


def _field_syllable(ctx: ActorContext, k: int) -> bool:
    """A lower-case syllable closing the field word begun by a capitalised one ("vụ" of
    "Ngoại vụ")."""
    token, prev = ctx.tokens.tokens[k], k - 1
    return (token.is_word and not token.is_capitalised
            and (not ctx.is_function(k) or _inside_fields(ctx, k))
            and ctx.tokens.tokens[prev].is_capitalised and prev not in ctx.place_at
            and (prev == 0 or not ctx.tokens.tokens[prev - 1].is_capitalised
                 or ctx.tokens.tokens[prev - 1].is_acronym  # "TNHH Thương mại"
                 or prev - 1 in ctx.title_tokens or prev - 1 in ctx.head_tokens))


def _closing_field_syllable(ctx: ActorContext, k: int) -> bool:
    """A third lower-case syllable of a field word, right before punctuation or the text's
    end ("khẩu" of "Cục Xuất nhập khẩu,"): a verb or a place noun after the field is
    followed by its object."""
    tokens = ctx.tokens
    return (tokens.tokens[k].is_word and not tokens.tokens[k].is_capitalised
            and not ctx.is_function(k) and k not in ctx.place_after_noun
            and k not in ctx.title_tokens and k not in ctx.head_tokens
            and _field_syllable(ctx, k - 1)
            and (k + 1 == len(tokens) or not tokens.tokens[k + 1].is_word))


def _inside_fields(ctx: ActorContext, k: int) -> bool:
    """A syllable that is a function word elsewhere ("tác" of "hợp tác", the English "may")
    closes a field word when another capitalised word follows it ("Bộ Hợp tác Kinh tế",
    "Hiệp hội Dệt may Việt Nam"); a connector never does."""
    tokens = ctx.tokens
    return (tokens.folded[k] not in ctx.rules.connectors and k + 1 < len(tokens)
            and tokens.joined(k + 1) and tokens.tokens[k + 1].is_word
            and tokens.tokens[k + 1].is_capitalised)


def _after_field_word(ctx: ActorContext, k: int) -> bool:
    """Token ``k`` follows a field word: a capitalised syllable and a lower-case one
    ("Thương mại")."""
    return k >= 2 and _field_syllable(ctx, k - 1)


def _field_goes_on(ctx: ActorContext, k: int) -> bool:
    """"và" or a comma between two fields of one name ("Kế hoạch và Đầu tư", "Văn hóa, Thể
    thao và Du lịch"); a comma only inside a list that "và" closes, or the body's place
    after its noun ("Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội")."""
    tokens, n = ctx.tokens, len(ctx.tokens)
    comma = tokens.tokens[k].text == ","
    if not (comma or tokens.folded[k] in ctx.coordinators) or k + 2 >= n \
            or not tokens.joined(k + 1):
        return False
    nxt = k + 1
    if not (tokens.tokens[nxt].is_capitalised and _field_syllable(ctx, nxt + 1)) \
            or nxt in ctx.title_tokens or nxt in ctx.head_tokens or _starts_person(ctx, nxt) \
            or nxt in ctx.local_government:  # "..., Đảng ủy, HĐND, UBND xã": the next body
        return False
    return not comma or (k + 3 < n and (tokens.tokens[k + 3].text == ","
                                        or tokens.folded[k + 3] in ctx.coordinators
                                        or (k + 3 in ctx.place_after_noun
                                            and tokens.joined(k + 3))))


# --- nouns, appositions, legal suffixes ----------------------------------------------
