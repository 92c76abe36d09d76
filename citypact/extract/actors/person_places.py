"""A person's place: the local town or region a person acts for when the role names none,
by the side of the story the person is on (Vietnamese names for Vietnamese places), the
delegation the person leads, the dateline, and never a place the person travels to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from citypact.extract.actors.context import ActorContext, PlaceMention
from citypact.extract.actors.names import TokenRange
from citypact.extract.actors.person_entry import Entry, _is_bare, _is_listed
from citypact.extract.actors.person_marks import NameRun
from citypact.extract.linking.parties import dateline_place
from citypact.gazetteer.rules import homonym_region_names
from citypact.model import Place
from citypact.textnorm import fold


def _regional_here(ctx: ActorContext, title: str) -> frozenset[str]:
    """The countries of the story where the title is a region's office ("secretário de
    Estado", in a story that names Brazilian places), if any."""
    countries = ctx.people.regional_in.get(title, frozenset())
    return frozenset(p.country for p in ctx.doc.places
                     if p.kind != "country" and p.country in countries)


EAST_ASIA = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "SG"})
"""Countries whose people write a Chinese or Korean surname first."""


def _only_place_of(ctx: ActorContext, code: str) -> str | None:
    """The one town the story names in a country, else its one region."""
    for kind in ("city", "region"):
        names = {p.name for p in ctx.doc.places if p.kind == kind and p.country == code}
        if len(names) == 1:
            return names.pop()
        if names:
            return None
    return None


def _place_by_origin(ctx: ActorContext, run: NameRun, entry: Entry,
                     others: list[Entry], roles: Sequence[TokenRange] = ()) -> str | None:
    """A local place of the person's side: Vietnamese names for Vietnamese places. A place
    inside another person's role (``roles``: "led by Taoyuan Deputy Mayor Su Chun-jung, met
    Mayor Mark McBrayer") designates that person, not this one."""
    if _is_listed(fold(entry.title or ""), ctx.people.no_place):
        return None  # a coach, a captain: the club's, whatever town it is named after
    locals_ = _locals_of_side(ctx, entry)
    title = fold(entry.title or "")
    regional = _is_regional_office(ctx, entry, title)
    if (states := _regional_here(ctx, title)):
        # a Brazilian "secretário de Estado": a state's, of the story's Brazilian places
        regional = True
        locals_ = [m for m in locals_ if m.place.country in states]
    # two mayors are of two towns; a town's council has many members
    taken = set() if _is_listed(title, ctx.people.council) else {
        o.affiliation for o in others if o.title and fold(o.title) == title and not o.former}
    if regional:
        taken |= _regions_signing_beside(ctx, run, others)
    locals_ = [m for m in locals_ if m.place.name not in taken]
    if not locals_:
        return None
    # every mention: a place written first in a heading ("COUNTY GOVERNMENT OF NYERI")
    # opens the dateline below it ("Nyeri, 3/3/2026 –")
    home = dateline_place(ctx.doc.text, ((m, p.name) for p in ctx.doc.places
                                         for m in p.mentions), ctx.doc.sentences)
    sentence = ctx.doc.sentence_at(ctx.tokens.tokens[run.start].start)
    origin = _led_delegation_place(ctx, run)
    if origin is not None and any(m.place.name == origin for m in locals_):
        return origin
    if sentence is not None and (named := _place_before_in_sentence(
            ctx, run, entry, roles, sentence, locals_, home, regional)) is not None:
        return named
    # A local title with no place ("Mayor Misty Buscher said") in a story filed from a
    # city ("SPRINGFIELD, Ill. —") is that city's; a regional one, its region's.
    if home is not None and (regional or (_dateline_only(ctx, home, locals_) and not (
            _is_listed(title, ctx.people.municipal) or _is_listed(title, ctx.people.council)))):
        # "VENEZIA – La Regione del Veneto e ...": a story filed from a capital about its
        # region, which the dateline's city is never again, has the region for its side
        home = _region_holding(home, locals_) or (None if regional else home)
    if home is not None and any(m.place.name == home for m in locals_):
        return home
    if sentence is not None and taken and _is_listed(title, ctx.people.municipal) and (
            earlier := _last_city_of_paragraph(ctx, sentence, locals_)) is not None:
        return earlier
    if regional:
        locals_ = [m for m in locals_ if m.place.kind == "region"] or locals_
    return _opening_place(ctx, run, entry, sentence, locals_, regional)


