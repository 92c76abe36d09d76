"""From vouched-for name runs to ``Person``s: roles, affiliations, short references
("Giani", "Xuân") and bare titles ("the Vice Chairman") as later mentions.

The steps live beside this module: ``person_entry`` (the record), ``person_names`` (the
nominative), ``affiliations`` (what a person acts for) and ``person_places`` (the place of
a person's side when the role names none).
"""

from __future__ import annotations

import re
from itertools import pairwise

from citypact.extract.actors.affiliations import NON_PARTY_TYPES, _affiliation
from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.names import TokenRange, overlaps
from citypact.extract.actors.people import find_name_runs
from citypact.extract.actors.person_entry import Entry, _is_bare, _is_listed
from citypact.extract.actors.person_marks import Marks, NameRun
from citypact.extract.actors.person_names import name_of
from citypact.extract.actors.person_places import (
    LED_BY_REACH,
    _named_as_counterpart,
    _paired_town,
    _place_by_origin,
    _quotations,
    _regional_here,
)
from citypact.extract.linking.parties import country_name
from citypact.model import Organization, Person
from citypact.textnorm import fold


def build_people(ctx: ActorContext, marks: Marks,
                 organizations: tuple[Organization, ...]) -> tuple[Person, ...]:
    """The people of a document, ordered by first mention, with their mentions."""
    orgs = {o.name: o for o in organizations}
    runs = list(find_name_runs(ctx, marks))
    entries, singles, cues, first_runs = _entries_of_runs(ctx, runs, orgs)
    for run, place, title in _one_place_each(ctx, runs):
        entry = entries.get(fold(name_of(ctx, run.start, run.end)))
        if entry is not None:
            entry.affiliation = place
            entry.role = entry.role or title
            entry.title = entry.title or fold(title)
    for run, entity in _respectively(ctx, runs, orgs):
        entry = entries.get(fold(name_of(ctx, run.start, run.end)))
        if entry is not None and entry.affiliation is None:
            entry.affiliation = entity
    # Guessed last, once every person's own affiliation is known: a place another person
    # of the same title acts for is not this one's ("Mayor Kufen and the mayor of Changwon").
    for key, entry in entries.items():
        _guess_affiliation(ctx, key, entry, entries, first_runs, orgs, organizations)
    for key, entry in entries.items():
        if _commemorated(ctx, first_runs[key]):
            entry.affiliation = None  # "the 135th birth anniversary of President Hồ Chí Minh"
    for run in singles:
        _merge_single(ctx, run, entries, orgs)
    people = _merge_tails(list(entries.values()))
    _add_mentions(ctx, people)
    _add_title_references(ctx, marks, people, cues)
    people.sort(key=lambda e: min(e.ranges))
    return tuple(Person(name=e.name, role=e.role, affiliation=e.affiliation,
                        mentions=tuple(ctx.tokens.span_of(s, t) for s, t in sorted(e.ranges)))
                 for e in people)


def _entries_of_runs(ctx: ActorContext, runs: list[NameRun], orgs: dict[str, Organization],
                     ) -> tuple[dict[str, Entry], list[NameRun], list[TokenRange],
                                dict[str, NameRun]]:
    """One entry per full name (a later mention's office completing the first one's), the
    one-word runs kept for later as short references, every run's cue and each name's
    first run."""
    entries: dict[str, Entry] = {}
    singles: list[NameRun] = []
    cues: list[TokenRange] = []
    first_runs: dict[str, NameRun] = {}
    for run in runs:
        cues.extend(r for r in (run.cue.role, run.cue.title) if r is not None)
        if run.end - run.start == 1:
            singles.append(run)
            continue
        key = fold(name_of(ctx, run.start, run.end))
        entry = entries.get(key)
        if entry is None:
            entries[key] = _entry(ctx, run, orgs)
            first_runs[key] = run
        elif entry.role is None and run.cue.role is not None:
            update = _entry(ctx, run, orgs)
            entry.role, entry.title = update.role, update.title
            entry.affiliation = update.affiliation or entry.affiliation
        elif entry.affiliation is None and run.cue.role is not None and (
                run.cue.role != run.cue.title or run.cue.extra is not None):
            # a later mention whose office says what the first one's did not ("la nouvelle
            # Première ministre, Giorgia Meloni ... en tant que Première ministre italienne");
            # a bare title says nothing more, and the places near it are the story's
            # ("Prietenia dintre Bacău și Treviso ..., a declarat primarul Lucian Stanciu")
            entry.affiliation = _entry(ctx, run, orgs).affiliation
    return entries, singles, cues, first_runs


