"""People: capitalised name runs that a title, an honorific or the name's shape vouches for.

A *name run* is a sequence of capitalised words that are not a place, an organisation,
a local government, a title or a function word. It is a person when

- a title or honorific stands before it, possibly with the role's complement between
  ("Vice Mayor of the City of Turin Michela Favaro", "il sindaco di Torino, Stefano Lo
  Russo", "ông Cheon Daesik");
- a title follows it after a comma or dash ("Nicolas Perruchot, the mayor of Blois"), also
  after an honorific ("ông Nguyễn Văn A, Chủ tịch UBND tỉnh ...": the title is the role);
- it has the shape of a Vietnamese name (a family name and two or three syllables) or
  begins with a known given name ("Giorgia Meloni");
- a relative pronoun follows it ("Dario Nardella, who ...").

Later short references ("Giani", "Mr. Xuân", "the Vice Chairman") are merged into the full
name (``persons``).

The steps live beside this module: ``person_marks`` (titles, honorifics, the records),
``name_runs`` (name words and shapes), ``titles_before`` and ``titles_after`` (the role
phrase on either side of a name) and ``portfolios`` (an office's field in capitals).
"""

from __future__ import annotations

from collections.abc import Iterator

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.name_runs import (
    _is_name_token,
    _runs,
    _shape_vouches,
    _trim_start,
    _vietnamese_shape,
)
from citypact.extract.actors.person_marks import Cue, Marks, NameRun
from citypact.extract.actors.portfolios import _portfolio, _portfolio_name
from citypact.extract.actors.titles_after import (
    _in_body,
    _office_cue,
    _right_cue,
    office_line_end,
)
from citypact.extract.actors.titles_before import (
    _field_word,
    _honorifics_before,
    _left_cue,
    _title_before_comma_honorific,
)
from citypact.textnorm import fold

MAX_NAME_TOKENS = 4
"""The words of a person's name at most: a longer run keeps its last ones."""


def _last_words_start(ctx: ActorContext, start: int, end: int) -> int:
    """Where the last ``MAX_NAME_TOKENS`` words of the run ``[start, end)`` begin, its
    patronymics' and lower-case particles not counted ("Mansoor bin Rashid Al Falasi",
    "María del Mar Robles Sanz": four words)."""
    words, k = 0, end
    while k > start and words < MAX_NAME_TOKENS:
        k -= 1
        folded = ctx.tokens.folded[k]
        if folded not in ctx.rules.patronymics and not (
                folded in ctx.rules.particles and ctx.tokens.tokens[k].text.islower()):
            words += 1
    return k