def _locals_of_side(ctx: ActorContext, entry: Entry) -> list[PlaceMention]:
    """The story's towns and regions on the person's side: Vietnamese names for Vietnamese
    places, East Asian names for East Asian ones when the story has some."""
    locals_ = [m for m in ctx.places if m.place.kind != "country"]
    has_vn = any(m.place.country == "VN" for m in locals_)
    if has_vn or entry.vietnamese:
        locals_ = [m for m in locals_ if (m.place.country == "VN") == entry.vietnamese]
    countries = ctx.people.office_in.get(fold(entry.title or ""), frozenset())
    # "Starost Andrzej Abramowicz", in a German story of a German and a Polish district: the
    # Polish one's
    locals_ = [m for m in locals_ if m.place.country in countries] or locals_
    if entry.east_asian and not entry.vietnamese:
        # "il vicegovernatore Wang Hao", in a story of Veneto and Zhejiang: Zhejiang's
        locals_ = [m for m in locals_ if m.place.country in EAST_ASIA] or locals_
    return locals_


def _is_regional_office(ctx: ActorContext, entry: Entry, title: str) -> bool:
    """Whether the title or role is an office of a region ("governor", "l'assessore
    regionale al Turismo"): its place is a region, not a town."""
    if _heads_with(title, ctx.people.municipal) and not _heads_with(title, ctx.people.regional):
        return False  # a mayor is a town's, of a province's seat too ("alcalde provincial")
    return _is_listed(title, ctx.people.regional) or _is_listed(
        fold(entry.role or ""), ctx.people.regional) or bool(
        ctx.people.regional & set(fold(entry.role or "").split()))


def _heads_with(title: str, listed: frozenset[str]) -> bool:
    """Whether the title is a listed one or begins with one, its head (an adjective after it
    qualifies it: "alcalde provincial")."""
    return title in listed or any(title.startswith(t + " ") for t in listed)


def _led_delegation_place(ctx: ActorContext, run: NameRun) -> str | None:
    """The place of the delegation the person heads, a country's being its one town."""
    # the head of a delegation acts for where it comes from, even in a sentence filed from
    # the host's town ("PALERMO – Una delegazione del Fujian, guidata dal vicegovernatore")
    origin = _delegation_origin(ctx, run)
    country = next((p.country for p in ctx.doc.places
                    if p.name == origin and p.kind == "country"), None)
    if country is not None:
        # "eine Delegation aus Italien, angeführt von Bürgermeisterin ...": the one Italian
        # town of the story
        origin = _only_place_of(ctx, country)
    return origin


def _place_before_in_sentence(ctx: ActorContext, run: NameRun, entry: Entry,
                              roles: Sequence[TokenRange], sentence: tuple[int, int],
                              locals_: list[PlaceMention], home: str | None,
                              regional: bool) -> str | None:
    """The last place the person's sentence names before the name as theirs (not a partner,
    a destination, a birthplace, a quotation or another person's role), the story's own
    side first when the sentence names it."""
    title = fold(entry.title or "")
    trip = _trip_of(ctx, run)
    quoted = _quotations(ctx.doc.text, sentence[0], ctx.tokens.tokens[run.start].start)
    quoted += _relative_asides(ctx.doc.text, sentence[0], ctx.tokens.tokens[run.start].start)
    before = [m for m in locals_ if sentence[0] <= ctx.tokens.tokens[m.start].start
              and m.end <= run.start and not (
                  _counterpart(ctx, m.start) and not _designates(ctx, m.end, run.start))
              and not any(a <= m.start and m.end <= b for a, b in roles)
              and not _destination_before_speaker(ctx, m, run) and not _birthplace(ctx, m)
              and not (trip is not None and m.end <= trip)
              and not any(
                  s <= ctx.tokens.tokens[m.start].start < e for s, e in quoted)]
    council = _is_listed(title, ctx.people.council)
    if council or _is_listed(title, ctx.people.municipal):  # a mayor's place is a city
        before = [m for m in before if m.place.kind == "city"] or before
    elif regional:
        # "Il documento sarà firmato a Florianópolis dal presidente della Regione": the
        # venue, a town, is no region; the office's region is the story's
        before = [m for m in before if m.place.kind == "region"]
    # the story's own side, of those the sentence names ("LAGOS — The Lagos State
    # Government and the State of Georgia have signed ..., Governor X said")
    own = _region_holding(home, locals_) if home is not None and regional else home
    if own is not None and _is_bare(entry) and any(m.place.name == own for m in before):
        return own
    if before:
        return _region_named_like(ctx, before[-1].place) if regional \
            else before[-1].place.name
    return None


