"""Affiliations: what a person acts for, named in the role ("Mayor of Turin", "Embassy of
Vietnam"), by an adjective or demonym in it ("regional", "Brazilian"), or near the name (a
body right before or after it, the side a person speaks for)."""

from __future__ import annotations

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.names import TokenRange
from citypact.extract.actors.person_entry import Entry, _is_listed
from citypact.extract.actors.person_marks import NameRun
from citypact.extract.actors.person_places import (
    _birthplace,
    _delegation_origin,
    _only_place_of,
    _region_named_like,
    _trip_of,
)
from citypact.extract.linking.parties import country_name
from citypact.model import Organization, Place
from citypact.textnorm import fold

ORG_AFTER_REACH = 10
ORG_BEFORE_REACH = 4
NON_PARTY_TYPES = frozenset({"media"})
LOCATIVES = frozenset({"a"})
"""Folded words that put a named person somewhere, not in a body, when a place follows them
("la visita del sindaco Salvatore Giacalone a Mahdia", "le maire Jean Martin à Dakar")."""


def _entities(ctx: ActorContext, rng: TokenRange | None,
              orgs: dict[str, Organization]) -> list[Organization | Place]:
    """Organisations and places named in a token range, in order, each once; not a
    birthplace ("Lyon-born chef")."""
    found: list[Organization | Place] = []
    if rng is None:
        return found
    for i in range(*rng):
        name = ctx.org_at.get(i)
        entity: Organization | Place | None = orgs.get(name) if name else None
        if entity is None and i in ctx.place_at and not _birthplace(ctx, ctx.place_at[i]):
            entity = ctx.place_at[i].place
        if entity is not None and entity not in found:
            found.append(entity)
    return found


def _affiliation(ctx: ActorContext, run: NameRun, entry: Entry,
                 orgs: dict[str, Organization]) -> str | None:
    """What the person acts for: named in the role, else near the name (``None`` when the
    text does not say: the caller then guesses by origin)."""
    cue = run.cue
    if cue.nationality is not None and cue.role is None:
        # "la etíope Tigist Alemu": her country
        return country_name(ctx.demonyms[ctx.tokens.folded[cue.nationality]], ctx.doc)
    complement = _complement_after(ctx, run.end)
    if complement is not None and ctx.tokens.folded[complement[0] - 1] == "in" and (
            _delegation_origin(ctx, run) is not None or _trip_of(ctx, run) is not None):
        # where the delegation she leads is ("led by ... X in Nha Trang"), where the trip
        # named before goes ("bei einem Besuch von Oberbürgermeister Christoph Lange in Da
        # Nang")
        complement = None
    named = [*_entities(ctx, cue.role, orgs), *_entities(ctx, cue.extra, orgs),
             *_entities(ctx, complement, orgs)]
    named = [e for e in named if not (isinstance(e, Organization) and e.type in NON_PARTY_TYPES)]
    title = entry.title or ""
    countries = [e.name for e in named if isinstance(e, Place) and e.kind == "country"]
    demonyms = _demonym_countries(ctx, cue.role)
    if _is_listed(title, ctx.people.diplomatic):
        embassy = _embassy(title, ctx, orgs, demonyms or countries[:1])
        if embassy is not None:
            return embassy
        if demonyms or countries:  # "British ambassador to Vietnam" acts for the UK
            return [*demonyms, *countries][0]
    if demonyms and cue.role is not None and _is_listed(title, ctx.people.counterpart):
        town = _only_place_of(ctx, next(ctx.demonyms[ctx.tokens.folded[i]]
                                        for i in range(*cue.role) if ctx.is_demonym(i)))
        if town is not None:
            return town  # "sein japanischer Amtskollege": the mayor of the Japanese town
    town = _town_of_demonym(ctx, cue.role)
    if town is not None:
        return town  # "la sindaca della città cilena": the story's one Chilean town
    town = _place_of_body_demonym(ctx, cue.role, entry)
    if town is not None:
        return town
    countries += demonyms
    body = _body_named_before(ctx, cue.role)
    if body is not None:
        return body
    for entity in named:
        if isinstance(entity, Organization):
            return entity.name
    for entity in named:
        if isinstance(entity, Place) and entity.kind != "country":
            # "Akita Vice Governor Kenichi Sato", in a story of Akita Prefecture
            return _region_named_like(ctx, entity) if _is_listed(
                fold(title), ctx.people.regional) else entity.name
    region = _region_of_adjective(ctx, cue.role, title)
    if region is not None:
        return region
    town = _town_of_adjective(ctx, cue.role)
    if town is not None:
        return town
    place = next((p for i in range(*cue.role) if (p := ctx.place_of_adjective(i)) is not None),
                 None) if cue.role is not None else None
    if place is not None:  # "a pozsonyi főpolgármester", "Kovács Péter debreceni polgármester"
        return _region_named_like(ctx, place) if _is_listed(
            fold(title), ctx.people.regional) else place.name
    body = _known_body(ctx, title, orgs)
    if body is not None:
        return body
    represented = _represented(ctx, run)
    if represented is not None:
        return _region_named_like(ctx, represented) if _is_listed(
            fold(title), ctx.people.regional) else represented.name
    if countries:
        return countries[0]
    side = _side(ctx, run, orgs)
    if side is not None:
        return side
    near = _org_near(ctx, run, orgs)
    if near is not None:
        return near
    local_role = cue.role is not None and any(i in ctx.local_government
                                              for i in range(*cue.role))
    if _is_listed(title, ctx.people.national) and entry.vietnamese and not local_role:
        return country_name("VN", ctx.doc)
    return None


