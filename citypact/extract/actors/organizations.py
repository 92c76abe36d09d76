"""Organisations: heads, company nouns, legal suffixes, known names, acronyms.

A candidate grows around a *head* ("University", "Camera di Commercio", "Đại học",
"Group"): left over capitalised words ("Can Tho University"), right over a complement
joined by a connector ("University of Stuttgart", "Embassy of Vietnam in Italy"). A
complement that is a place ends the name there, so that "Front Committee of Can Tho
Nguyen Trung Nhan" stops before the person. Bodies that are a place ("Hanoi People's
Committee", "Comune di Foligno") never become organisations. An acronym in brackets after
a name becomes its alias, and is then found alone ("Association of cities of Vietnam
(ACVN)" ... "ACVN").

The steps live beside this module: ``org_words`` (the candidate and its name's words),
``org_growth`` and ``org_vietnamese`` (growing a name around its head), ``org_countries``
and ``org_mentions`` (the finished organisations).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.names import expansion_start
from citypact.extract.actors.org_growth import NAMED_AFTER_PEOPLE, _grow
from citypact.extract.actors.org_mentions import _with_mentions
from citypact.extract.actors.org_words import (
    Candidate,
    _based,
    _capital_particle,
    _is_name_part,
    _name_run,
    _opens_sentence,
    _starts_person,
)
from citypact.gazetteer.rules import load_common_words
from citypact.model import Organization
from citypact.textnorm import fold

MAX_NOUN_GAP = 2
"""Lower-case words allowed between a company noun and the name ("fabricante de automóviles
Stellantis")."""
QUOTES = "\"“”«»„'‘’"
MAX_QUOTED_GAP = 5
AMOUNT = re.compile(r"[A-Z]{1,3}\$?\d[\d.,]*")
"""A sum written with its currency ("RM512", "S$40"): no name, even after "the company at"."""


def find_organizations(ctx: ActorContext) -> tuple[Organization, ...]:
    """The organisations of a document, ordered by first mention, with every mention.

    Also records in ``ctx.org_at`` which organisation each token belongs to.
    """
    candidates = [c for c in _all_candidates(ctx) if _acceptable(ctx, c)]
    _in_the_nominative(ctx, candidates)
    _attach_acronyms(ctx, candidates)
    candidates.extend(_expanded_acronyms(ctx, candidates))
    merged = _merge(ctx, candidates)
    return _with_mentions(ctx, merged)


def _in_the_nominative(ctx: ActorContext, candidates: list[Candidate]) -> None:
    """A name whose head is written in a case is named with the head in the nominative, the
    written name kept as an alias ("της Ένωσης Ξενοδόχων Ηρακλείου": Ένωση Ξενοδόχων
    Ηρακλείου); the words after the head are its complements, in their own case."""
    for candidate in candidates:
        for written, nominative in ctx.rules.nominatives.get(ctx.doc.rules_language or "", ()):
            if candidate.name.startswith(written + " "):
                candidate.aliases.insert(0, candidate.name)
                candidate.name = nominative + candidate.name[len(written):]
                break


def _all_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    yield from _known_candidates(ctx)
    yield from _head_candidates(ctx)
    yield from _noun_candidates(ctx)
    yield from _appositive_candidates(ctx)
    yield from _suffix_candidates(ctx)
    yield from _club_candidates(ctx)
    yield from _compound_candidates(ctx)
    yield from _based_candidates(ctx)
    yield from _town_candidates(ctx)
    yield from _unplaced_local_governments(ctx)


MAX_UNPLACED_WORDS = 3
"""Most capitalised words of a place the gazetteer lacks before its government's noun ("St
James Municipal Corporation")."""


def _unplaced_local_governments(ctx: ActorContext) -> Iterator[Candidate]:
    """A local government named after a place the gazetteer lacks ("the St James Municipal
    Corporation", "the Akmeemana Pradeshiya Sabha"): with no place to stand for, the body is
    an organisation (one of a known place is that place)."""
    tokens = ctx.tokens
    for lexicon in ctx.rules.local_government:
        for start, end, kind in tokens.hits(lexicon):
            first = _unplaced_name_start(ctx, start) if kind == "council" else None
            if first is not None and tokens.tokens[start].is_capitalised:
                yield Candidate(first, end, tokens.surface(first, end), "government",
                                head=fold(tokens.surface(start, end)))


def _unplaced_name_start(ctx: ActorContext, start: int) -> int | None:
    """Where the capitalised words before a local government's noun at ``start`` begin, if
    they are one to MAX_UNPLACED_WORDS words of a name, none of them a place; else None."""
    first = start
    while first > 0 and start - first < MAX_UNPLACED_WORDS and ctx.tokens.joined(first) \
            and ctx.is_name_word(first - 1) and first - 1 not in ctx.local_government:
        first -= 1
    if first == start or any(i in ctx.place_at for i in range(first - 1, start)) \
            or (first > 0 and ctx.tokens.joined(first) and ctx.is_name_word(first - 1)):
        return None  # no name, a place's, or a longer run of capitals (a headline's)
    if first > 1 and ctx.tokens.folded[first - 1] in ctx.coordinators \
            and first - 2 in ctx.place_at:
        return None  # "the Kingston and St Andrew Municipal Corporation": a known town's too
    return first


TOWN_GAP_WORDS = 6
"""Most lower-case words between the head of an institution named after its town and the
"of" before the town ("Festival international de la bande dessinée d'Angoulême")."""


def _town_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    """An institution named by its head and its town ("la Feria de Zaragoza", "la Fiera di
    Verona", "le Festival international de la bande dessinée d'Angoulême"): the head
    capitalised, lower-case words only up to "of" and a town, and no capitalised word right
    after the town (a longer name, an event's: "la Feria del Libro de León" is not one). A
    head that opens a sentence or a headline is followed by "of" and the town alone
    ("Feria de Zaragoza firmó ..."): other capitals there are no name's."""
    found = ctx.rules.town_heads.get(ctx.doc.rules_language or "")
    if found is None:
        return
    lexicon, of_words = found
    tokens, n = ctx.tokens, len(ctx.tokens)
    for start, end, kind in tokens.hits(lexicon):
        if not tokens.tokens[start].is_capitalised:
            continue
        k = end
        while k < n and k - end <= TOWN_GAP_WORDS and tokens.joined(k) \
                and tokens.tokens[k].is_word and not tokens.tokens[k].is_capitalised:
            k += 1
        mention = ctx.place_at.get(k)
        if k > end + 1 and _opens_sentence(ctx, start):
            continue  # a headline's first word: "Feira de artesanato movimenta o centro de Belém"
        if (k == end or mention is None or mention.start != k or mention.place.kind != "city"
                or tokens.folded[k - 1] not in of_words or not tokens.joined(k)):
            continue
        if mention.end < n and tokens.joined(mention.end) \
                and _is_name_part(ctx, mention.end):
            continue
        yield Candidate(start, mention.end, tokens.surface(start, mention.end), kind,
                        country=mention.place.country, head=fold(tokens.surface(start, end)))


BASED_NAME_WORDS = 2
"""Fewest capitalised words of a firm's name after "X-based": one is a town or a person."""


def _based_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    """A name of two capitalised words or more right after a hyphenated adjective of where
    a firm is ("Madrid-based Castellana Infraestructuras", "Copenhagen-based Velora Mobility"):
    the firm, even when its first word is a town's name."""
    tokens = ctx.tokens
    for k, token in enumerate(tokens.tokens[:-1]):
        parts = token.text.split("-")
        if len(parts) < 2 or fold(parts[-1]) not in ctx.rules.based_words \
                or not tokens.joined(k + 1):
            continue
        run = _name_run(ctx, k + 1, limit=4)
        if run - (k + 1) >= BASED_NAME_WORDS and not _starts_person(ctx, k + 1) and not any(
                ctx.place_at.get(i) is not None and ctx.place_at[i].start == i
                for i in range(k + 2, run)):
            yield Candidate(k + 1, run, tokens.surface(k + 1, run), "company")


def _compound_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    """Bodies named by a hyphenated word whose last part is a head ("Rhein-Sieg-Kreis",
    "Main-Kinzig-Kreis"): a district the gazetteer does not know, still a party; or by one
    word a head is glued to ("Koelnmesse"), inside a sentence."""
    for k, token in enumerate(ctx.tokens.tokens):
        parts = token.text.split("-")
        head = ctx.rules.compound_heads.get(fold(parts[-1])) if len(parts) > 1 else None
        if head is not None and all(part[:1].isupper() for part in parts):
            yield Candidate(k, k + 1, token.text, head[0], country=head[1])
        elif len(parts) == 1 and token.is_capitalised and not token.is_acronym \
                and not _opens_sentence(ctx, k):
            glued = _glued_head(ctx, k)
            if glued is not None:
                yield Candidate(k, k + 1, token.text, glued[0], country=glued[1])


MIN_GLUED_STEM = 4
"""Fewest letters before a glued head ("Koeln" of "Koelnmesse"; not "Ker" of "Kermesse")."""


def _glued_head(ctx: ActorContext, k: int) -> tuple[str, str | None] | None:
    """The type and country of a one-word name that ends in a glued head ("Koelnmesse").
    In the head's own language, which capitalises its common nouns ("die Fachmesse"), only
    a capital inside the word tells a name ("NürnbergMesse")."""
    word, text = ctx.tokens.folded[k], ctx.tokens.tokens[k].text
    for head, (kind, country, language) in ctx.rules.glued_heads.items():
        if word.endswith(head) and len(word) - len(head) >= MIN_GLUED_STEM and (
                language != ctx.doc.rules_language or any(c.isupper() for c in text[1:])):
            return kind, country
    return None


# --- known organisations -------------------------------------------------------------

def _known_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    for known in ctx.rules.known:
        for name in (known.name, *known.aliases):
            for start, end in ctx.names.find(name):
                branch_end = _branch_end(ctx, end) if known.branch else end
                if branch_end > end:
                    yield Candidate(start, branch_end, ctx.tokens.surface(start, branch_end),
                                    known.type, [], known.country)
                else:
                    yield Candidate(start, end, known.name, known.type,
                                    list(known.aliases), known.country)


def _branch_end(ctx: ActorContext, end: int) -> int:
    """End of a regional branch's place after a network's name ("ANCI Lazio")."""
    if end < len(ctx.tokens) and ctx.tokens.joined(end):
        mention = ctx.place_at.get(end)
        if mention is not None and mention.start == end:
            return mention.end
    return end


# --- heads ---------------------------------------------------------------------------

def _head_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    tokens = ctx.tokens
    for lexicon, direct in ctx.rules.heads:
        for start, end, kind in tokens.hits(lexicon):
            if all(i in ctx.title_tokens or i in ctx.honorific_tokens
                   for i in range(start, end)):
                continue  # "Bộ trưởng" is a minister, not a ministry; "Đại sứ quán" an embassy
            for i in range(start, end):
                ctx.head_at[i] = kind
            if lexicon.keep_accents and end - start == 1 \
                    and not tokens.tokens[start].is_capitalised:
                continue  # a syllable of another word: "trụ sở" (seat), "dự báo" (forecast)
            if tokens.tokens[start].is_capitalised or lexicon.keep_accents:
                candidate = _grow(ctx, start, end, kind, lowercase=False,
                                  vietnamese=lexicon.keep_accents, names_follow=direct)
                if candidate is not None and (tokens.tokens[start].is_capitalised
                                              or _named_after_lowercase_head(ctx, end, candidate)):
                    yield candidate
    for lexicon in ctx.rules.lowercase_heads:
        for start, end, kind in tokens.hits(lexicon):
            if not tokens.tokens[start].is_capitalised:
                candidate = _grow(ctx, start, end, kind, lowercase=True,
                                  vietnamese=lexicon.keep_accents, names_follow=False)
                if candidate is not None:
                    yield candidate


def _named_after_lowercase_head(ctx: ActorContext, end: int, candidate: Candidate) -> bool:
    """A head in lower case names a body when a capitalised name other than a place's
    follows it ("câu lạc bộ Buriram United"); not before lower-case words ("dự án khu nghỉ
    dưỡng 150 triệu USD", a project told) or a place alone ("trung tâm Hà Nội", the city
    centre)."""
    tokens = ctx.tokens
    if end >= candidate.end or not tokens.tokens[end].is_capitalised:
        return False
    return not all(i in ctx.place_at for i in range(end, candidate.end)
                   if tokens.tokens[i].is_word)


def _compound_noun_hits(ctx: ActorContext) -> Iterator[tuple[int, int, str]]:
    """Compound words that end in a company's noun ("Pharmaunternehmen", "Autokonzern"):
    nouns of a firm before its name ("dem Mainzer Pharmaunternehmen Rheinauen Biotech")."""
    endings = ctx.rules.noun_endings
    if not endings:
        return
    # one test of every ending first: a word that ends with one after its first letter ends
    # with it and is longer (most words end with none, and were tried against each)
    ends = tuple(ending for ending, _ in endings)
    for k, word in enumerate(ctx.tokens.folded):
        if " " in word or not word[1:].endswith(ends):
            continue
        for ending, kind in endings:
            if len(word) > len(ending) and word.endswith(ending) and " " not in word:
                yield k, k + 1, kind
                break


def _noun_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    tokens = ctx.tokens
    hits = [tokens.hits(lexicon) for lexicon in ctx.rules.nouns]
    hits.append(list(_compound_noun_hits(ctx)))
    for found in hits:
        for start, end, kind in found:
            if end - 1 in ctx.local_government:
                continue  # "the Leeds Municipal Corporation Anil Rao": a city, then a person
            if start > 0 and tokens.folded[start - 1] in ctx.people.indefinite:
                continue  # "các doanh nghiệp Phật Sơn": firms of a town, no firm's name
            if end < len(tokens) and not tokens.joined(end):
                continue  # a noun that ends its line: a section's ("Doanh nghiệp\n\nThứ tư")
            k = end
            while k < len(tokens) and k - end < MAX_QUOTED_GAP and tokens.joined(k) \
                    and tokens.tokens[k].is_word and not tokens.tokens[k].is_capitalised:
                k += 1
            quoted = k < len(tokens) and tokens.tokens[k].text in QUOTES
            if not quoted and k - end > MAX_NOUN_GAP:
                continue
            k += quoted
            run = _name_run(ctx, k, limit=4)
            school = kind in NAMED_AFTER_PEOPLE
            # a family's name with its particle names a firm after a company's noun
            if run > k and k not in ctx.place_at and (
                    school or _capital_particle(ctx, k) or not _starts_person(ctx, k)) \
                    and AMOUNT.fullmatch(tokens.tokens[k].text) is None:
                if not quoted and (k - end) > 0 and not tokens.tokens[k].is_acronym and not all(
                        ctx.is_demonym(i) for i in range(end, k)):
                    continue  # a nationality may stand between: "le groupe allemand Kessler"
                if school and not quoted:  # "il liceo classico Silvio Pellico", all of it
                    yield Candidate(start, run, tokens.surface(start, run), kind)
                    continue
                yield Candidate(k, run, tokens.surface(k, run), kind)


@cache
def _club_words() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """Per language, the articles a club's name takes and the words of a match (the
    gazetteer's ``common_words.toml``, where they keep the club from being the town)."""
    common = load_common_words()
    return ({lang: frozenset(fold(w) for w in words)
             for lang, words in common.club_articles.items()},
            {lang: tuple(f" {fold(w)} " for w in words)
             for lang, words in common.sport_words.items()})


def _club_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    """A club named by its town or region after a club's article in a sentence about a match
    ("Il Torino conquista la sua prima vittoria in campionato", "il goal ... per il Genoa"):
    the places component leaves the name to it."""
    articles, sports = _club_words()
    language = ctx.doc.rules_language or ""
    if not articles.get(language):
        return
    tokens = ctx.tokens
    for k in range(1, len(tokens)):
        if tokens.folded[k - 1] not in articles[language] or not ctx.tokens.joined(k) \
                or not ctx.is_name_word(k) or k in ctx.place_at or _starts_person(ctx, k) \
                or ctx.rules.non_name_word(tokens.tokens[k].text):
            continue  # "der Verein", "die Vereinbarung": German capitalises its nouns
        sentence = ctx.doc.sentence_at(tokens.tokens[k].start)
        if sentence is None:
            continue
        key = f" {fold(ctx.doc.text[sentence[0]:sentence[1]])} "
        if any(word in key for word in sports[language]):
            # Vietnamese writes a word's syllables apart: "CLB Hồng Lĩnh Hà Tĩnh"
            run = _name_run(ctx, k, limit=5 if ctx.keep_accents else 3)
            if run - 1 in ctx.place_at:  # a place the run cuts: "CLB Hồng Lĩnh Hà Tĩnh"
                run = max(run, ctx.place_at[run - 1].end)
            name = tokens.surface(k, run)
            if f" {fold(name)} " not in sports[language]:  # "IL TABELLINO"
                yield Candidate(k, run, name, "club")


def _appositive_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    tokens = ctx.tokens
    for start, _, _ in tokens.hits(ctx.rules.appositive_nouns):
        if tokens.tokens[start].is_capitalised:
            continue
        k = start - 1
        # the town the body is of may stand before the noun ("Roots Korea, a Seoul nonprofit")
        while k >= 0 and ((ctx.is_function(k) and not tokens.tokens[k].is_capitalised)
                          or k in ctx.place_at):
            k -= 1
        if k < 1 or tokens.tokens[k].text not in ",–—-" or any(
                tokens.folded[j] in ctx.coordinators for j in range(k + 1, start)):
            continue  # not a name's apposition: ", and association chair Linda Hughes"
        end = k
        first = end
        while first > 0 and end - first < 3 and _is_name_part(ctx, first - 1) \
                and tokens.joined(first):
            first -= 1
        if first < end and first not in ctx.place_at and not _starts_person(ctx, first):
            yield Candidate(first, end, tokens.surface(first, end), "ngo")


def _suffix_candidates(ctx: ActorContext) -> Iterator[Candidate]:
    """Companies named before a legal suffix ("Piaggio S.p.A.", "Aceites del Sur S.L.")."""
    tokens = ctx.tokens
    for k, token in enumerate(tokens.tokens):
        if token.text not in ctx.rules.legal_suffixes or k == 0 or not tokens.joined(k):
            continue
        first = k
        while first > 0 and k - first < 5 and tokens.joined(first):
            if _company_word(ctx, first - 1):
                first -= 1
            elif first < k and _joins_company_words(ctx, first - 1):
                first -= 2
            else:
                break
        if first < k:
            yield Candidate(first, k + 1, tokens.surface(first, k + 1), "company")


def _company_word(ctx: ActorContext, i: int) -> bool:
    """A word of a company's name before its legal suffix; not the place it is based in
    ("Johor Bahru-based Tanjung Logistics Park Sdn Bhd")."""
    return (_is_name_part(ctx, i) and not ctx.tokens.is_possessive(i)
            and not ctx.rules.non_name_word(ctx.tokens.tokens[i].text)
            and not _based(ctx, i))


def _joins_company_words(ctx: ActorContext, i: int) -> bool:
    """A lower-case connector between two words of a company's name ("del" in "Aceites del
    Sur S.L."), never "and" (two names) nor a connector that a place follows."""
    tokens = ctx.tokens
    return (i > 0 and not tokens.tokens[i].is_capitalised and tokens.joined(i)
            and tokens.folded[i] in ctx.rules.connectors
            and tokens.folded[i] not in ctx.coordinators and i + 1 not in ctx.place_at
            and _company_word(ctx, i - 1))


# --- filters, acronyms, merging, mentions ---------------------------------------------

def _acceptable(ctx: ActorContext, candidate: Candidate) -> bool:
    """Not a local government, not just a place, not a lone capitalised word."""
    tokens = range(candidate.start, candidate.end)
    local = [i for i in tokens if i in ctx.local_government]
    if local and (candidate.type != "government" or candidate.head not in ctx.rules.councils
                  or _unplaced_name_start(ctx, local[0]) != candidate.start):
        return False
    mention = ctx.place_at.get(candidate.start)
    if mention is not None and mention.start == candidate.start \
            and mention.end >= candidate.end:
        return False
    return bool(fold(candidate.name))


def _acronym_after(ctx: ActorContext, end: int) -> tuple[str, int] | None:
    """An acronym in brackets right after token ``end - 1``, and the index after it."""
    tokens = ctx.tokens.tokens
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 1].is_acronym \
            and tokens[end + 2].text == ")":
        return tokens[end + 1].text, end + 3
    return None