def _last_city_of_paragraph(ctx: ActorContext, sentence: tuple[int, int],
                            locals_: list[PlaceMention]) -> str | None:
    """The last city the paragraph names before the sentence, for a mayor when the mayor
    of the story's own town is named already."""
    # "Oct. 11-12, Kitakyushu. The delegation began in Kitakyushu ... Reyes paid a
    # courtesy call on Mayor Kenji Morita": the mayor of the paragraph's last city,
    # when the mayor of the story's own town is named already (else the partner named
    # last is no mayor's town: "Trento ha rinnovato il protocollo con Cusco. Hanno
    # firmato il sindaco ...").
    start = ctx.doc.text.rfind("\n", 0, sentence[0]) + 1
    earlier = [m for m in locals_ if m.place.kind == "city"
               and start <= ctx.tokens.tokens[m.start].start < sentence[0]]
    if earlier:
        return earlier[-1].place.name
    return None


def _opening_place(ctx: ActorContext, run: NameRun, entry: Entry,
                   sentence: tuple[int, int] | None, locals_: list[PlaceMention],
                   regional: bool) -> str | None:
    """The place the story opens with, of those the person does not travel to, meet or
    receive guests from; for a region's office in a story of no region, its town's region."""
    # Else the place the story opens with: a story is told from its own town, and the
    # partner it reports on may be named more often ("Toowoomba Regional Council ... voted to
    # pursue a relationship with Takamatsu ... Mayor Karen Doyle said a Takamatsu delegation").
    # Not a place the person's own sentence sends them to or receives guests from.
    elsewhere = _elsewhere(ctx, run, sentence, locals_)
    rest = [m for m in locals_ if m.place.name not in elsewhere]
    # Nor the town a delegation of the story comes from, which the person does not head
    # ("Delegation aus Kaunas in Würzburg ... Oberbürgermeister Christian Schuchardt empfing
    # die Gäste"): the story opens with the guests' town, the hosts are of the other.
    guests = _delegation_towns(ctx)
    rest = [m for m in rest if m.place.name not in guests] or rest
    if not rest:
        return None
    chosen = min(rest, key=lambda m: m.start).place
    if regional and chosen.kind == "city" and chosen.admin1 and not (
            ctx.rules.province_offices.get(chosen.country or "", frozenset())
            & set(fold(entry.role or "").split())):
        # "DRESDEN. Staatsminister Martin Dulig empfing ...": a region's office in a story
        # that names no region is of the region of the story's town, not of the town
        return chosen.admin1
    return chosen.name


def _delegation_towns(ctx: ActorContext) -> set[str]:
    """The places the story's delegations come from ("a delegation from Kaunas")."""
    stop = len(ctx.tokens)
    return {origin for _, end, _ in ctx.tokens.hits(ctx.people.delegation_from)
            if (origin := _origin_after(ctx, end, stop)) is not None}


def _region_named_like(ctx: ActorContext, place: Place) -> str:
    """A regional office's place: the region the story names that a city shares its name
    with ("Toyama Gov. Shinji Nakamura" in a story of "Toyama Prefecture"), else the place."""
    if place.kind != "city" or not place.admin1:
        return place.name
    spellings = homonym_region_names(place.admin1)
    return next((p.name for p in ctx.doc.places if p.kind == "region"
                 and p.country == place.country and fold(p.name) in spellings), place.name)


