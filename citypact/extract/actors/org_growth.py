"""Growing an organisation's name around its head: left over capitalised words ("Can Tho
University"), right over a complement joined by a connector ("University of Stuttgart",
"Embassy of Vietnam in Italy"), stopping at a date, a second body or a person's name."""

from __future__ import annotations

from functools import cache

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.org_vietnamese import FIELD_NAMED, _extend_vietnamese
from citypact.extract.actors.org_words import (
    Candidate,
    _based,
    _complement_demonym,
    _is_name_part,
    _opens_sentence,
    _starts_person,
)
from citypact.extract.rules import load_rule_file
from citypact.textnorm import fold

MAX_NAME_TOKENS = 16
"""The tokens of an organisation's name at most, from its head outwards."""
LOCATIVES = frozenset({"in", "a", "en", "tai", "im"})
"""Connectors that place an embassy ("Embassy of Japan in Italy"), nothing else."""


def _grow(ctx: ActorContext, start: int, end: int, kind: str, *, lowercase: bool,
          vietnamese: bool, names_follow: bool) -> Candidate | None:
    """Grow a head into a name, or ``None`` when no proper name goes with it.

    ``names_follow``: the head's language writes the name right after it ("Università
    Bocconi", "École Nationale ..."); in English only a place or acronym may follow.
    """
    left = _extend_left(ctx, start)
    if kind == "company" and left == start and _portfolio_of_title(ctx, start):
        return None
    right = _extend_right(ctx, end, kind, direct=left == start, names_follow=names_follow)
    if vietnamese:
        right = max(right, _extend_vietnamese(ctx, end, fields=kind in FIELD_NAMED,
                                              company=kind == "company",
                                              school=kind == "university"))
    if right < len(ctx.tokens) and ctx.tokens.joined(right) and _bilateral(ctx, right):
        right += 1  # "Camera di Commercio italo-vietnamita"
    named = [i for i in (*range(left, start), *range(end, right)) if _is_name_part(ctx, i)
             or _bilateral(ctx, i)
             or (ctx.keep_accents and ctx.tokens.tokens[i].is_capitalised)]  # "Sở Y tế"
    if lowercase and not _lowercase_head_fits(ctx, kind, left, start, end, right):
        return None
    if not named:
        if kind == "chamber" and start > left and all(ctx.is_demonym(i)
                                                      for i in range(left, start)):
            # "the Italian Chamber of Commerce in Penang": a country's chamber, named by its
            # adjective
            return Candidate(left, right, ctx.tokens.surface(left, right), kind,
                             head=fold(ctx.tokens.surface(start, end)))
        return _institution(ctx, start, end, kind)
    if names_follow and left == start and all(
            ctx.rules.non_name_word(ctx.tokens.tokens[i].text) for i in named):
        return None  # a head word and a feature's noun, no name: "the Red Sea" (es "Red")
    if right - left > MAX_NAME_TOKENS or (kind == "programme" and left == start
                                          and _indefinite_before(ctx, start)):
        return None
    core = [ctx.tokens.tokens[i].text for i in (*range(left, start), *range(end, right))]
    return Candidate(left, right, ctx.tokens.surface(left, right), kind, core=" ".join(core),
                     head=fold(ctx.tokens.surface(start, end)))


PORTFOLIO_CONNECTORS = 2
"""Connectors between a title and its portfolio ("Minister for the Industries")."""


def _portfolio_of_title(ctx: ActorContext, start: int) -> bool:
    """A company's head with no name before it, right after a title and its connector, is
    the office's portfolio ("Minister for Industries of Punjab", "Minister for Trade and
    Industries"), not a company."""
    k = start - 1
    while k >= 0 and start - k <= PORTFOLIO_CONNECTORS + 2 and ctx.tokens.joined(k + 1) and (
            ctx.tokens.folded[k] in ctx.rules.connectors or (
                ctx.tokens.tokens[k].is_capitalised and k - 1 >= 0
                and ctx.tokens.folded[k - 1] in ctx.rules.connectors)):
        if ctx.tokens.folded[k] in ctx.rules.connectors and k - 1 in ctx.title_tokens:
            return True
        k -= 1
    return False


