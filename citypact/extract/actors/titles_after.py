"""Titles after a name: after a comma or dash ("Sandra Scagliotti, console onorario"), in
brackets, on a title line, or after ", who ... as" ("Dario Nardella, who led the mission as
President of Eurocities"); and where the role phrase after the name ends."""

from __future__ import annotations

import re

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.person_marks import Cue, Marks
from citypact.extract.actors.text import DASHES

MAX_APPOSITIVE_ROLE = 12
MAX_POSSESSIVE_FIELD = 3
"""Lower-case words of a field between a body's possessive and a title after a name ("the
city's economic development director")."""
ROLE_ENDERS = frozenset(",.;:()[]\n\"“”")


def _right_cue(ctx: ActorContext, marks: Marks, end: int) -> Cue | None:
    """A title after the name and a comma or dash ("Sandra Scagliotti, console onorario"),
    or in brackets right after it ("Cllr J. Whitmore (Chair)", as minutes write)."""
    tokens = ctx.tokens
    n = len(tokens)
    if end < n and not tokens.joined(end) and end in marks.titles and marks.titles[end][0] == end:
        return _title_line_cue(ctx, marks, end)
    if ctx.titles_follow_names and end < n and tokens.joined(end):
        following = _title_following(ctx, marks, end)
        if following is not None:
            return following
    end = _past_post_nominal(ctx, marks, end)
    if end >= n or tokens.tokens[end].text not in ",–-(":
        return None
    k = end + 1
    while k < n and k - end < 4 and (ctx.is_function(k) or k in ctx.place_at
                                     or ctx.is_demonym(k) or _field_before_title(ctx, k)
                                     or tokens.folded[k] in ctx.people.former) \
            and k not in marks.titles:
        if tokens.folded[k] in ctx.coordinators:
            return None  # "Jos Wienen, and the mayor of Osnabrück, ...": the next person's
        k += 1
    if k == end + 1 and (field := _capitalised_field(ctx, marks, k)) is not None:
        k = field  # "Daniel Hargreaves, Trade and Investment Commissioner of Queensland"
    if k == end + 2 and k + 1 < n and ctx.is_function(k - 1) and k not in marks.titles \
            and tokens.tokens[k].is_word and tokens.tokens[k].text.islower() \
            and not ctx.is_function(k) and not tokens.is_possessive(k) \
            and k + 1 in marks.titles \
            and marks.titles[k + 1][0] == k + 1 and tokens.joined(k + 1):
        k += 1  # a word that qualifies the title after an article ("..., a city councillor")
    possessive = None
    if k < n and k not in marks.titles and POSSESSIVE_WORD.fullmatch(tokens.tokens[k].text):
        possessive, k = k, _title_after_possessive(ctx, marks, k)
    if k >= n or k not in marks.titles or marks.titles[k][0] != k:
        return None
    # The title itself may be a function word ("Tham tán": "tham" of "tham dự"), and starts
    # the role when nothing before it does.
    # A word that says the office was held once ("..., nguyên Thị trưởng ...") is no word of
    # it: the role starts after it, which marks its holder as a former one.
    role_start = possessive + 1 if possessive is not None else next(
        (i for i in range(end + 1, k)
         if (not ctx.is_function(i) or ctx.is_demonym(i) or i in ctx.place_at)
         and tokens.folded[i] not in ctx.people.former), k)
    # (a title written after the place it serves ends the role: "Nagy Tamás, Szeged
    # polgármestere és ...", "..., Szabadka polgármestere írta alá")
    role_end = marks.titles[k][1] if ctx.titles_follow_names else _role_end(
        ctx, marks.titles[k][1])
    if ctx.is_function(k - 1) and _names_its_holder(ctx, role_end):
        return None  # "Rui Tavares, pela vereadora do Mindelo, Adilsa Fortes": hers
    title = marks.titles[k]
    if (chained := _chained_office(ctx, marks, role_start, role_end)) is not None:
        title, role_end = chained
    return Cue(role=(role_start, role_end), title=title, extra=_extra_entity(ctx, role_end))


MAX_FIELD_WORDS = 4
"""Capitalised words of an office's field and their connector between a comma and the
title ("Trade and Investment Commissioner")."""


def _capitalised_field(ctx: ActorContext, marks: Marks, start: int) -> int | None:
    """The title after capitalised words of its field joined by "and" right after a name's
    comma ("Daniel Hargreaves, Trade and Investment Commissioner of Queensland"), else
    ``None``: not a given name, the next person's ("..., Anna Rossi, Mayor of ...")."""
    tokens = ctx.tokens
    k, words = start, 0
    while k < len(tokens) and k - start <= MAX_FIELD_WORDS and tokens.joined(k):
        if k in marks.titles and marks.titles[k][0] == k:
            return k if words and tokens.folded[k - 1] not in ctx.coordinators else None
        token = tokens.tokens[k]
        if tokens.folded[k] in ctx.coordinators and words:
            pass
        elif not (token.is_word and token.is_capitalised) or token.is_acronym \
                or tokens.folded[k] in ctx.rules.given_names or k in ctx.org_at \
                or k in marks.honorifics:
            return None
        else:
            words += 1
        k += 1
    return None