def _attach_acronyms(ctx: ActorContext, candidates: list[Candidate]) -> None:
    """Give the longest candidate before an acronym that acronym ("(AFD)", "(ITA) – ICE");
    the shorter ones inside it ("Nazionale Piccoli Comuni" in "Associazione Nazionale
    Piccoli Comuni (ANPC)") are not named by it."""
    tokens = ctx.tokens.tokens
    longest: dict[int, Candidate] = {}
    for candidate in candidates:
        if candidate.end not in longest or candidate.start < longest[candidate.end].start:
            longest[candidate.end] = candidate
    for candidate in longest.values():
        found = _acronym_after(ctx, candidate.end)
        if found is None:
            continue
        acronym, after = found
        candidate.aliases.append(acronym)
        if after + 1 < len(tokens) and tokens[after].text in "–—-" \
                and tokens[after + 1].is_acronym:
            candidate.aliases.append(tokens[after + 1].text)


def _expanded_acronyms(ctx: ActorContext, candidates: list[Candidate]) -> list[Candidate]:
    """Organisations named by an expansion before an acronym ("Association of cities of
    Vietnam (ACVN)"); the expansion must hold an organisation head."""
    ends = {c.end for c in candidates}
    found = []
    heads = {i: kind for lexicon, _ in ctx.rules.heads
             for start, end, kind in ctx.tokens.hits(lexicon) for i in range(start, end)}
    for end in range(1, len(ctx.tokens)):
        acronym = _acronym_after(ctx, end)
        if acronym is None or end in ends:
            continue
        first = end
        limit = min(len(acronym[0]) + 5, 2 * len(acronym[0]))
        while first > 0 and end - first < limit and ctx.tokens.tokens[first - 1].is_word \
                and ctx.tokens.joined(first):
            first -= 1
        words = [t.text for t in ctx.tokens.tokens[first:end]]
        offset = expansion_start(words, acronym[0])
        if offset is None:
            continue
        start = first + offset
        kinds = [heads[i] for i in range(start, end) if i in heads]
        if kinds and ctx.tokens.tokens[start].is_capitalised:
            found.append(Candidate(start, end, ctx.tokens.surface(start, end), kinds[0],
                                   [acronym[0]]))
    return [c for c in found if _acceptable(ctx, c)]