def find_name_runs(ctx: ActorContext, marks: Marks) -> Iterator[NameRun]:
    """Every vouched-for name run of the document, in text order. A run that only its shape
    vouches for is no name right after a place noun ("tại huyện Lục Yên": a district)."""
    runs = list(_runs(ctx, marks))
    portfolios: dict[int, Cue] = {}
    role_ends = -1  # the end of the last role written after a name
    for index, (start, end) in enumerate(runs):
        cue = portfolios.get(start)
        if not _right_after_cue(marks, start):
            start = _trim_start(ctx, start, end)
        elif _town_in_a_case_opens(ctx, start, end):
            # "глава города Владимира Дмитрий Наумов": the office's town, then the name
            cue = cue or _cue(ctx, marks, start, end)
            start += 1
        start = max(start, _last_words_start(ctx, start, end))
        if cue is None:
            cue = _cue(ctx, marks, start, end)
            name = _portfolio_name(ctx, marks, cue, (start, end),
                                   runs[index + 1:]) if cue else None
            following = runs[index + 1] if index + 1 < len(runs) else None
            if cue is not None and name is None and following is not None and _portfolio(
                    ctx, cue, start, end, following):
                name = following
            if cue is not None and name is not None:
                # "the Minister of Foreign Affairs, Bui Thanh Son": the capitalised words
                # are the office's, the name is the one after the comma.
                comma = name[0] - 1
                if comma in marks.honorifics:  # "..., Hon. Peter Mwangi"
                    comma = marks.honorifics[comma][0] - 1
                elif ctx.tokens.tokens[comma].text != ",":
                    comma = name[0]  # no comma: the field runs up to the name
                portfolios[name[0]] = Cue(role=(cue.role[0], comma)  # before its comma
                                          if cue.role else None, title=cue.title)
                continue
        if cue is not None and cue.role is not None and cue.role[1] <= start \
                and cue.role[0] < role_ends:
            # "Sergey Grebnev, dirigente della holding KER, Nagumanov Adel, della ...": the
            # role written after the name before is that person's, not this one's
            cue = None
        if cue is None:
            cue = _signature_cue(ctx, marks, start, end) or _plural_cue(ctx, marks, start)
        elif cue.role is None and cue.honorific:
            # "IL DIRIGENTE\nDott. Andrea Gusmeroli": the office above the honorific's line
            cue = _signature_cue(ctx, marks, start, end) or cue
        elif _complement_of_title(ctx, marks, start) and not _vietnamese_shape(
                ctx, start, end) and not ctx.titles_follow_names:
            # "présidente de Rhodanie Robotique": what the title presides; a Vietnamese
            # name holds it ("Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm": the province unsaid;
            # Hungarian titles go after their holder: "... polgármester és Sabine Gruber")
            continue
        if start - 1 in ctx.bare_place_nouns and (cue is None or not cue.honorific) \
                and ctx.tokens.folded[start] not in ctx.rules.vietnamese_surnames:
            continue  # "Chủ tịch UBND xã Bờ Y": a commune the gazetteer lacks, no holder
        if _between_titles(ctx, marks, start, end):
            continue  # "Chief Waste Management Officer Air Commodore ...": the office's field
        if cue is not None and cue.role is not None and cue.role[1] == start \
                and not cue.honorific and _after_venue_word(ctx, start):
            continue  # "Le maire de Bordeaux au Grand Palais": the venue, no one's name
        if end - start == 1 and end in ctx.place_at and index + 1 < len(runs) and (
                runs[index + 1][0] == ctx.place_at[end].end):
            continue  # "dyrektor Targów Poznań Jan Kowalski": a body named after its town
        if end - start == 1 and _field_word(ctx, start) and _role_goes_on(ctx, start + 2):
            continue  # "Phó Trưởng Ban Đối ngoại Tỉnh ủy ...": the office's field
        if start < role_ends and _field_word(ctx, end - 1):
            continue  # "Lee Min-jung, Trưởng khoa Nông nghiệp": the field of her office
        if cue is not None:
            if end - start > 1 or cue.honorific or _adjacent_title(ctx, cue, start):
                yield NameRun(start, end, cue)
                if cue.role is not None and cue.role[0] >= end:
                    role_ends = max(role_ends, cue.role[1])
            continue
        if end - start >= 2 and not _closing_byline(ctx, start, end) \
                and not _initials_follow(ctx, start, end) \
                and start not in ctx.place_noun_ends and (
                _shape_vouches(ctx, start, end) or _relative_follows(ctx, marks, end)
                or _of_organisation_follows(ctx, end)):
            yield NameRun(start, end, Cue(), weak=True)


def _after_venue_word(ctx: ActorContext, start: int) -> bool:
    """A preposition glued to an article that says where ("au", "al", "im") is written right
    before ``start``."""
    return start > 0 and ctx.tokens.joined(start) \
        and ctx.tokens.folded[start - 1] in ctx.people.venues


def _town_in_a_case_opens(ctx: ActorContext, start: int, end: int) -> bool:
    """The first word of a run of three after a title is a story's town written in a case,
    and a given name follows it ("глава города Владимира Дмитрий Наумов": Vladimir's, though
    "Владимира" is also a given name's genitive)."""
    if end - start < 3 or ctx.tokens.folded[start + 1] not in ctx.rules.given_names:
        return False
    word = ctx.tokens.folded[start]
    endings = ctx.rules.place_case_endings.get(ctx.doc.rules_language or "", frozenset())
    for mention in ctx.places:
        written = " ".join(ctx.tokens.folded[mention.start:mention.end])
        if mention.place.kind != "country" and word != written and word.startswith(written) \
                and word[len(written):] in endings:
            return True
    return False


def _initials_follow(ctx: ActorContext, start: int, end: int) -> bool:
    """An acronym of the run's initials in brackets right after it ("Hoàng Anh Gia Lai
    (HAGL)"): a club's or a firm's name, never a person's."""
    tokens = ctx.tokens.tokens
    if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
        return False
    initials = "".join(fold(t.text)[:1] for t in tokens[start:end])
    return fold(tokens[end + 1].text).replace(" ", "") == initials