INDEFINITE_REACH = 3
"""Lower-case words before a head where an indefinite article makes it a common noun."""


def _indefinite_before(ctx: ActorContext, start: int) -> bool:
    """An indefinite article before a programme's head, over lower-case words ("ein
    gemeinsames Projekt zur Berufsausbildung", "a new programme of exchanges"): a project
    the text describes, not one it names."""
    for k in range(start - 1, max(-1, start - INDEFINITE_REACH - 1), -1):
        token = ctx.tokens.tokens[k]
        if ctx.tokens.folded[k] in ctx.people.indefinite:
            return True
        if not token.is_word or token.is_capitalised:
            return False
    return False


def _bilateral(ctx: ActorContext, i: int) -> bool:
    """A lower-case compound of two nationalities that names a bilateral body
    ("italo-vietnamita", "franco-allemande"): its last part is a demonym."""
    token = ctx.tokens.tokens[i]
    parts = ctx.tokens.folded[i].replace("-", " ").split(" ")
    return (token.is_word and not token.is_capitalised and len(parts) == 2
            and all(parts) and parts[1] in ctx.demonyms)


def _lowercase_head_fits(ctx: ActorContext, kind: str, left: int, start: int, end: int,
                         right: int) -> bool:
    """A lower-case embassy needs a country; a lower-case programme needs a name before."""
    if kind == "embassy":
        countries = [m for i in range(end, right) if (m := ctx.place_at.get(i)) is not None
                     and m.place.kind == "country"]
        return bool(countries) or any(ctx.is_demonym(i) for i in range(left - 1, start))
    return left < start


def _institution(ctx: ActorContext, start: int, end: int, kind: str) -> Candidate | None:
    """A national body named by its head alone ("National Assembly", "Sénat italien")."""
    if kind != "government":
        return None
    n = len(ctx.tokens)
    if end < n and ctx.tokens.joined(end) and ctx.is_demonym(end):
        end += 1
    elif start > 0 and ctx.tokens.joined(start) and ctx.is_demonym(start - 1):
        start -= 1
    elif end - start < 2:
        return None
    return Candidate(start, end, ctx.tokens.surface(start, end), kind)


def _extend_left(ctx: ActorContext, start: int) -> int:
    """Take capitalised words and demonyms before a head ("Vietnamese Embassy")."""
    tokens = ctx.tokens
    k = start
    while k > 0 and tokens.joined(k) and k not in ctx.local_government:
        prev = k - 1
        if tokens.is_possessive(prev) and prev in ctx.place_at:
            if k == start:
                k = ctx.place_at[prev].start
            break
        if _joins_names(ctx, prev):
            if ctx.keep_accents:
                break  # Vietnamese writes a body's name after its head: the name before
                # "và" is another body's ("Đại học Liên bang Viễn Đông và Trường Đại học ...")
            k = prev
            continue
        # a place's first word even where it is a function word elsewhere ("New" of "New
        # Zealand Transport Agency")
        opens_place = prev in ctx.place_at and ctx.place_at[prev].start == prev \
            and tokens.tokens[prev].is_capitalised
        if not (ctx.is_name_word(prev) or ctx.is_demonym(prev) or opens_place
                or tokens.tokens[prev].is_acronym) or _based(ctx, prev):
            break
        if ctx.keep_accents and _opens_sentence(ctx, prev) and not opens_place:
            break  # "- Giao Sở Văn hóa ... chủ trì": a verb written with the capital of its line
        if prev in ctx.title_tokens and tokens.folded[prev] not in ROYAL_NAMESAKES:
            break
        k = prev
    return k