def _region_of_adjective(ctx: ActorContext, role: TokenRange | None, title: str) -> str | None:
    """The region an adjective of the role names ("Victorian Minister for Trade", "der
    sächsische Staatsminister", "o secretário paulista de Turismo"): the story's region of
    that name, else the name (as a country's adjective gives its country). Not for a town's,
    a team's, a company's or a university's office ("the Tuscan mayor of Lucca")."""
    if role is None or any(_is_listed(title, listed) for listed in (
            ctx.people.municipal, ctx.people.council, ctx.people.no_place,
            ctx.people.corporate, ctx.people.academic)):
        return None
    for i in range(*role):
        region = ctx.rules.region_adjectives.get(ctx.tokens.folded[i])
        if region is not None and i not in ctx.place_at:
            return next((p.name for p in ctx.doc.places
                         if p.kind == "region" and fold(p.name) == fold(region)), region)
    return None


def _town_of_adjective(ctx: ActorContext, role: TokenRange | None) -> str | None:
    """The story's town that an adjective of the role names ("L'échevine montoise Sophie
    Dubois", in a story that names Mons; ``town_adjectives``), if any."""
    if role is None:
        return None
    towns = {fold(p.name): p.name for p in ctx.doc.places if p.kind == "city"}
    for i in range(*role):
        town = ctx.rules.town_adjectives.get(ctx.tokens.folded[i])
        if town is not None and fold(town) in towns:
            return towns[fold(town)]
    return None


def _known_body(ctx: ActorContext, title: str, orgs: dict[str, Organization]) -> str | None:
    """The known body whose office the title is ("Commissioner", of the European Commission),
    when the story names it, else another known body of its country the story names (the
    European Union): a Commissioner visiting Porto acts for neither Porto nor Brussels."""
    title = fold(title)
    for known in ctx.rules.known:
        if known.offices and _is_listed(title, known.offices):
            named = [o.name for o in orgs.values() if o.name == known.name] or [
                k.name for k in ctx.rules.known
                if k.country is not None and k.country == known.country and k.name in orgs]
            if named:
                return named[0]
    return None