def _cue(ctx: ActorContext, marks: Marks, start: int, end: int) -> Cue | None:
    """The left cue, unless a title follows the name and the left cue is an honorific
    ("ông Nguyễn Văn A, Chủ tịch UBND ...") or the name stands after a comma ("...,
    Sandra Scagliotti, console onorario"): then the title after is the person's."""
    if ctx.titles_follow_names:
        # the title after the name is the person's ("a küldöttséget vezető Ioan Mureșan
        # polgármester"; "Szeged polgármestere és Stevan Kovačević, Szabadka polgármestere":
        # the title before "és" is the name's before it)
        following = _right_cue(ctx, marks, end)
        if following is not None:
            return following
        left = _left_cue(ctx, marks, start)
        if left is not None and not left.honorific and not (
                start > 0 and ctx.tokens.tokens[start - 1].text == ",") and not (
                left.role is not None and _no_name_before(ctx, marks, left.role[0])):
            # "Kiss Ferenc polgármester Papp Lászlóval tárgyalt": a title before a name with
            # no comma between is the name's before it ("Kolozsvár polgármestere, Emil Boc":
            # after its comma, the name's after it)
            return None
    left = _left_cue(ctx, marks, start)
    if left is None:
        return _right_cue(ctx, marks, end) or _office_cue(ctx, marks, end)
    after_comma = start > 0 and ctx.tokens.tokens[start - 1].text == ","
    before = _title_before_comma_honorific(ctx, marks, start) if left.honorific else None
    if before is not None:
        return before
    if left.honorific or after_comma:
        right = _right_cue(ctx, marks, end)
        if right is not None and after_comma and not left.honorific and right.title and (
                ctx.is_function(right.title[0] - 1)):
            return left  # "il vicepresidente ..., Pham Van Hoa, a capo di una delegazione"
        if right is not None and not (after_comma and _next_name_follows(ctx, marks, right)) \
                and not _office_beside_honorific(ctx, left):
            # an honorific after an office is no bare honorific: the office is the role
            # ("Lord Mayor Cr Gordon Bradbury (in the Chair)")
            right.honorific = left.honorific
            return right
    return left


def _office_beside_honorific(ctx: ActorContext, cue: Cue) -> bool:
    """An honorific's cue whose title is written just before it, with only its place or a
    comma between ("Lord Mayor Cr", "Mayor of Leeds, Cllr"): an office, no bare style."""
    if not cue.honorific or cue.title is None or cue.role is None:
        return False
    tokens = ctx.tokens
    return all(not tokens.tokens[k].is_word or k in ctx.place_at
               or tokens.folded[k] in ctx.rules.connectors
               for k in range(cue.title[1], cue.role[1]))


def _no_name_before(ctx: ActorContext, marks: Marks, k: int) -> bool:
    """No name right before token ``k``: an article or the line's start ("A debreceni
    polgármester Papp László ...": the title is the name's after it)."""
    return k == 0 or not ctx.tokens.joined(k) or (
        ctx.is_function(k - 1) and not _is_name_token(ctx, marks, k - 1))


def _next_name_follows(ctx: ActorContext, marks: Marks, right: Cue) -> bool:
    """Whether the title after a name is the next person's, written before that person's
    name and a comma ("il presidente della Regione, Marco Venturi, il ministro
    dell'Economia dell'Assia, Jonas Keller"): a list of offices, each before its holder."""
    if right.role is None:
        return False
    k = right.role[1]
    return (k + 2 < len(ctx.tokens) and ctx.tokens.tokens[k].text == ","
            and _is_name_token(ctx, marks, k + 1) and _is_name_token(ctx, marks, k + 2, inner=True)
            and ctx.tokens.joined(k + 2))


def _right_after_cue(marks: Marks, start: int) -> bool:
    """A title or an honorific ends right where the run starts: its words are all the name's,
    even before a given name ("Mayor Chaudhry Ijaz Ahmad Warraich", "President Sheikh
    Muhammad Aamir")."""
    return any(start - 1 in spans and spans[start - 1][1] == start
               for spans in (marks.titles, marks.honorifics))