def _guess_affiliation(ctx: ActorContext, key: str, entry: Entry, entries: dict[str, Entry],
                       first_runs: dict[str, NameRun], orgs: dict[str, Organization],
                       organizations: tuple[Organization, ...]) -> None:
    """The affiliation of a person whose role names none: the firm or university before a
    corporate or academic title, none for a credit, the country of a body's office, else a
    colleague's or the place of the person's side."""
    if entry.affiliation is None and _is_listed(fold(entry.title or ""),
                                                ctx.people.corporate):
        entry.affiliation = _company_before(ctx, first_runs[key], orgs)
    elif entry.affiliation is None and _is_listed(fold(entry.title or ""),
                                                  ctx.people.academic):
        entry.affiliation = _company_before(ctx, first_runs[key], orgs, "university",
                                            first=True)
    elif entry.affiliation is None and _credited(ctx, first_runs[key]):
        pass  # "Header image by Enrique Nuñez": a credit, of no side of the story
    elif entry.affiliation is None and _office_of_a_body(ctx, first_runs[key].cue.role,
                                                             entry):
        # "il segretario provinciale della Filt Cgil": a union's, a party's or a firm's
        # office, not its town's
        entry.affiliation = _government_country(ctx, entry)
    elif entry.affiliation is None:
        roles = [run.cue.role for other, run in first_runs.items()
                 if other != key and run.cue.role is not None]
        entry.affiliation = _colleague_listed_before(ctx, first_runs[key], entry, entries,
                                                     first_runs) or _place_by_origin(
            ctx, first_runs[key], entry, [e for e in entries.values() if e is not entry],
            roles)
        entry.affiliation = (_government_country(ctx, entry)
                             or _body_of_the_town(ctx, entry, first_runs[key],
                                                  organizations)
                             or entry.affiliation)
        if _named_as_counterpart(ctx, first_runs[key]):
            # "Il sindaco Nicola Finco riceverà il collega Frank Schneider": the other
            # side's, when the text names no place of his own
            host = _host_before(ctx, first_runs[key], entries, first_runs)
            entry.affiliation = (host and _paired_town(ctx, host)) or entry.affiliation


def _one_place_each(ctx: ActorContext, runs: list[NameRun]) -> list[tuple[NameRun, str, str]]:
    """The people of a list after a title that lists as many places ("die Bürgermeister von
    Görlitz und Zgorzelec, Octavian Ursu und Rafał Gronicz"): each acts for the place in the
    same rank, and holds the title."""
    tokens = ctx.tokens
    found: list[tuple[NameRun, str, str]] = []
    for index, run in enumerate(runs):
        role, title = run.cue.role, run.cue.title
        if role is None or title is None or role[1] > run.start or not all(
                tokens.tokens[k].text == "," for k in range(role[1], run.start)):
            continue
        places = [m for m in ctx.places if role[0] <= m.start and m.end <= role[1]
                  and m.place.kind != "country"]
        if len(places) < 2 or len({m.place.name for m in places}) < len(places) or not all(
                _only_list_words(ctx, a.end, b.start, articles=True)
                for a, b in pairwise(places)):  # "les maires de Strasbourg et de Mulhouse"
            continue
        listed = [run]
        for following in runs[index + 1:]:
            if len(listed) == len(places) or not _only_list_words(
                    ctx, listed[-1].end, following.start):
                break
            listed.append(following)
        if len(listed) == len(places):
            office = tokens.surface(*title)
            found.extend((r, m.place.name, office) for r, m in zip(listed, places, strict=True))
    return found