def _place_of_body_demonym(ctx: ActorContext, role: TokenRange | None,
                           entry: Entry) -> str | None:
    """The story's one region (for a region's office) or town of the country whose
    adjective qualifies a local government in the role ("la vicepresidente della Regione
    francese", in a story of Liguria and Provence-Alpes-Côte d'Azur)."""
    if role is None or any(ctx.org_at.get(i) or (i in ctx.place_at and (
            ctx.place_at[i].place.kind != "country")) for i in range(*role)):
        return None
    words = fold(entry.role or "")
    regional = _is_listed(words, ctx.people.regional) or bool(
        ctx.people.regional & set(words.split()))
    for i in range(max(role[0], 1), role[1]):
        if ctx.is_demonym(i) and i - 1 in ctx.local_government:
            code = ctx.demonyms[ctx.tokens.folded[i]]
            kind = "region" if regional else "city"
            names = {p.name for p in ctx.doc.places if p.kind == kind and p.country == code}
            return names.pop() if len(names) == 1 else None
    return None


BODY_PLACE_REACH = 3
"""Connectors between a local government's noun and its place ("la Provincia del")."""


def _body_named_before(ctx: ActorContext, role: TokenRange | None) -> str | None:
    """The place of a local government that the role names by its noun alone, closing it
    ("el director de Relaciones Internacionales de la Intendencia", "il presidente della
    Provincia", "le wali de la région"): the one the text named last before with that noun
    and its place ("la Intendencia de Montevideo"), not the last town named."""
    if role is None or any(_names_place(ctx, i) for i in range(*role)):
        return None  # "Chairman of the Kien Giang provincial People's Committee": its place
    for lexicon in ctx.rules.local_government:
        for start, end, _ in ctx.tokens.hits(lexicon):
            if not role[0] <= start < end <= role[1] or any(
                    ctx.tokens.tokens[k].is_word for k in range(end, role[1])) \
                    or _place_after(ctx, end) is not None:
                continue  # not the role's last word, or its place follows
            noun = _noun_of(ctx, start, end)
            earlier = [place for s, e, _ in ctx.tokens.hits(lexicon)
                       if e <= role[0] and _noun_of(ctx, s, e) == noun
                       and (place := _place_after(ctx, e)) is not None]
            if earlier:
                return earlier[-1]
    return None


def _names_place(ctx: ActorContext, i: int) -> bool:
    """Whether the token names a place, by its name or an adjective ("hennuyer")."""
    word = ctx.tokens.folded[i]
    return i in ctx.place_at or word in ctx.rules.region_adjectives \
        or word in ctx.rules.town_adjectives or ctx.place_of_adjective(i) is not None


def _noun_of(ctx: ActorContext, start: int, end: int) -> tuple[str, ...]:
    """A local government's folded noun, without the connector its phrase may end with
    ("Prefeitura de" before its town, "Prefeitura" alone)."""
    while end - 1 > start and ctx.tokens.folded[end - 1] in ctx.rules.connectors:
        end -= 1
    return tuple(ctx.tokens.folded[i] for i in range(start, end))


def _place_after(ctx: ActorContext, end: int) -> str | None:
    """The town or region named right after a local government's noun, over connectors."""
    for k in range(end, min(end + BODY_PLACE_REACH + 1, len(ctx.tokens))):
        mention = ctx.place_at.get(k)
        if mention is not None:
            return mention.place.name if mention.start == k and mention.place.kind != "country" \
                else None
        if ctx.tokens.folded[k] not in ctx.rules.connectors:
            return None
    return None


def _town_of_demonym(ctx: ActorContext, role: TokenRange | None) -> str | None:
    """The town of a country the story names last before a role that names a town by its
    country's adjective ("la sindaca della città cilena", "the mayor of the Chilean city"):
    the town it refers back to."""
    if role is None:
        return None
    towns = {i for _, end, _ in ctx.tokens.hits(ctx.people.town_nouns) for i in (end - 1,)
             if role[0] <= i < role[1]}
    for i in range(*role):
        if ctx.is_demonym(i) and (i - 1 in towns or i + 1 in towns):
            code = ctx.demonyms[ctx.tokens.folded[i]]
            earlier = [m for m in ctx.places if m.place.kind == "city"
                       and m.place.country == code and m.end <= role[0]]
            return max(earlier, key=lambda m: m.start).place.name if earlier else None
    return None