def _signature_cue(ctx: ActorContext, marks: Marks, start: int, end: int) -> Cue | None:
    """The office in capitals, or alone on its line after at most its article, on the line
    above a name alone on its line: a document's or a letter's signature ("TM. ỦY BAN NHÂN
    DÂN\nCHỦ TỊCH\nVi Văn Sơn", "Il presidente\nGianni Furlan"), also when an honorific opens
    the name's line ("IL DIRIGENTE\nDott. Andrea Gusmeroli")."""
    honorific = _honorifics_before(ctx, marks, start)
    opening = start if honorific is None else honorific
    if opening < 1 or "\n" not in ctx.tokens.gap(opening) or (
            end < len(ctx.tokens) and "\n" not in ctx.tokens.gap(end)):
        return None
    title = marks.titles.get(opening - 1)
    role = title
    if title is None or title[1] != opening:
        # "Przewodniczący Rady Miasta Tarnowa\nKrzysztof Nowacki": the title opens the line
        title = _title_opening_line(ctx, marks, opening - 1)
        role = None if title is None else (title[0], opening)
        if title is not None and ctx.tokens.tokens[opening - 1].text == ",":
            role = (title[0], opening - 1)
    if title is None or role is None:
        return None
    text, tokens = ctx.tokens.text, ctx.tokens.tokens
    line_start = text.rfind("\n", 0, tokens[title[0]].start) + 1
    line = text[line_start:tokens[title[1] - 1].end]
    before = text[line_start:tokens[title[0]].start].split()
    alone = len(before) <= 1 and all(word[:1].isupper() for word in before)
    return Cue(role=role, title=title) if line.strip() and (line.isupper() or alone) else None


def _title_opening_line(ctx: ActorContext, marks: Marks, last: int) -> tuple[int, int] | None:
    """The title that opens the line ending at token ``last``, after at most one word, when
    the rest of the line is its field (``office_line_end``)."""
    k = last
    while k > 0 and ctx.tokens.joined(k):
        k -= 1
    for first in (k, k + 1):
        title = marks.titles.get(first)
        if title is not None and title[0] == first and first <= last:
            return title if office_line_end(ctx, title[1]) == last + (
                ctx.tokens.tokens[last].text != ",") else None
    return None


def _closing_byline(ctx: ActorContext, start: int, end: int) -> bool:
    """A name alone on the last line of the text, with no title: the reporter's byline
    ("... Chuyến công tác kết thúc ngày 14/11.\n\nNguyễn Thu Trang")."""
    text, tokens = ctx.tokens.text, ctx.tokens.tokens
    first, last = tokens[start].start, tokens[end - 1].end
    return not text[text.rfind("\n", 0, first) + 1:first].strip() and not text[last:].strip()


def _relative_follows(ctx: ActorContext, marks: Marks, end: int) -> bool:
    tokens = ctx.tokens.tokens
    return end + 1 < len(tokens) and tokens[end].text == "," and end + 1 in marks.relative


def _of_organisation_follows(ctx: ActorContext, end: int) -> bool:
    """"Nagumanov Adel, della Tatarstan Investment Development Agency": a person of a body."""
    tokens = ctx.tokens
    if end + 2 >= len(tokens) or tokens.tokens[end].text != ",":
        return False
    k = end + 1
    while k < len(tokens) and k - end < 4 and tokens.folded[k] in ctx.rules.connectors:
        k += 1
    return k > end + 1 and k in ctx.org_at


# --- cues ----------------------------------------------------------------------------

def _complement_of_title(ctx: ActorContext, marks: Marks, start: int) -> bool:
    """Only connectors stand between a title and the name ("présidente de Rhodanie
    Robotique", "presidente della Ferrari"): the name is what the title heads, not its
    holder, who is named before the title or after a comma. Not a coordinator alone ("as
    treasurer and Margaret Pryce as chairman": the next person)."""
    k = start - 1
    if k >= 0 and ctx.tokens.folded[k] in ctx.coordinators:
        return False
    while k >= 0 and (ctx.tokens.folded[k] in ctx.rules.connectors or ctx.is_function(k)) \
            and not ctx.tokens.tokens[k].is_capitalised:
        k -= 1
    return k < start - 1 and k in marks.titles


def _between_titles(ctx: ActorContext, marks: Marks, start: int, end: int) -> bool:
    """Capitalised words right after one title word and right before another, with no comma
    between: the field of one office ("Chief Waste Management Officer"), unless a given name
    opens them."""
    return (start - 1 in marks.titles and marks.titles[start - 1][1] == start
            and end in marks.titles and marks.titles[end][0] == end
            and ctx.tokens.joined(start) and ctx.tokens.joined(end)
            and not _shape_vouches(ctx, start, end))