def _past_post_nominal(ctx: ActorContext, marks: Marks, end: int) -> int:
    """The comma after letters set off by commas between a name and its title, a service or
    an honour ("G. Lakshmi Prasanna, IAS, Principal Secretary"), else ``end``."""
    tokens = ctx.tokens
    k = end + 1
    if k + 2 < len(tokens) and tokens.tokens[end].text == "," and tokens.tokens[k].is_acronym \
            and k not in ctx.place_at and tokens.tokens[k + 1].text == "," \
            and k + 2 in marks.titles and marks.titles[k + 2][0] == k + 2:
        return k + 1
    return end


def _field_before_title(ctx: ActorContext, k: int) -> bool:
    """A lower-case word of the body or field a title that follows it serves, in a language
    that writes titles after them ("Tóth Balázs, a pincészet tulajdonosa")."""
    token = ctx.tokens.tokens[k]
    return ctx.titles_follow_names and token.is_word and token.text.islower()


TITLE_FOLLOWING_REACH = 3
"""Lower-case words between a name and the title written after it ("Sabine Gruber bécsi
városi tanácsnok")."""


def _title_following(ctx: ActorContext, marks: Marks, end: int) -> Cue | None:
    """A title written in lower case right after the name, perhaps after the adjectives of
    the place and field it serves ("Papp László polgármester", "Ivan Radić eszéki
    alpolgármester", "Sabine Gruber bécsi városi tanácsnok"), in a language that writes its
    titles so (Hungarian)."""
    tokens = ctx.tokens
    k = end
    while k < len(tokens) and k - end < TITLE_FOLLOWING_REACH and k not in marks.titles \
            and tokens.joined(k) and tokens.tokens[k].is_word \
            and tokens.tokens[k].text.islower() and not ctx.is_function(k):
        k += 1
    if k >= len(tokens) or k not in marks.titles or marks.titles[k][0] != k \
            or not tokens.joined(k):
        return None
    role_end = marks.titles[k][1]  # the verb after it tells no more of the office
    return Cue(role=(end, role_end), title=marks.titles[k], extra=_extra_entity(ctx, role_end))


def _chained_office(ctx: ActorContext, marks: Marks, start: int,
                    end: int) -> tuple[tuple[int, int], int] | None:
    """The office chained after the role from ``start`` to ``end``: its title, and where the
    role ends; after an office or a membership that names no place the official serves (one
    of a party named after its country), the office chained to the next one ("Ủy viên Trung
    ương Đảng ... Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh U-đôm-xay"; "Ủy viên Trung ương Đảng,
    Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An")."""
    found = None
    while (step := _next_office(ctx, marks, start, end)) is not None:
        found = step
        start, end = step[0][0], step[1]
    return found


def _next_office(ctx: ActorContext, marks: Marks, start: int,
                 end: int) -> tuple[tuple[int, int], int] | None:
    """An office held in a body written after a comma and a membership or an office that
    names no place or organisation ("Hoàng Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy
    Quảng Trị"; "..., Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muộn"), or a membership of a
    party named after its country ("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư
    Tỉnh ủy ..."): the role goes on to it, and it is the title; not when a name follows it
    (the next person's: "..., Phó Chủ tịch Trần Văn Bình")."""
    tokens = ctx.tokens
    k = end + 1
    if not ctx.keep_accents or end >= len(tokens) or tokens.tokens[end].text != "," \
            or k not in marks.titles or marks.titles[k][0] != k \
            or any((i in ctx.place_at and not _party_country(ctx, start, i))
                   or i in ctx.org_at for i in range(start, end)):
        return None
    chained_end = _role_end(ctx, marks.titles[k][1])
    # the body may be written inside the title ("Phó Chủ tịch UBND tỉnh")
    if not any(_in_body(ctx, i) for i in range(k, chained_end)) or any(
            ctx.is_name_word(i) and not _in_body(ctx, i)
            for i in range(marks.titles[k][1], chained_end)):
        return None
    return marks.titles[k], chained_end


def _party_country(ctx: ActorContext, start: int, k: int) -> bool:
    """Whether token ``k`` is a country named after a party's word in an office from
    ``start`` ("Đảng Cộng sản Việt Nam"): the party's name, not the place the office serves."""
    return ctx.place_at[k].place.kind == "country" and any(
        ctx.tokens.tokens[i].text.lower() in ctx.people.parties for i in range(start, k))