def _embassy(title: str, ctx: ActorContext, orgs: dict[str, Organization],
            represented: list[str]) -> str | None:
    """An ambassador acts for the embassy that the text names, if it names one; when his
    role names the country he represents, an embassy that names that country ("Đại sứ New
    Zealand" and "Tổng Lãnh sự quán tại TP. Hồ Chí Minh" of the same story: no)."""
    if not _is_listed(title, ctx.people.ambassadors):
        return None
    embassies = [o.name for o in orgs.values() if o.type == "embassy"]
    if represented:
        embassies = [name for name in embassies if represented[0] in _countries_in(ctx, name)]
    return embassies[0] if embassies else None


def _countries_in(ctx: ActorContext, org: str) -> set[str]:
    """The countries an organisation's name names, by name or by demonym."""
    found = set()
    for i, name in ctx.org_at.items():
        if name != org:
            continue
        if i in ctx.place_at and ctx.place_at[i].place.kind == "country":
            found.add(ctx.place_at[i].place.name)
        elif ctx.is_demonym(i):
            found.add(country_name(ctx.demonyms[ctx.tokens.folded[i]], ctx.doc))
    return found


def _demonym_countries(ctx: ActorContext, rng: TokenRange | None) -> list[str]:
    if rng is None:
        return []
    return [country_name(ctx.demonyms[ctx.tokens.folded[i]], ctx.doc)
            for i in range(*rng) if ctx.is_demonym(i)]


def _complement_after(ctx: ActorContext, end: int) -> TokenRange | None:
    """"Alberto Sacco per la Città di Torino": a connector and an entity after the name; or
    a word of origin and a place ("Bürgermeister Jan Novák aus Brno", "Mayor Jane Hale from
    Leeds"): where the person comes from, not the town of a title named before (not after a
    comma: "Landeshauptmann Peter Gruber, aus Bozen angereist", the capital of his region)."""
    tokens = ctx.tokens
    if end + 1 < len(tokens) and tokens.folded[end] in ctx.people.origin \
            and tokens.joined(end) and end + 1 in ctx.place_at and tokens.joined(end + 1):
        return (end + 1, ctx.place_at[end + 1].end)
    if end + 2 < len(tokens) and tokens.tokens[end].text == "(" and end + 1 in ctx.place_at \
            and (close := ctx.place_at[end + 1].end) < len(tokens) \
            and tokens.tokens[close].text == ")":
        return (end + 1, close)  # "Oberbürgermeister Dieter Reiter (München)"
    k = end + (end < len(tokens) and tokens.tokens[end].text == ",")
    m = k
    while m < len(tokens) and m - k < 3 and tokens.folded[m] in ctx.rules.connectors \
            and tokens.folded[m] not in ctx.coordinators and tokens.joined(m):
        m += 1
    if m == k or m >= len(tokens) or tokens.folded[k] in LOCATIVES:
        return None
    if m in ctx.org_at or m in ctx.place_at or m in ctx.local_government:
        last = m
        while last < len(tokens) and (last in ctx.org_at or last in ctx.place_at
                                      or last in ctx.local_government):
            last += 1
        return (m, last)
    return None


def _org_near(ctx: ActorContext, run: NameRun, orgs: dict[str, Organization]) -> str | None:
    """An organisation just before the name, or soon after it, in the same sentence (not
    the partner that ends the sentence before: "... with Deakin University. Registrar K.
    Murugavel said")."""
    sentence = ctx.doc.sentence_at(ctx.tokens.tokens[run.start].start)
    start = _before_abbreviations(ctx, run.start)
    for i in range(start - 1, max(start - 1 - ORG_BEFORE_REACH, -1), -1):
        if sentence is not None and ctx.tokens.tokens[i].start < sentence[0]:
            break
        name = ctx.org_at.get(i)
        if name and orgs[name].type not in NON_PARTY_TYPES:
            return name
    for i in range(run.end, min(run.end + ORG_AFTER_REACH, len(ctx.tokens))):
        token = ctx.tokens.tokens[i]
        if sentence is not None and token.start >= sentence[1]:
            break
        name = ctx.org_at.get(i)
        if name and orgs[name].type not in NON_PARTY_TYPES:
            return name
        if i in ctx.title_tokens and i > run.end and (
                ctx.tokens.folded[i - 1] in ctx.coordinators or (any(
                    ctx.tokens.folded[k] in ctx.coordinators for k in range(run.end, i))
                    and _title_names_body(ctx, i))):
            break  # "... Nguyễn Thị Lan và Giám đốc Sở Kế hoạch ...", "..., y por el gerente
            # de la Agencia": the next person's (not "il presidente Fulvio Albano e il
            # segretario Walter Cavrenghi della Camera", both of it)
        if token.is_word and not token.is_capitalised and not ctx.is_function(i) \
                and i not in ctx.title_tokens and ctx.tokens.folded[i] not in ctx.rules.connectors:
            break  # a verb or a noun: the organisation is not the person's any more
    return None