ROYAL_NAMESAKES = frozenset({"king", "queen", "prince", "princess"})
"""Titles that a body's name keeps before the royal it is named after ("Queen Elizabeth High
School", "King Abdulaziz University", "Prince of Songkla University")."""


def _joins_names(ctx: ActorContext, i: int) -> bool:
    """"and" between two name words that are not places ("Agricultural and Technical"), nor
    after a head, which ends a name of its own ("the Othaya Dairy Farmers Co-operative
    Society and Dedan Kimathi University": two bodies), nor before a head that a name
    follows, which opens one ("Universiti Malaya and Universiti Teknologi Petronas")."""
    tokens = ctx.tokens
    return (tokens.folded[i] in ctx.coordinators and 0 < i < len(tokens) - 1
            and not tokens.tokens[i].is_capitalised and tokens.joined(i)
            and ctx.is_name_word(i - 1) and i - 1 not in ctx.place_at
            and i - 1 not in ctx.head_tokens
            and ctx.is_name_word(i + 1) and i + 1 not in ctx.place_at
            and i + 1 not in ctx.opening_heads)


def _extend_right(ctx: ActorContext, end: int, kind: str, direct: bool,
                  names_follow: bool) -> int:
    """Take a complement after the head: a connector and words ("of Building Physics"), or
    directly a place or acronym ("Camera di Commercio Italia Vietnam")."""
    k, n = end, len(ctx.tokens)
    after_place = complement = False
    if names_follow and direct:
        k = _adjectives_before_complement(ctx, end, kind)
    while k < n and k - end < MAX_NAME_TOKENS and ctx.tokens.joined(k):
        if _elided_word(ctx, k):
            k += 1  # "Università Ca' Foscari": the apostrophe of an elided word of the name
            continue
        if _title_before_person(ctx, k):
            break  # "Police Commissioner John Smith": a person's title, no body's name
        m = _skip_connectors(ctx, k, kind, after_place=after_place, complement=complement)
        if not complement and names_follow and direct and k > end:
            # a coordinator alone joins a second field to the fields after the head
            # ("Kementerian Pendidikan dan Kebudayaan"); with an article after it, it opens a
            # second body ("der Fachhochschule Salzburg und der Yunnan-Universität")
            joined = _skip_connectors(ctx, k, kind, after_place=after_place, complement=True)
            m = joined if joined == k + 1 else m
        if m > k:
            if m >= n or not ctx.tokens.joined(m) or not (
                    _is_name_part(ctx, m) or _complement_demonym(ctx, m)):
                break
            if _date_at(ctx, m):
                break  # "with Sabancı University on Oct. 14": a day, no place of the name
            if m not in ctx.place_at and any(
                    ctx.tokens.folded[i] in ctx.rules.place_connectors for i in range(k, m)):
                break  # "die Hannover Messe zu Ende gegangen": only a place follows "zu"
            if (m in ctx.head_tokens or m in ctx.local_government) and any(
                    ctx.tokens.folded[i] in ctx.coordinators for i in range(k, m)):
                break  # "l'Università di Padova e l'Università di Hanoi": a second body
            mention = ctx.place_at.get(m)
            if mention is not None and any(
                    ctx.tokens.folded[i] in ctx.coordinators for i in range(k, m)) \
                    and _head_after(ctx, mention.end):
                break  # "University of Salento and Luoyang Normal University": a second body
            if mention is not None:
                k, after_place, complement = mention.end, True, True
                continue
            if after_place:
                break
            k, complement = m + 1, True
            continue
        if after_place and k > 0 and ctx.tokens.is_possessive(k - 1) and _is_name_part(ctx, k):
            after_place = False  # "of China's National People's Congress"
        if after_place and (run := _more_places(ctx, k)) > k:
            k = run  # "Camera di commercio di Milano Monza Brianza Lodi": one body's towns
            continue
        if not after_place and ctx.joins_surnames(k) and (complement or direct):
            k += 2  # "Universitat Rovira i Virgili": named after one person's two surnames
            continue
        if after_place or not _is_name_part(ctx, k) or (
                _starts_person(ctx, k) and not (kind in NAMED_AFTER_PEOPLE and not complement)):
            # not a university's name that is a person's ("Università Luigi Bocconi",
            # "Universidad Técnica Federico Santa María")
            break
        mention = ctx.place_at.get(k)
        if not complement and not (direct and (names_follow or mention is not None
                                               or ctx.tokens.tokens[k].is_acronym)):
            break
        k = mention.end if mention is not None and mention.start == k else k + 1
    return k