def _regions_signing_beside(ctx: ActorContext, run: NameRun, others: list[Entry]) -> set[str]:
    """The places that holders of regional offices named in the person's sentence act for
    ("Unterzeichnet wurde die Vereinbarung von Wirtschaftsminister Thomas Reinhold und dem
    Vizegouverneur der Provinz, Zhang Wei"; "la presidente della Regione Umbria, ..., e il
    maresciallo del voivodato"): two such officials there are two sides."""
    sentence = ctx.doc.sentence_at(ctx.tokens.tokens[run.start].start)
    if sentence is None:
        return set()
    # a witness is on a signatory's side ("signée par le président du Conseil régional ...,
    # en présence du wali de la région"): no second side
    witnessed = min((ctx.tokens.tokens[start].start for start, _, _ in ctx.tokens.hits(
        ctx.people.presence) if sentence[0] <= ctx.tokens.tokens[start].start < sentence[1]),
        default=sentence[1])
    # nor is the head of a delegation that the person belongs to ("La délégation était
    # conduite par Carole Marty, vice-présidente de la Région, et comprenait Julien Fabre")
    led = [end for _, end, _ in ctx.tokens.hits(ctx.people.led_by)]
    return {o.affiliation for o in others if o.affiliation and o.title
            and (_is_listed(fold(o.title), ctx.people.regional)
                 or _is_listed(fold(o.role or ""), ctx.people.regional))
            and any(sentence[0] <= ctx.tokens.tokens[start].start < witnessed
                    for start, _ in o.ranges)
            and not any(0 <= start - end <= LED_BY_REACH
                        for start, _ in o.ranges for end in led)}


LED_BY_REACH = 4
"""Tokens from "led by" to the name it introduces (a title between: "led by Deputy Mayor")."""


def _delegation_origin(ctx: ActorContext, run: NameRun) -> str | None:
    """The place a delegation comes from, when the person heads it ("The delegation is led
    by Deputy Mayor Hiroshi Tanabe" after "a delegation from Yamagata")."""
    lexicons = ctx.people
    led = [start for start, end, _ in ctx.tokens.hits(lexicons.led_by)
           if 0 <= run.start - end <= LED_BY_REACH]
    if not led:
        return None
    origins = [origin for _, end, _ in ctx.tokens.hits(lexicons.delegation_from)
               if end < run.start and (origin := _origin_after(ctx, end, run.start))]
    if origins:
        return origins[-1]
    # "la missione in Cina della Regione Toscana, guidata dal presidente Eugenio Giani": the
    # place right before the comma of "led by" is what the mission or delegation is of
    before = led[-1] - 2
    mention = ctx.place_at.get(before)
    if mention is None or mention.end != before + 1 or ctx.tokens.tokens[before + 1].text != ",":
        return None
    if mention.place.kind != "city":
        # "la città di Sopron, in Ungheria, rappresentata dal vicesindaco", "Wuxi, nella
        # provincia del Jiangsu, rappresentata dal": the country or region locates the town
        # before its comma, which the person acts for
        k = mention.start - 1
        while k >= 1 and mention.start - k <= LOCATOR_WORDS and ctx.tokens.tokens[k].is_word \
                and not ctx.tokens.tokens[k].is_capitalised:
            k -= 1  # its preposition and noun ("nella provincia del"), or none ("Sopron,
            # Hungary,")
        if k >= 1 and ctx.tokens.tokens[k].text == ",":
            town = ctx.place_at.get(k - 1)
            if town is not None and town.end == k and town.place.kind != "country":
                return town.place.name
    return mention.place.name


LOCATOR_WORDS = 3
"""Lower-case words between a town's comma and the region or country that locates it ("nella
provincia del Jiangsu")."""


ORIGIN_REACH = 4
"""Lower-case words between "a delegation from" and its place ("una delegazione della
provincia cinese del Fujian", "a delegation from the Chinese province of Fujian")."""


def _origin_after(ctx: ActorContext, end: int, stop: int) -> str | None:
    """The place named right after a delegation's "from", over a few lower-case words (a
    place noun, a demonym, an article) or a capitalised noun of a local government
    ("Delegation aus der polnischen Stadt Lublin")."""
    for k in range(end, min(end + ORIGIN_REACH + 1, stop)):
        if k in ctx.place_at:
            return ctx.place_at[k].place.name
        token = ctx.tokens.tokens[k]
        if not token.is_word or (token.is_capitalised and k not in ctx.local_government):
            return None
    return None