def _only_list_words(ctx: ActorContext, end: int, start: int,
                     articles: bool = False) -> bool:
    """Only commas and a coordinator between two items of a list (and function words, with
    ``articles``: "à Ignazio La Russa et à Lorenzo Fontana")."""
    return end < start and all(ctx.tokens.tokens[k].text == ","
                               or ctx.tokens.folded[k] in ctx.coordinators
                               or (articles and ctx.is_function(k))
                               for k in range(end, start))


def _respectively(ctx: ActorContext, runs: list[NameRun],
                  orgs: dict[str, Organization]) -> list[tuple[NameRun, str]]:
    """The people of a list whose offices the sentence then gives "respectively", with as
    many bodies or places ("à Ignazio La Russa et à Lorenzo Fontana, à l'occasion de leur
    élection aux postes respectifs de président du Sénat italien et de la Chambre des
    députés"): each acts for the one in the same rank."""
    tokens = ctx.tokens
    found: list[tuple[NameRun, str]] = []
    index = 0
    while index < len(runs):
        listed = [runs[index]]
        for following in runs[index + 1:]:
            if not _only_list_words(ctx, listed[-1].end, following.start, articles=True):
                break
            listed.append(following)
        index += len(listed)
        if len(listed) < 2:
            continue
        sentence = ctx.doc.sentence_at(tokens.tokens[listed[-1].start].start)
        if sentence is None:
            continue
        marks = [k for k in range(listed[-1].end, len(tokens))
                 if tokens.tokens[k].start < sentence[1]
                 and tokens.folded[k] in ctx.rules.respectively]
        if not marks:
            continue
        end = next((k for k in range(marks[0], len(tokens))
                    if tokens.tokens[k].start >= sentence[1]), len(tokens))
        # named after the word ("respectivement maire de Lyon et de Bordeaux"), else before
        # it ("as mayors of Leeds and Hue respectively")
        for span in ((marks[0], end), (listed[-1].end, marks[0])):
            named = _entities_named(ctx, span, orgs)
            if len(named) == len(listed):
                found.extend(zip(listed, named, strict=True))
                break
    return found


def _entities_named(ctx: ActorContext, span: TokenRange,
                    orgs: dict[str, Organization]) -> list[str]:
    """The names of the bodies and places (not countries) in a token range, in order."""
    named: list[str] = []
    for k in range(*span):
        name = ctx.org_at.get(k)
        if name is not None and orgs[name].type in NON_PARTY_TYPES:
            name = None
        if name is None and k in ctx.place_at and ctx.place_at[k].place.kind != "country":
            name = ctx.place_at[k].place.name
        if name is not None and name not in named:
            named.append(name)
    return named


COMMEMORATED_REACH = 4
"""Lower-case words between a word of an anniversary and the title or name it governs
("birth anniversary of")."""


def _commemorated(ctx: ActorContext, run: NameRun) -> bool:
    """The person is remembered, not acting: a word of an anniversary governs the title or
    the name over a few lower-case words ("the 135th birth anniversary of President Hồ Chí
    Minh"; ``commemorations``)."""
    tokens = ctx.tokens
    start = run.cue.role[0] if run.cue.role is not None and run.cue.role[0] < run.start \
        else run.start
    k, words, governs = start - 1, 0, False
    while k >= 0 and tokens.joined(k + 1) and tokens.tokens[k].is_word and words <= (
            COMMEMORATED_REACH):
        if tokens.folded[k] in ctx.rules.commemorations:
            return governs  # "anniversary of", not "On its 50th anniversary Mayor X said"
        if tokens.tokens[k].is_capitalised:
            return False
        governs = governs or tokens.folded[k] in ctx.rules.connectors
        words += 1
        k -= 1
    return False