HEAD_ADJECTIVES = 2
"""Most lower-case adjectives between a head and its complement ("Organisation internationale
de la Francophonie")."""


def _adjectives_before_complement(ctx: ActorContext, end: int, kind: str) -> int:
    """Where a head's name goes on after the lower-case adjectives that a language writing
    names after their heads puts right after it, when a connector and a capitalised name
    follow them ("Agence universitaire de la Francophonie", "Organisation internationale de
    la Francophonie"): past them; else ``end``. Not before a place ("il Consolato vietnamita
    di Torino e Genova", "Comitato gemellaggi di Rende": the body's town, which the name may
    go on after) nor before a second body's head ("Programm hat der Partnerschaftsverein")."""
    tokens, k = ctx.tokens, end
    while k < len(tokens) and k - end < HEAD_ADJECTIVES and tokens.joined(k) \
            and tokens.tokens[k].is_word and not tokens.tokens[k].is_capitalised \
            and tokens.tokens[k].text.isalpha() and not ctx.is_function(k) \
            and tokens.folded[k] not in ctx.rules.connectors:
        k += 1
    if k == end:
        return end
    m = _skip_connectors(ctx, k, kind, after_place=False, complement=False)
    if m > k and m < len(tokens) and tokens.joined(m) and tokens.tokens[m].is_capitalised \
            and _is_name_part(ctx, m) and not _starts_person(ctx, m) \
            and m not in ctx.place_at and m not in ctx.head_tokens:
        return k
    return end


@cache
def _month_names() -> frozenset[str]:
    """Every language's names of the months and their short forms (``dates.toml``; folded)."""
    months = load_rule_file("dates.toml").get("months", {})
    return frozenset(fold(name) for names in months.values() for entry in names
                     for name in entry.split("|"))


def _date_at(ctx: ActorContext, k: int) -> bool:
    """A month's name and a number, with a short form's full stop between ("Oct. 14",
    "March 2024"): a date."""
    tokens = ctx.tokens
    if tokens.folded[k] not in _month_names():
        return False
    j = k + 1
    if j < len(tokens) and tokens.tokens[j].text == ".":
        j += 1
    return j < len(tokens) and tokens.joined(j) and tokens.tokens[j].text[:1].isdigit()


SECOND_BODY_WORDS = 3
"""Most name words between a place and the head of a second body's name ("and Luoyang
Normal University")."""


def _head_after(ctx: ActorContext, k: int) -> bool:
    """Whether a body's head follows ``k`` within a few name words, the place before it
    opening a second body's name."""
    end = min(len(ctx.tokens), k + SECOND_BODY_WORDS)
    for j in range(k, end):
        if j in ctx.head_tokens:
            return True
        if not ctx.tokens.joined(j) or not _is_name_part(ctx, j):
            return False
    return False


MORE_PLACES_WORDS = 3
"""How many capitalised words a body's name may run on with after its place, up to a town."""