def _designates(ctx: ActorContext, end: int, start: int) -> bool:
    """Only capitalised words and connectors between a place and a name: the place is
    part of the person's designation ("with North Carolina State Capitol Chief of Staff
    Thomas Stith")."""
    return all(ctx.tokens.tokens[i].is_word and (
        ctx.tokens.tokens[i].is_capitalised or ctx.tokens.folded[i] in ctx.rules.connectors)
        for i in range(end, start))


COUNTERPART_REACH = 4
"""Tokens back from a place to the "with" word that makes it the counterpart."""


def _counterpart(ctx: ActorContext, start: int) -> bool:
    """A place named after "with" ("Il patto con Cognac è stato firmato dalla sindaca ...",
    "con la città francese di Cognac"): the partner, not the place a later title is of."""
    return _after_word(ctx, start, ctx.people.with_words)


TRIP_REACH = 6
"""Tokens from a trip's noun to the title or name of the one who makes it ("durante la
missione dell'assessore al Porto del Comune, Alessandra Bianchi": its office between)."""


def _trip_of(ctx: ActorContext, run: NameRun) -> int | None:
    """The token where the person's own trip is named right before their title or name
    ("La firma è prevista a Beppu, durante la missione del sindaco Stefano Callegaro"): the
    places before it are where the person goes, not the person's own."""
    cue = [r[0] for r in (run.cue.title, run.cue.role) if r is not None and r[0] < run.start]
    start = min([run.start, *cue])
    companion = [s for s, end, _ in ctx.tokens.hits(ctx.people.accompanied)
                 if end <= start and _lower_between(ctx, end, start, TRIP_REACH)]
    sentence = ctx.doc.sentence_at(ctx.tokens.tokens[run.start].start)
    trips = [s for s, end, _ in ctx.tokens.hits(ctx.people.trip) if end <= start and (
        _lower_between(ctx, end, start, TRIP_REACH) or (
            # the companion of a traveller goes on the trip named earlier in the sentence
            companion and end <= companion[-1] and sentence is not None
            and sentence[0] <= ctx.tokens.tokens[s].start))]
    return trips[-1] if trips else None


def _lower_between(ctx: ActorContext, end: int, start: int, reach: int) -> bool:
    """Only a few lower-case words and no place between the tokens ``end`` and ``start``."""
    return start - end <= reach and not any(
        ctx.tokens.tokens[k].is_capitalised or k in ctx.place_at for k in range(end, start))


def _destination_before_speaker(ctx: ActorContext, mention: PlaceMention, run: NameRun) -> bool:
    """Where the sentence sends someone, before a verb of saying and the speaker's name
    ("will travel to Higashiomi, said board president Tom Reyes"): not the speaker's place."""
    return _after_word(ctx, mention.start, ctx.people.toward) and any(
        ctx.tokens.folded[k] in ctx.people.speaker for k in range(mention.end, run.start))