def _role_goes_on(ctx: ActorContext, k: int) -> bool:
    """A capitalised word, a place or a body follows: the role is not over ("Ban Đối ngoại
    Tỉnh ủy"), unlike a verb after a one-word name ("Thị trưởng Saito nói rằng")."""
    return (k < len(ctx.tokens) and ctx.tokens.joined(k)
            and (ctx.tokens.tokens[k].is_capitalised or _in_body(ctx, k)))


def _plural_cue(ctx: ActorContext, marks: Marks, start: int) -> Cue | None:
    """"Los alcaldes Luis Donaldo Colosio y Ron Nirenberg": a plural title, then names."""
    tokens = ctx.tokens
    k = start - 1
    if k >= 0 and k in marks.plural:
        return Cue(role=marks.plural[k], title=marks.plural[k])
    # the names in apposition after a comma ("dai due coordinatori, Elena Perotti e Giorgio
    # Valsesia")
    if k >= 1 and tokens.tokens[k].text == "," and k - 1 in marks.plural:
        return Cue(role=marks.plural[k - 1], title=marks.plural[k - 1])
    if k >= 1 and tokens.folded[k] in ctx.coordinators:
        first = k - 1
        while first > 0 and tokens.tokens[first].is_capitalised and tokens.joined(first):
            first -= 1
        if first in marks.plural:
            return Cue(role=marks.plural[first], title=marks.plural[first])
        if tokens.tokens[first].text == "," and first - 1 in marks.plural:
            return Cue(role=marks.plural[first - 1], title=marks.plural[first - 1])
        if tokens.tokens[first].text == ",":
            listed = _places_of_plural(ctx, marks, first + 1)
            return None if listed is None else Cue(title=listed.title)
    return _places_of_plural(ctx, marks, start)


def _places_of_plural(ctx: ActorContext, marks: Marks, start: int) -> Cue | None:
    """"the mayors of Görlitz and Zgorzelec, Octavian Ursu and Rafał Gronicz": a plural
    title and the places of its holders, one each (see ``persons``), before a comma."""
    tokens = ctx.tokens
    k = start - 1
    if k >= 1 and tokens.tokens[k].text == ",":
        places = 0
        k -= 1
        while k >= 0 and start - k <= PLURAL_REACH and k not in marks.plural and (
                tokens.joined(k + 1)):
            if k in ctx.place_at:
                places += 1
                k = ctx.place_at[k].start - 1
            elif tokens.tokens[k].text == "," or tokens.folded[k] in ctx.coordinators or (
                    tokens.folded[k] in ctx.rules.connectors or ctx.is_function(k)):
                k -= 1
            else:
                return None
        if k in marks.plural and places >= 2:
            return Cue(role=(marks.plural[k][0], start - 1), title=marks.plural[k])
    return None


PLURAL_REACH = 12
"""Tokens from a name back to the plural title whose places it lists ("the mayors of Görlitz
and Zgorzelec, Octavian Ursu")."""


def _apposed(ctx: ActorContext, cue: Cue, start: int) -> bool:
    """A one-word name set off by commas right after its office, before a lower-case word
    ("Head of the East Java Transportation Office, Nyono, said", "Kepala Dinas Perhubungan
    Jawa Timur, Nyono, mengatakan"): the office's holder, known by one name."""
    tokens = ctx.tokens.tokens
    after = start + 2
    return cue.role is not None and cue.role[1] == start and start > 0 and (
        tokens[start - 1].text == ",") and after < len(tokens) and (
        tokens[start + 1].text == ",") and tokens[after].is_word and not (
        tokens[after].is_capitalised)


def _adjacent_title(ctx: ActorContext, cue: Cue, start: int) -> bool:
    """A one-word name needs its title right before it ("Mayor Saito"), or its title and
    the town or region of the office, as Indonesian writes a mayor known by one name ("Wali
    Kota Malang Sutiaji"); not a country, which a given name may be ("striker Jordan Hull")."""
    if cue.title is None or cue.role is None:
        return False
    if cue.title[1] == start or _apposed(ctx, cue, start):
        return True
    place = ctx.place_at.get(cue.title[1])
    return place is not None and place.start == cue.title[1] and place.end == start and (
        place.place.kind != "country")