def _credited(ctx: ActorContext, run: NameRun) -> bool:
    """The name is credited on its line for a picture or a text ("Header image by Enrique
    Nuñez", "Foto: Marco Rossi"): a word of ``credits`` opens the line, and "by" or a colon
    ends it right before the name; a credit is a few words, not a sentence's start ("Le
    texte, paraphé par Claire Fournier, vice-présidente ...")."""
    text = ctx.doc.text
    start = ctx.tokens.tokens[run.start].start
    line = text[text.rfind("\n", 0, start) + 1:start]
    words = [w if w == ":" else fold(w) for w in line.replace(":", " : ").split()]
    return 0 < len(words) <= CREDIT_WORDS and words[-1] in CREDIT_ENDS and any(
        w in ctx.rules.credits for w in words[:-1])


CREDIT_WORDS = 5
"""The most words a credit line holds before the name ("Text and photos by")."""
CREDIT_ENDS = frozenset({"by", ":", "von", "di", "de", "par", "por"})
"""Words or marks right before a credited name ("image by", "Foto:")."""


def _office_of_a_body(ctx: ActorContext, role: TokenRange | None, entry: Entry) -> bool:
    """The role is a title that heads a body, its joining word and a capitalised name that
    is no place, no local government and no title ("segretario provinciale della Filt Cgil",
    "capogruppo del Pd"): an office of a body that the text names, whose town is not the
    holder's."""
    title = fold(entry.title or "")
    if role is None or not _is_listed(title, ctx.people.body_office) or any(
            _is_listed(title, listed) for listed in (
                ctx.people.national, ctx.people.government, ctx.people.regional,
                ctx.people.municipal, ctx.people.council, ctx.people.diplomatic)) \
            or title in ctx.people.regional_in:
        return False  # "o secretário de Estado da Internacionalização": a government's
    tokens = ctx.tokens
    end = role[1]
    k = end
    while k > role[0] and tokens.tokens[k - 1].is_capitalised and not ctx.is_function(k - 1):
        if (k - 1 in ctx.place_at or k - 1 in ctx.local_government or k - 1 in ctx.org_at
                or k - 1 in ctx.title_tokens or ctx.is_demonym(k - 1)):
            return False
        k -= 1
    return role[0] < k < end and tokens.folded[k - 1] in ctx.people.body_of \
        and not any(i in ctx.place_at or i in ctx.local_government for i in range(*role))


def _government_country(ctx: ActorContext, entry: Entry) -> str | None:
    """The country of a national government's officer guessed a town ("PERTH — Deputy
    Prime Minister Richard Marles welcomed ..."): the town's country; a region guessed stays
    (a state's minister)."""
    title = fold(entry.title or "")
    if entry.affiliation is None or not _is_listed(title, ctx.people.government) \
            or _is_listed(title, ctx.people.regional) or _regional_here(ctx, title):
        return None
    place = next((p for p in ctx.doc.places if p.name == entry.affiliation), None)
    if place is None or place.kind != "city" or not place.country:
        return None
    return country_name(place.country, ctx.doc)


TOWN_BODY_TYPES = frozenset({"association", "chamber"})
"""Bodies of a town's business that send its delegations ("Confindustria Udine", "the Chamber
of Commerce of Busan")."""


def _body_of_the_town(ctx: ActorContext, entry: Entry, run: NameRun,
                      organizations: tuple[Organization, ...]) -> str | None:
    """The business body named after a town whose delegation is led by an officer with no
    title of a town's or a region's own, guessed to act for the town ("UDINE – ... una
    missione organizzata da Confindustria Udine ... la delegazione, guidata dalla
    vicepresidente per l'internazionalizzazione Chiara Moretti"): the first such body the
    story names, not the town."""
    title = fold(entry.title or "")
    if entry.affiliation is None or not any(
            0 <= run.start - end <= LED_BY_REACH
            for _, end, _ in ctx.tokens.hits(ctx.people.led_by)) or any(
            _is_listed(title, titles) for titles in (
                ctx.people.municipal, ctx.people.council, ctx.people.regional,
                ctx.people.government)):
        return None
    place = next((p for p in ctx.doc.places if p.name == entry.affiliation), None)
    if place is None or place.kind != "city":
        return None
    names = {fold(place.name), *(fold(m) for m in (ctx.doc.text[s:e] for s, e in place.mentions))}
    bodies = [o for o in organizations if o.type in TOWN_BODY_TYPES and o.mentions
              and names & set(fold(o.name).split())]
    return min(bodies, key=lambda o: o.mentions[0]).name if bodies else None


LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|e|et|y|und|en|és)(?=\s)|,?\s*&)\s*")
"""Between two people of one list: "Mayor Rebecca Thorne, Deputy Mayor Hugh Penrose and ...",
"Saitama Mayor Shizmu & Chairman Hagiwara", "il sindaco ... e l'assessore"."""


def _colleague_listed_before(ctx: ActorContext, run: NameRun, entry: Entry,
                             entries: dict[str, Entry], first_runs: dict[str, NameRun],
                             ) -> str | None:
    """The place of the holder of a town's office listed right before a person whose own
    title names no place ("welcomed ... by Mayor Rebecca Thorne, Deputy Mayor Hugh Penrose and
    Alderman Joanne Fitzgerald"): the same council's, not the visitors' town named earlier in
    the sentence. A regional, national or diplomatic office is another side's."""
    title = fold(entry.title or "")
    if not title:
        return None
    other_side = any(_is_listed(title, listed) for listed in (
        ctx.people.regional, ctx.people.national, ctx.people.diplomatic))
    tokens = ctx.tokens
    start = run.cue.role[0] if run.cue.role is not None else run.start
    for key, other in entries.items():
        before = first_runs[key]
        if other is entry or other.affiliation is None or before.end > start:
            continue
        held = fold(other.title or "")
        if other_side:
            # "el gobernador de Holguín, ..., y la vicegobernadora, Yudith Leyva Batista":
            # the deputy of the office named right before, written bare, is of its place
            if not (_is_bare(entry) and held and held != title and held in title
                    and _listed_right_after(ctx, before.end, start)):
                continue
        elif not _is_listed(held, ctx.people.municipal):
            continue
        gap = ctx.doc.text[tokens.tokens[before.end - 1].end:tokens.tokens[start].start]
        if LIST_GAP.fullmatch(gap) is not None or other_side:
            return other.affiliation
    return None


def _host_before(ctx: ActorContext, run: NameRun, entries: dict[str, Entry],
                 first_runs: dict[str, NameRun]) -> str | None:
    """The place of the person named last before ``run`` in its sentence, whose counterpart
    it is ("Il sindaco Nicola Finco riceverà il collega Frank Schneider"), else in its
    paragraph ("Bürgermeister Leopold Astner erinnerte ... Sein Amtskollege Roberto
    Venuti")."""
    start = ctx.tokens.tokens[run.start].start
    sentence = ctx.doc.sentence_at(start)
    paragraph = ctx.doc.text.rfind("\n", 0, start) + 1
    for opening in ([sentence[0]] if sentence is not None else []) + [paragraph]:
        before = [(first_runs[key].end, entry.affiliation) for key, entry in entries.items()
                  if first_runs[key].end <= run.start
                  and ctx.tokens.tokens[first_runs[key].start].start >= opening]
        if before:
            return max(before)[1]
    return None


def _listed_right_after(ctx: ActorContext, end: int, start: int) -> bool:
    """Only commas, a coordinator and function words (articles) between two people."""
    return any(ctx.tokens.folded[k] in ctx.coordinators for k in range(end, start)) and all(
        ctx.tokens.tokens[k].text == "," or ctx.tokens.folded[k] in ctx.coordinators
        or ctx.is_function(k) for k in range(end, start))


def _is_vietnamese(ctx: ActorContext, start: int, end: int) -> bool:
    return end - start >= 2 and ctx.tokens.folded[start] in ctx.rules.vietnamese_surnames


def _is_east_asian(ctx: ActorContext, start: int, end: int) -> bool:
    return 2 <= end - start <= 3 and ctx.tokens.folded[start] in ctx.rules.east_asian_surnames