def _title_names_body(ctx: ActorContext, i: int) -> bool:
    """Whether the title at token ``i`` goes on to a body, with no name between ("el gerente
    de la Agencia Distrital")."""
    for k in range(i, min(i + ORG_AFTER_REACH, len(ctx.tokens))):
        if k in ctx.org_at:
            return True
        token = ctx.tokens.tokens[k]
        if k not in ctx.title_tokens and token.is_capitalised:
            return False  # a name: the body after it is shared by both
        if k not in ctx.title_tokens and not (ctx.is_function(k) or ctx.tokens.folded[k]
                                              in ctx.rules.connectors):
            return False
    return False


SIDE_REACH = 3
"""Lower-case words between "về phía" and the body or place it names ("về phía tỉnh")."""


def _side(ctx: ActorContext, run: NameRun, orgs: dict[str, Organization]) -> str | None:
    """The body or place named after the last "về phía" (on the side of) of the person's
    sentence before the name: the side of everyone it lists ("Về phía Đại học Chonnam có GS.
    Kim Sung-ho, Phó Hiệu trưởng, và GS. Lee Min-jung, Trưởng khoa")."""
    sentence = ctx.doc.sentence_at(ctx.tokens.tokens[run.start].start)
    if sentence is None:
        return None
    ends = [end for start, end, _ in ctx.tokens.hits(ctx.people.side)
            if end <= run.start and ctx.tokens.tokens[start].start >= sentence[0]]
    if not ends:
        return None
    for k in range(ends[-1], min(ends[-1] + SIDE_REACH + 1, run.start)):
        if (name := ctx.org_at.get(k)) is not None and orgs[name].type not in NON_PARTY_TYPES:
            return name
        if k in ctx.place_at:
            return ctx.place_at[k].place.name
        token = ctx.tokens.tokens[k]
        if not token.is_word or token.is_capitalised:
            return None
    return None


def _represented(ctx: ActorContext, run: NameRun) -> Place | None:
    """The place a "represented by" phrase right before the person's title gives them:
    named right before it ("North Sumatra was represented by Governor Edy Santoso") or, in a
    clause that drops its verb, inside it between its two words ("... and Phuket by Governor
    Narong Wongsiri")."""
    opening = run.cue.role[0] if run.cue.role is not None else run.start
    for start, end, how in ctx.tokens.hits(ctx.people.represented_by):
        if end != opening and not (end + 1 == opening and ctx.tokens.tokens[end].is_word
                                   and not ctx.tokens.tokens[end].is_capitalised):
            continue  # an article at most between them ("by the Governor")
        for mention in ctx.places:
            if mention.place.kind != "country" and (
                    mention.end == start if how == "before"
                    else mention.start == start + 1 and mention.end == end - 1):
                return mention.place
    return None


HONORIFIC_TOKENS = 5
"""Most tokens of the abbreviated honorifics before a name ("PGS.TS", "GS.")."""


def _before_abbreviations(ctx: ActorContext, start: int) -> int:
    """The first token of the abbreviated degrees written right before a name, as
    Vietnamese writes them ("về phía Trường Đại học Cần Thơ có PGS.TS Trần Văn Lực"): the
    body before them is as near as it would be without them."""
    tokens = ctx.tokens.tokens
    k = start
    while k > 0 and start - k < HONORIFIC_TOKENS and (
            tokens[k - 1].text == "." or tokens[k - 1].is_acronym) and k - 1 not in ctx.org_at:
        k -= 1
    return k