POSSESSIVE_WORD = re.compile(r"[a-z]+['’]s")
"""A lower-case noun's possessive: "the city's", "the association's"."""


def _title_after_possessive(ctx: ActorContext, marks: Marks, k: int) -> int:
    """The title after a body's possessive and a few lower-case words of its field ("Tom
    Hadley, the city's economic development director, said"), or ``k`` when none follows."""
    tokens = ctx.tokens
    m = k + 1
    while m < len(tokens) and m - k <= MAX_POSSESSIVE_FIELD and m not in marks.titles \
            and tokens.joined(m) and tokens.tokens[m].text.isalpha() \
            and tokens.tokens[m].text.islower() and not ctx.is_function(m):
        m += 1
    return m if m < len(tokens) and m in marks.titles else k


def _title_line_cue(ctx: ActorContext, marks: Marks, start: int) -> Cue | None:
    """A title opening the line after the name's, as a press release's contact block writes
    it ("Priya Raman\nCommunications Officer, City of Waterloo"); not one that goes on with
    a name, which is the next person's ("Council Chamber\nMayor Lindgren called ...")."""
    tokens = ctx.tokens
    title_end = marks.titles[start][1]
    if title_end < len(tokens) and tokens.joined(title_end) and (
            tokens.tokens[title_end].text != ","):
        # "Robin Presswood\nExecutive Director of City Development": the field ends the line
        line_end = office_line_end(ctx, title_end)
        return None if line_end is None else Cue(role=(start, line_end),
                                                 title=marks.titles[start])
    return Cue(role=(start, title_end), title=marks.titles[start],
               extra=_extra_entity(ctx, title_end))


MAX_OFFICE_LINE = 8
"""Words after a title on a signature's line of its own ("Przewodniczący | Rady Miasta
Tarnowa")."""


def office_line_end(ctx: ActorContext, k: int) -> int | None:
    """Where an office's line that goes on at token ``k``, after its title, ends when the
    rest of the line is its field, opened by a connector or a title's or body's word:
    capitalised words, titles' and bodies' words, connectors and the word after one, with at
    most a comma at its end ("Secretar general al municipiului,", "Executive Director of City
    Development"); None when a sentence goes on there ("Il sindaco firma il patto")."""
    tokens = ctx.tokens
    m = k
    while m < len(tokens) and tokens.joined(m) and tokens.tokens[m].is_word and (
            tokens.tokens[m].is_capitalised or m in ctx.title_tokens or _in_body(ctx, m)
            or tokens.folded[m] in ctx.rules.connectors
            or tokens.folded[m - 1] in ctx.rules.connectors):
        # a lower-case word of no title or body, not after "of": a verb's sentence, no office
        m += 1
    if m == k or m - k > MAX_OFFICE_LINE or not (
            k in ctx.title_tokens or _in_body(ctx, k) or tokens.folded[k] in ctx.rules.connectors):
        return None  # "Mayor John Smith", one of a list of those present: a holder's name
    if m < len(tokens) and tokens.joined(m) and (
            tokens.tokens[m].text != "," or (m + 1 < len(tokens) and tokens.joined(m + 1))):
        return None  # a mark or more words: a sentence, no signature
    return m


def _names_its_holder(ctx: ActorContext, role_end: int) -> bool:
    """A comma and a capitalised name that is no place or organisation end the role: a
    title introduced by an article or preposition ("pela vereadora") belongs to that name,
    the next person of a list ("Sergey Grebnev, dirigente della holding KER, Nagumanov
    Adel, ...": a bare title after the comma is the name's before it)."""
    tokens = ctx.tokens
    k = role_end + 1
    return (k < len(tokens) and tokens.tokens[role_end].text == ","
            and ctx.is_name_word(k) and k not in ctx.place_at and k not in ctx.org_at
            and k + 1 < len(tokens) and ctx.is_name_word(k + 1) and tokens.joined(k + 1))


OFFICE_REACH = 8
"""Tokens from a relative pronoun to the "as" that gives the person's office."""


def _office_cue(ctx: ActorContext, marks: Marks, end: int) -> Cue | None:
    """A title after ", who ... as" ("Dario Nardella, who led the mission as President of
    Eurocities"): the person's office."""
    tokens = ctx.tokens
    if end + 1 in marks.in_office and end + 1 in marks.titles \
            and marks.titles[end + 1][0] == end + 1 and tokens.joined(end + 1):
        # right after the name: "re-elected Margaret Pryce as chairman"
        title = marks.titles[end + 1]
        role_end = _role_end(ctx, title[1])
        return Cue(role=(end + 1, role_end), title=title, extra=_extra_entity(ctx, role_end))
    if end + 1 >= len(tokens) or tokens.tokens[end].text != "," or end + 1 not in marks.relative:
        return _office_taken(ctx, marks, end)
    for k in range(end + 2, min(end + 2 + OFFICE_REACH, len(tokens))):
        if tokens.tokens[k].text in ROLE_ENDERS:
            return None
        if k in marks.in_office and k in marks.titles and marks.titles[k][0] == k:
            title = marks.titles[k]
            role_end = _role_end(ctx, title[1])
            return Cue(role=(k, role_end), title=title, extra=_extra_entity(ctx, role_end))
    return None