def _without_town(ctx: ActorContext, candidate: Candidate) -> str | None:
    """The folded name without the town that ends it after "of" ("Université Gaston Berger"
    of "Université Gaston Berger de Saint-Louis"), when a name of its own remains (a word that
    is no head's): a later mention that leaves the town out is the same body."""
    tokens, end = ctx.tokens, candidate.end
    mention = ctx.place_at.get(end - 1)
    if mention is None or mention.end != end or candidate.start >= mention.start:
        return None
    cut = mention.start
    while cut > candidate.start and not tokens.tokens[cut - 1].is_capitalised \
            and (tokens.folded[cut - 1] in ctx.rules.connectors
                 or tokens.tokens[cut - 1].text in ("'", "’")):
        cut -= 1
    if cut == mention.start or not any(
            tokens.tokens[i].is_capitalised and i not in ctx.head_tokens
            and tokens.folded[i] not in ctx.rules.connectors
            for i in range(candidate.start, cut)):
        return None
    return fold(tokens.surface(candidate.start, cut))


def _merge(ctx: ActorContext, candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per organisation: same folded name, or a name that is another's alias,
    or another's without the town that ends it."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    merged: list[Candidate] = []
    by_key: dict[str, Candidate] = {}
    for candidate in ordered:
        keys = [fold(n) for n in (candidate.name, *candidate.aliases)]
        core = [fold(candidate.core)] if candidate.core else []
        owner = next((by_key[k] for k in (*keys, *core) if k in by_key), None)
        if owner is None:
            owner = candidate
            merged.append(owner)
        else:
            for alias in (candidate.name, *candidate.aliases):
                if fold(alias) != fold(owner.name) and alias not in owner.aliases:
                    owner.aliases.append(alias)
            owner.country = owner.country or candidate.country
            owner.spans.append((candidate.start, candidate.end))
        for key in keys:
            by_key.setdefault(key, owner)
        short = _without_town(ctx, candidate)
        if short is not None:
            by_key.setdefault(short, owner)
    return _drop_nested(merged)


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """A candidate inside a longer one at its first mention is part of it."""
    spans = [(c.start, c.end) for c in candidates]
    return [c for c in candidates
            if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                       for s, e in spans)]