def _entry(ctx: ActorContext, run: NameRun, orgs: dict[str, Organization]) -> Entry:
    tokens = ctx.tokens
    cue = run.cue
    role = _role_text(ctx, cue.role) if cue.role else None
    if cue.title is None and role is not None:
        role = ctx.people.honorific_offices.get(fold(role), role)  # "Cr": a councillor
    title = fold(tokens.surface(*cue.title)) if cue.title else None
    entry = Entry(name=name_of(ctx, run.start, run.end), role=role, affiliation=None,
                  title=title, ranges=[(run.start, run.end)],
                  vietnamese=_is_vietnamese(ctx, run.start, run.end),
                  east_asian=_is_east_asian(ctx, run.start, run.end),
                  former=cue.role is not None and cue.role[0] > 0
                  and tokens.folded[cue.role[0] - 1] in ctx.people.former)
    entry.affiliation = _affiliation(ctx, run, entry, orgs)
    return entry


def _role_closer(ctx: ActorContext, start: int, end: int) -> int:
    """How many of the last words of a role close its phrase, no word of it (0, 1 or 2)."""
    for size in (2, 1):
        if end - size > start and fold(ctx.tokens.surface(end - size, end)) in (
                ctx.people.role_closers):
            return size
    return 0


def _role_text(ctx: ActorContext, role: TokenRange) -> str | None:
    start, end = role
    tokens = ctx.tokens.tokens
    while start < end and not tokens[start].is_word:
        start += 1
    while (closer := _role_closer(ctx, start, end)) > 0:
        end -= closer  # "Neue Vorsitzende ist Gabriele Henrich": the role is "Vorsitzende"
    while end > start and not tokens[end - 1].is_word and not (
            tokens[end - 1].text == ")" and "(" in ctx.tokens.surface(start, end - 1)):
        end -= 1  # a closing parenthesis stays with its opening: "alcalde de Puebla (México)"
    return ctx.tokens.surface(start, end) if start < end else None


# --- affiliation -----------------------------------------------------------------------

def _company_before(ctx: ActorContext, run: NameRun, orgs: dict[str, Organization],
                    org_type: str = "company", first: bool = False) -> str | None:
    """The last company the story names before the person ("Meridian Grid ... Its chief
    executive, Priya Raman"), if any; not one of the person's own words ("\"... with
    Meridian's software,\" group managing director Lim Wei Ming said": the partner). With
    ``first``, the first body of ``org_type`` the story names: a university's officer named
    without it is the one of the university the story is about ("Bharathiar University
    signed an MoU with Deakin University ... Vice-Chancellor R. Rajendran")."""
    start = ctx.tokens.tokens[run.start].start
    sentence = ctx.doc.sentence_at(start)
    quoted = _quotations(ctx.doc.text, sentence[0], start) if sentence is not None else []
    order = range(run.start) if first else range(run.start - 1, -1, -1)
    for i in order:
        name = ctx.org_at.get(i)
        if name is not None and orgs[name].type == org_type and not any(
                s <= ctx.tokens.tokens[i].start < e for s, e in quoted):
            return name
    return None


def _merge_tails(people: list[Entry]) -> list[Entry]:
    """"De Berti" is "Elisa De Berti": a name that ends a longer one joins it."""
    kept: list[Entry] = []
    for entry in sorted(people, key=lambda e: -len(e.name)):
        words = fold(entry.name).split()
        owner = next((k for k in kept if fold(k.name).split()[-len(words):] == words), None)
        if owner is None:
            kept.append(entry)
            continue
        owner.ranges.extend(entry.ranges)
        owner.role = owner.role or entry.role
        owner.affiliation = owner.affiliation or entry.affiliation
    return kept


def _short_keys(ctx: ActorContext, entry: Entry) -> set[str]:
    words = fold(entry.name).split()
    return {words[-1]} if len(words) >= 2 else set()


def _merge_single(ctx: ActorContext, run: NameRun, entries: dict[str, Entry],
                  orgs: dict[str, Organization]) -> None:
    """A one-word name joins the person it is the short form of, or stands alone."""
    word = ctx.tokens.folded[run.start]
    for entry in entries.values():
        if word in _short_keys(ctx, entry):
            entry.ranges.append((run.start, run.end))
            return
    owner = _given_name_owner(ctx, run, word, entries)
    if owner is not None:
        owner.ranges.append((run.start, run.end))  # "Gubernur Hendra": Hendra Syahputra
        return
    if run.cue.title is not None:
        entry = _entry(ctx, run, orgs)
        if entry.affiliation is None:
            entry.affiliation = _place_by_origin(ctx, run, entry, list(entries.values()))
        entries[word] = entry