def _after_word(ctx: ActorContext, start: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands a few lower-case words before the token ``start``."""
    k = start - 1
    while k >= 0 and start - k <= COUNTERPART_REACH:
        token = ctx.tokens.tokens[k]
        if not token.is_word or token.is_capitalised:
            return False
        if ctx.tokens.folded[k] in words:
            return True
        k -= 1
    return False


def _elsewhere(ctx: ActorContext, run: NameRun, sentence: tuple[int, int] | None,
               places: list[PlaceMention]) -> set[str]:
    """The places the person's sentence names after the name as where the person goes, whom
    they meet or where their guests come from ("Mayor Jane Ortiz will lead a trade mission to
    Guadalajara", "welcomed a delegation from Kumamoto"): not the person's own."""
    if sentence is None:
        return set()
    words = ctx.people.with_words | ctx.people.toward | ctx.people.origin
    return {m.place.name for m in places
            if run.end <= m.start and ctx.tokens.tokens[m.start].start < sentence[1]
            and _after_word(ctx, m.start, words)}


_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted passages in ``text[start:end]``: a place the speaker quotes
    ("«Dopo Liberec ...», ha commentato il consigliere") is not the place they act for."""
    return [(m.start() + start, m.end() + start) for m in _QUOTATION.finditer(text[start:end])]


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]*,")
"""A relative clause between commas ("The association, which has looked after the town's
twinning with La Ferté-Macé in Normandy since 1974, re-elected Margaret Pryce as chairman"):
it describes the subject before it, and its places are not those of a person named after it."""


def _relative_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses between commas that close in ``text[start:end]``."""
    return [(m.start() + start, m.end() + start)
            for m in _RELATIVE_ASIDE.finditer(text[start:end])]


def _dateline_only(ctx: ActorContext, city: str, locals_: list[PlaceMention]) -> bool:
    """Whether a city is named by the dateline alone, and its region by the story."""
    return sum(m.place.name == city for m in locals_) == 1 and _region_holding(
        city, locals_) is not None


def _region_holding(city: str, locals_: list[PlaceMention]) -> str | None:
    """The region of the story that holds a city of the story ("TOULOUSE –": Occitanie,
    "SÃO PAULO –": São Paulo State)."""
    held = next((fold(m.place.admin1) for m in locals_
                 if m.place.name == city and m.place.admin1), None)
    if not held:
        return None
    return next((m.place.name for m in locals_
                 if m.place.kind == "region" and _names_region(fold(m.place.name), held)), None)


def _names_region(name: str, admin1: str) -> bool:
    """A region's name is its first-level name, wrapped or not ("São Paulo State")."""
    return name == admin1 or name.startswith(admin1 + " ") or name.endswith(" " + admin1)


# --- short references and mentions -------------------------------------------------------


COUNTERPART_WORD_REACH = 2
"""Tokens between a counterpart's word and the name it introduces (a comma: "son homologue,
Frank Schneider")."""


def _named_as_counterpart(ctx: ActorContext, run: NameRun) -> bool:
    """Whether a counterpart's word introduces the name ("il collega Frank Schneider", "his
    counterpart Frank Schneider", "sein Amtskollege Frank Schneider"), with no place, body
    or nationality in the role to say whose."""
    tokens = ctx.tokens
    if run.cue.role is not None and any(
            i in ctx.place_at or i in ctx.org_at or ctx.is_demonym(i)
            for i in range(*run.cue.role)):
        return False
    k = run.start - 1
    while k >= 0 and run.start - k <= COUNTERPART_WORD_REACH and tokens.tokens[k].text == ",":
        k -= 1
    if k >= 1 and tokens.tokens[k].text.isalpha() and tokens.tokens[k].text.islower() and \
            tokens.folded[k] not in ctx.people.counterpart:
        # an adjective the rules do not know, of the other side's town or country ("son
        # homologue belfortain, Damien Rocher"): still the counterpart's word before it
        k -= 1
    return k >= 0 and tokens.joined(run.start) and any(
        " ".join(tokens.folded[k - n:k + 1]) in ctx.people.counterpart
        for n in range(min(k, 1) + 1))


def _paired_town(ctx: ActorContext, host: str) -> str | None:
    """The one town of another country that the story names in a sentence with the host's
    town ("Bassano del Grappa e la cittadina tedesca di Mühlacker"), else in the whole story
    ("Sein Amtskollege Roberto Venuti", in a story of Hermagor and Gemona): the other
    side's."""
    homes = [p for p in ctx.doc.places if p.name == host and p.kind == "city"]
    sentences = {ctx.doc.sentence_at(start) for p in homes for start, _ in p.mentions} - {None}
    abroad = [p for p in ctx.doc.places
              if p.kind == "city" and homes and p.country != homes[0].country]
    paired = {p.name for p in abroad
              if any(ctx.doc.sentence_at(start) in sentences for start, _ in p.mentions)}
    if not paired:
        paired = {p.name for p in abroad}
    return paired.pop() if len(paired) == 1 else None


BIRTH_SUFFIXES = ("-born",)
"""Glued to a place's name, where someone was born ("Lyon-born chef")."""


def _birthplace(ctx: ActorContext, mention: PlaceMention) -> bool:
    """A place written as someone's birthplace ("Lyon-born chef Julien Marchetti"): no side
    the person acts for."""
    return ctx.tokens.tokens[mention.end - 1].text.lower().endswith(BIRTH_SUFFIXES)