def _more_places(ctx: ActorContext, k: int) -> int:
    """The end of the towns that follow a body's place with no comma nor connector, and the
    capitalised words between them ("di Milano Monza Brianza Lodi", a chamber of three
    provinces), or ``k`` when no town ends such a run."""
    end, i, n = k, k, len(ctx.tokens)
    while i < n and i - k <= MORE_PLACES_WORDS and ctx.tokens.joined(i) \
            and not ctx.tokens.gap(i).strip() and _is_name_part(ctx, i) \
            and not _starts_person(ctx, i):
        mention = ctx.place_at.get(i)
        if mention is not None and mention.start == i:
            if mention.place.kind == "country":
                break
            end = i = mention.end
            continue
        i += 1
    return end


def _elided_word(ctx: ActorContext, k: int) -> bool:
    """An apostrophe that ends a capitalised word of a name, another following ("Ca'
    Foscari")."""
    tokens = ctx.tokens
    return (0 < k < len(tokens) - 1 and tokens.tokens[k].text in ("'", "’")
            and tokens.tokens[k - 1].is_capitalised and tokens.joined(k + 1)
            and tokens.tokens[k + 1].is_capitalised and _is_name_part(ctx, k + 1))


def _skip_connectors(ctx: ActorContext, k: int, kind: str, *, after_place: bool,
                     complement: bool) -> int:
    """Index after the connectors starting at ``k`` ("of the", "di", "in" for embassies).

    "and" joins words of a complement ("of Local and Regional Authorities"), never two
    places ("Embassy in Italy and Tuscany").
    """
    n = len(ctx.tokens)
    if ctx.tokens.tokens[k].text == "," and complement and not after_place \
            and _comma_of_fields(ctx, k):
        return k + 1
    m = k
    while m < n and m - k < 3 and ctx.tokens.joined(m) and not ctx.tokens.tokens[m].is_capitalised:
        word = ctx.tokens.folded[m]
        if word not in ctx.rules.connectors or (word in LOCATIVES and kind != "embassy"):
            break
        if word in ctx.coordinators and (after_place or not complement):
            break
        m += 1
    if m < n and ctx.tokens.tokens[m].text in ("’", "'") and m > k:
        m += 1
    return m


MAX_FIELD_WORDS = 3
"""Capitalised words of one field in a list of a body's fields ("Social Affairs")."""


def _comma_of_fields(ctx: ActorContext, k: int) -> bool:
    """A comma between two fields of a complement, in a list that "and" closes ("Ministry of
    Culture, Sports and Tourism", "of Labour, Invalids and Social Affairs"); not before a
    place, a title, a body or a person ("the Department of Culture, Hanoi and Hue")."""
    tokens, n = ctx.tokens, len(ctx.tokens)
    m = k + 1
    while m < n and m - k <= MAX_FIELD_WORDS and tokens.joined(m) \
            and tokens.tokens[m].is_word and tokens.tokens[m].is_capitalised \
            and m not in ctx.place_at and m not in ctx.title_tokens \
            and m not in ctx.head_tokens and not _starts_person(ctx, m):
        m += 1
    if m == k + 1 or m - k > MAX_FIELD_WORDS or m + 1 >= n or not tokens.joined(m):
        return False
    if tokens.tokens[m].text == ",":
        return _comma_of_fields(ctx, m)
    last = m + 1
    return (tokens.folded[m] in ctx.coordinators and tokens.joined(last)
            and tokens.tokens[last].is_capitalised and last not in ctx.place_at
            and last not in ctx.title_tokens and not _starts_person(ctx, last))


def _title_before_person(ctx: ActorContext, k: int) -> bool:
    """Whether title words start at ``k`` and a person's name follows them."""
    j = k
    while j < len(ctx.tokens) and j in ctx.title_tokens and ctx.tokens.joined(j):
        j += 1
    return j > k and _starts_person(ctx, j)


NAMED_AFTER_PEOPLE = frozenset({"university", "institute", "ngo"})
"""Kinds of body often named after a person, whose name then follows their noun ("il liceo
classico Silvio Pellico", "Istituto Mario Negri", "Fondazione Bruno Kessler", "Fundación
Pablo Neruda"): the name is the body's, no person's."""