def _given_name_owner(ctx: ActorContext, run: NameRun, word: str,
                      entries: dict[str, Entry]) -> Entry | None:
    """The one person named in full with the same title whose first word is this one-word
    name after that title ("Gubernur Sumatera Barat Hendra Syahputra ... Gubernur Hendra":
    Indonesian and Malay news call people by their given name)."""
    if run.cue.title is None:
        return None
    title = fold(ctx.tokens.surface(*run.cue.title))
    owners = [e for e in entries.values() if len(e.name.split()) >= 2
              and fold(e.name).split()[0] == word and fold(e.title or "") == title]
    return owners[0] if len(owners) == 1 else None


def _add_mentions(ctx: ActorContext, people: list[Entry]) -> None:
    """Every later full or short mention of each person (the latest person wins a tie)."""
    taken: list[TokenRange] = [r for e in people for r in e.ranges]
    for entry in people:
        for rng in ctx.names.find(entry.name):
            if not overlaps(rng, taken):
                entry.ranges.append(rng)
                taken.append(rng)
    owners: dict[str, list[Entry]] = {}
    for entry in people:
        for key in _short_keys(ctx, entry):
            owners.setdefault(key, []).append(entry)
    for i, word in enumerate(ctx.tokens.folded):
        candidates = owners.get(word)
        if not candidates or not ctx.tokens.tokens[i].is_capitalised \
                or i in ctx.place_at or i in ctx.org_at or overlaps((i, i + 1), taken):
            continue
        before = [e for e in candidates if min(e.ranges)[0] < i]
        if before:
            owner = max(before, key=lambda e: max(r[0] for r in e.ranges if r[0] < i))
            owner.ranges.append((i, i + 1))
            taken.append((i, i + 1))


def _add_title_references(ctx: ActorContext, marks: Marks, people: list[Entry],
                          cues: list[TokenRange]) -> None:
    """A bare title later in the text ("the Vice Chairman said") is a mention of the one
    person named earlier with that title; with two such people it is nobody's."""
    holders: dict[str, list[Entry]] = {}
    for entry in people:
        if entry.title:
            holders.setdefault(entry.title, []).append(entry)
    taken = [r for e in people for r in e.ranges] + cues
    for start, end in sorted(set(marks.titles.values())):
        owners = holders.get(fold(ctx.tokens.surface(start, end)), [])
        if len(owners) != 1 or min(owners[0].ranges)[0] > start \
                or overlaps((start, end), taken) or not _is_bare_title(ctx, marks, start, end):
            continue
        owners[0].ranges.append((start, end))


def _is_bare_title(ctx: ActorContext, marks: Marks, start: int, end: int) -> bool:
    """A title that stands alone: after an article, a preposition, an honorific or nothing
    ("the Vice Chairman", "ông Phó Chủ tịch"), not after a modifier ("a", "former",
    "Italian", "Leeds's"), and with no complement naming a place or body after it ("the
    mayor of Leeds", "Thị trưởng thành phố Modena")."""
    tokens = ctx.tokens
    before = start - 1
    if before >= 0 and tokens.joined(start) and tokens.tokens[before].is_word \
            and before not in marks.honorifics and (
                not ctx.is_function(before) or ctx.is_demonym(before)
                or tokens.folded[before] in ctx.people.indefinite):
        return False
    k = end
    while k < len(tokens) and tokens.joined(k) and (
            ctx.is_function(k) or tokens.folded[k] in ctx.rules.connectors):
        if k in ctx.place_at or k in ctx.org_at or k in ctx.local_government:
            return False
        k += 1
    return not (k < len(tokens) and tokens.joined(k) and (
        k in ctx.place_at or k in ctx.org_at or k in ctx.local_government
        or (k == end and (tokens.tokens[k].is_capitalised or ctx.is_demonym(k)))))