TAKEN_REACH = 12
"""Tokens from a name to the "as" of the office said of it later in its clause."""


def _office_taken(ctx: ActorContext, marks: Marks, end: int) -> Cue | None:
    """A title after "as" later in the name's clause, over lower-case words only ("ses
    félicitations à Giorgia Meloni à l'occasion de sa prise de fonction en tant que Première
    ministre italienne", "congratulated Jane Hale on taking office as mayor of Leeds"): the
    person's office."""
    tokens = ctx.tokens
    for k in range(end, min(end + TAKEN_REACH, len(tokens))):
        if k in marks.in_office and k in marks.titles and marks.titles[k][0] == k:
            title = marks.titles[k]
            role_end = _role_end(ctx, title[1])
            return Cue(role=(k, role_end), title=title, extra=_extra_entity(ctx, role_end))
        token = tokens.tokens[k]
        if not tokens.joined(k) or (token.text in ROLE_ENDERS and token.text != ",") or (
                token.is_word and token.is_capitalised) or k in marks.titles:
            return None
    return None


def _role_end(ctx: ActorContext, k: int) -> int:
    """End of a role written after the name: at a punctuation mark, "and", a dash outside
    an organisation's name, or a word that no longer describes the office ("Phó Thị trưởng
    làm trưởng đoàn", "the mayor during the visit")."""
    tokens = ctx.tokens
    start = k
    while k < len(tokens) and k - start < MAX_APPOSITIVE_ROLE and tokens.joined(k):
        text = tokens.tokens[k].text
        if (text in ROLE_ENDERS or tokens.folded[k] in ctx.coordinators) and not (
                k in ctx.org_at or k in ctx.place_at):
            break  # unless inside a name: "Giám đốc Sở Kế hoạch và Đầu tư", "TP.HCM"
        if text in DASHES and k not in ctx.org_at:
            break
        if _leaves_role(ctx, k):
            break
        k += 1
    return k


def _leaves_role(ctx: ActorContext, k: int) -> bool:
    """A lower-case function word, not a connector, that leads to no place or body: the
    role is over ("Phó Thị trưởng làm trưởng đoàn", "mayor of Leeds since 2019"), unlike
    "Chủ tịch UBND tỉnh Quảng Nam"; nor the word that opens a portfolio ("déléguée aux
    relations internationales")."""
    tokens = ctx.tokens
    if _says(ctx, k):
        return True  # "Giám đốc HTX Tiến Thành cho biết": a verb of saying ends the office
    if tokens.tokens[k].is_capitalised or not ctx.is_function(k) or k in ctx.title_tokens \
            or _in_body(ctx, k) or tokens.folded[k] in ctx.rules.connectors or (
                k > 0 and tokens.folded[k - 1] in ctx.rules.portfolio_openers):
        return False
    if ctx.keep_accents and k > 0 and tokens.joined(k) and tokens.tokens[k - 1].is_capitalised \
            and not _in_body(ctx, k - 1):
        return False  # the second syllable of a field ("Trưởng phòng Hợp tác quốc tế")
    m = k + 1
    while m < len(tokens) and tokens.joined(m) and ctx.is_function(m) and not _in_body(ctx, m):
        m += 1
    return m >= len(tokens) or not tokens.joined(m) or not _in_body(ctx, m)


def _says(ctx: ActorContext, k: int) -> bool:
    """Whether a verb of saying of one or two words opens at token ``k`` ("cho biết")."""
    words = ctx.tokens.folded
    return not ctx.tokens.tokens[k].is_capitalised and any(
        " ".join(words[k:k + n]) in ctx.people.speaker for n in (1, 2) if k + n <= len(words))


def _in_body(ctx: ActorContext, k: int) -> bool:
    """Whether token ``k`` belongs to a place, an organisation or a local government."""
    return k in ctx.place_at or k in ctx.org_at or k in ctx.local_government


def _extra_entity(ctx: ActorContext, k: int) -> tuple[int, int] | None:
    """An organisation or place right after the role and a comma ("..., ACVN")."""
    tokens = ctx.tokens
    if k + 1 < len(tokens) and tokens.tokens[k].text in ",–-" and (
            k + 1 in ctx.org_at or k + 1 in ctx.place_at):
        m = k + 1
        while m < len(tokens) and (m in ctx.org_at or m in ctx.place_at
                                   or m in ctx.local_government):
            m += 1
        return (k + 1, m)
    return None
