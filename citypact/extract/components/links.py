"""Links: who cooperates with whom, how formally, when, on what, and the proof.

Per sentence: cue lexicons give the relation (twinning / agreement / cooperation,
or proposal when a modal word governs the cue); the parties are the places,
organisations, officials (standing for what they represent) and unnamed
counterparts of a country in that sentence; a collective reference ("the two
sides") stands for the pair the article is about. Per document, one link per pair
keeps the most formal relation, its date and evidence, and the sectors named
across its sentences. Cue words and sector keywords are data (``rules/``).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter

from citypact.extract.linking.cue_filters import (
    outside_fans,
    outside_names,
    run_in_headings,
    without_rubric,
)
from citypact.extract.linking.cues import (
    KeyCache,
    SentenceCues,
    asked,
    denied_by_the_next,
    read_cues,
    wished_by_the_next,
)
from citypact.extract.linking.dating import (
    after_publication,
    counted_from_section,
    date_gap,
    date_of_the_pair_s_clause,
    day_in_range,
    guessed_date,
    lead_date,
    neighbour_date,
    news_date,
    recent,
    reports_signing,
    section_date,
    section_dates,
    sentence_date,
    stop_date,
    stop_dates,
)
from citypact.extract.linking.events import merge_events, sentence_events
from citypact.extract.linking.follow_ups import (
    BACK_REFERENCE_REACH,
    FOLLOW_UP_REACH,
    GROUP_REACH,
    _ceremony_day,
    _following,
    _follows_up,
    _framed_date,
    _group_named_back,
    _neighbour_sectors,
    _opens_back,
    _quoted_birth,
    _signed_again,
    _signed_before_the_news,
    _states_scope,
)
from citypact.extract.linking.lexicons import (
    LanguageLexicons,
    load_all_languages,
    load_demonyms,
)
from citypact.extract.linking.listed_partners import (
    _framed_kind,
    _listed_kind,
    _listed_or_sentence_date,
)
from citypact.extract.linking.merge import _merge
from citypact.extract.linking.pair_names import (
    linked_names,
    pair_kind,
    passing_call,
)
from citypact.extract.linking.parties import (
    PartyMention,
    collect_parties,
    country_name,
    firm_pair,
    main_pair,
    mark_datelines,
    mark_locators,
)
from citypact.extract.linking.passing_places import (
    mark_diasporas,
    mark_envoys,
    mark_examples,
    mark_national_origins,
    mark_stops,
    mark_transits,
)
from citypact.extract.linking.regions import (
    cities_named_by_region,
    regions_named_bare,
)
from citypact.extract.linking.sectors import (
    listed_sectors,
    pair_sectors,
)
from citypact.extract.linking.sentence import (
    CONFIDENCE,
    COUNTERPART_NOUNS,
    sentence_pairs,
)
from citypact.extract.linking.story import _Candidate, _Story
from citypact.extract.linking.story_towns import (
    ONE_TOWN_KINDS,
    THE_DELEGATION,
    bodies_of_the_dateline,
    bodies_of_the_masthead_town,
    delegation_of_the_story,
    masthead_town,
    officials_of_the_region,
    one_town_hits,
    one_town_named_before,
    own_bodies,
    region_of_the_story,
    renamed_places,
    story_home_countries,
)
from citypact.extract.linking.tables import (
    _pair_list_rows,
    _partner_list_rows,
    _partner_table_rows,
)
from citypact.extract.linking.venues import SENTENCE_END, mark_venues
from citypact.extract.linking.wishes import (
    sentence_kind,
    states_signing,
    wished_kinds,
)
from citypact.extract.matchers.lexicon import Lexicon, LexiconHit
from citypact.extract.pipeline import Doc
from citypact.model import Event, LinkKind, Span, formality
from citypact.textnorm import fold

DEFAULT_LANGUAGE = "en"
DEMONYM_REACH = 16
"""Characters between a nationality adjective and its noun ("Vietnamese partner cities")."""


COMPASS_PREFIX = re.compile(r"\b(?:west|oost|noord|zuid|north|south|east|nord|sud|süd|ost)-$")
"""A point of the compass glued before an adjective of nationality: a region's adjective."""


class LinksComponent:
    """Assign ``links`` and ``events`` from places, organisations, people and dates."""

    name = "links"
    requires = ("language", "sentences", "dates", "places", "organizations", "people")
    assigns = ("links", "events")

    def __init__(self) -> None:
        self._lexicons = load_all_languages()
        self._demonyms = {lang: Lexicon(load_demonyms(lang).items()) for lang in self._lexicons}

    def _lexicon_of(self, doc: Doc) -> LanguageLexicons:
        return self._lexicons.get(doc.rules_language or "", self._lexicons[DEFAULT_LANGUAGE])

    def __call__(self, doc: Doc) -> Doc:
        story = self._story(doc)
        candidates: list[_Candidate] = []
        follow_up: list[_Candidate] = []
        events: list[Event] = []
        context: dict[Span, tuple[str, ...]] = {}
        latest: tuple[int, list[_Candidate]] = (-FOLLOW_UP_REACH - 1, [])
        for index, span in enumerate(doc.sentences):
            if index - latest[0] <= FOLLOW_UP_REACH:
                story.cues[index] = _similar_told(story.cues[index], latest[1])
            cues = story.cues[index]
            if doc.furniture and doc.in_furniture(span[0]):
                continue  # another story's headline: "Limerick marks 25 years of twinning"
            if (signed := _signed_before_the_news(story, index, latest)) is not None:
                # "... have signed a memorandum, the mayor announced today. The MOU was
                # signed on Tuesday, March 3 ...": the day of the signing, not of the news
                redated = [dataclasses.replace(c, date=signed) for c in latest[1]]
                candidates = [redated[latest[1].index(c)] if c in latest[1] else c
                              for c in candidates]
                latest = (latest[0], redated)
            if (day := _ceremony_day(story, index, latest)) is not None:
                # "The agreement ... was signed in Orvieto. The ceremony took place on 12
                # May.": the day of the relation just reported
                follow_up.extend(_following(c, (), day) for c in latest[1])
            if not cues.has_cue:
                if _states_scope(story, index, latest):
                    # "D'une durée de trois ans, elle porte sur l'eau et la santé.": the
                    # fields of the relation just reported, in a sentence with no cue word.
                    follow_up.extend(dataclasses.replace(
                        c, sectors=cues.sectors, date=None, confidence=CONFIDENCE["side"],
                        celebrated=False) for c in latest[1])
                continue
            context[span] = _neighbour_sectors(story, index)
            read = _read_sentence(story, index, _previous_pair(story, index, latest),
                                  several=_several_pairs_before(index, latest))
            if read is None:
                continue
            found, inside, said = read
            events.extend(said)
            if found and latest[1] and _opens_back(story, index) and not any(
                    p.is_local and p.kind != "org" for p in inside) \
                    and index - latest[0] <= BACK_REFERENCE_REACH:
                # "Under the renewed agreement, researchers from A and B will run a study on
                # water quality": the bodies' project, and fields of the agreement just told.
                follow_up.extend(_following(c, cues.sectors) for c in latest[1])
            group = _group_named_back(story, index, found, latest)
            if group:
                # "Außerdem wollen die Partner beim Klimaschutz ... zusammenarbeiten", after
                # an agreement of three cities: the whole group, not the story's pair only.
                # Its day too, when it tells the same kind of relation ("The partners met
                # for the kick-off meeting in Ghent on 4 and 5 February").
                candidates.extend(found)
                met = day_in_range(doc, span, story.own_dates.get(index))
                follow_up.extend(_following(c, cues.sectors, met if c.kind == found[0].kind
                                            else None) for c in group)
                latest = (index, group)
            elif found:
                candidates.extend(found)
                follow_up.extend(_signed_again(story, index, found, latest))
                latest = (index, found)
                signed = _quoted_birth(story, index)
                if signed is not None:
                    follow_up.extend(_following(c, (), signed, "twinning") for c in found
                                     if c.kind == "twinning")
            elif _follows_up(story, index, inside, latest):
                # "The agreement covers energy and culture.": the relation just reported.
                # "The charter was signed in 1959.": the date of the relation just reported.
                signed = story.own_dates.get(index) if states_signing(cues) or any(
                    hit.label == "established" for hit in cues.past) else None
                # "Die Kreispartnerschaft war am 8. Oktober 1995 ... besiegelt worden.": the
                # twinning of the pair, whatever the last sentence told of it
                told: LinkKind | None = (
                    "twinning" if sentence_kind(cues) == "twinning" else None)
                follow_up.extend(_following(c, cues.sectors, signed, told) for c in latest[1])
        candidates = _with_rows_and_headline(story, candidates)
        return dataclasses.replace(doc, links=_merge(doc.text, candidates, context, follow_up,
                                                     doc.published),
                                   events=merge_events(events))

    def _story(self, doc: Doc) -> _Story:
        """What every sentence of the document is read against."""
        lex = self._lexicon_of(doc)
        keys = KeyCache(doc.text)
        demonyms = self._demonym_spans(doc, lex, keys)
        parties = regions_named_bare(cities_named_by_region(
            collect_parties(doc, [(span, code) for span, code, _ in demonyms]), lex, keys),
            lex, keys)
        parties = one_town_named_before(renamed_places(parties, lex, keys), lex, keys, doc.places)
        publisher = masthead_town(parties, lex, keys, doc.places)
        parties = bodies_of_the_masthead_town(parties, publisher, lex, keys)
        parties = mark_venues(mark_envoys(mark_diasporas(parties, lex, keys), lex, keys),
                              lex, keys)
        parties = mark_examples(mark_national_origins(parties, lex, keys, doc), lex, keys)
        # The place a story is filed from is one of the parties it is about, though no
        # party of its dateline's sentence.
        # (a place already told as where, a route's end or a stop, is no dateline's)
        filed = frozenset(p.span for p in mark_datelines(doc.text, parties, doc.sentences)
                          if p.locator) - {p.span for p in parties if p.locator}
        main = main_pair(mark_locators(doc.text, parties), filed, doc.sentences,
                         publisher.name if publisher is not None else None)
        parties = mark_transits(parties, main, lex, keys)
        parties = mark_stops(parties, main, lex, keys, doc.sentences)
        parties = delegation_of_the_story(parties, main, lex, keys, doc)
        parties = mark_locators(doc.text, mark_datelines(doc.text, parties, doc.sentences,
                                                         own_bodies(lex, keys)))
        parties = bodies_of_the_dateline(parties, [p for p in parties if p.span in filed],
                                         lex, keys, doc, main)
        parties = region_of_the_story(parties, [p for p in parties if p.span in filed],
                                      lex, keys, main)
        parties = officials_of_the_region(parties, doc.text, main)
        sections = section_dates(doc)
        names = [m for org in doc.organizations for m in org.mentions]
        fans = [h.span for h in keys.hits(lex.references, lex.keep_accents)
                if h.label == "fans"]
        headings = run_in_headings(doc.text)
        all_cues = asked(doc.text, denied_by_the_next(wished_by_the_next([
            outside_fans(outside_names(without_rubric(
                doc.text, read_cues(span, lex, keys), headings), names), fans)
            for span in doc.sentences])))
        return _Story(
            doc=doc, lex=lex, keys=keys, parties=parties, main=main,
            # named together where a cue relates something: two clubs' towns of a match
            # report ("Nam Định thắng Bangkok United") are no pair of the story
            firm=firm_pair(main, parties, [c.span for c in all_cues if c.has_cue])
            # a town's own publication relates each partner it names to its town
            or (publisher is not None and main is not None and main[0].name == publisher.name),
            sections=sections, stops=stop_dates(doc, sections, parties), cues=all_cues,
            town_demonyms=frozenset(span for span, _, towns in demonyms if towns),
            home=story_home_countries(doc, [p for p in parties if p.span in filed]),
            briefs=_brief_pairs(doc, parties),
            names=[frozenset(p.name for p in parties if span[0] <= p.span[0] < span[1])
                   for span in doc.sentences],
            own_dates={i: sentence_date(doc, doc.sentences[i], cues,
                                        sentence_kind(cues) or "cooperation")
                       for i, cues in enumerate(all_cues) if cues.kinds or cues.events})

    def _demonym_spans(self, doc: Doc, lex: LanguageLexicons,
                       keys: KeyCache) -> list[tuple[Span, str, bool]]:
        """Adjectives of nationality next to a counterpart noun: "five Vietnamese companies";
        not a person's surname ("l'assessore regionale ..., Giuseppe Russo") nor the first
        word of a place's name ("Vietnam's Lao Cai province", "Thai Binh province"). Each
        with its country's code and whether its noun is one of towns ("Vietnamese
        municipalities")."""
        folded = keys.get(False)
        accented = keys.get(lex.keep_accents)
        nouns = [h for h in one_town_hits(keys.hits(lex.references, lex.keep_accents),
                                          lex, keys)
                 if h.label in COUNTERPART_NOUNS or h.label == THE_DELEGATION]
        names = [span for person in doc.people for span in person.mentions] + [
            span for place in doc.places if place.kind != "country" for span in place.mentions]
        found: list[tuple[Span, str, bool]] = []
        for hit in self._demonyms[lex.language].finditer(folded):
            if any(s <= hit.span[0] and hit.span[1] <= e for s, e in names):
                continue
            if accented[hit.span[0]:hit.span[1]] != folded[hit.span[0]:hit.span[1]]:
                continue  # a word of a language whose accents tell words apart: "sinh thái"
                # (ecological) is no "Thai"
            if COMPASS_PREFIX.search(doc.text[max(0, hit.span[0] - 8):hit.span[0]].lower()):
                continue  # a region's adjective: "West-Vlaamse bedrijven" are no Belgian
                # town's, "Noord-Koreaanse" no South Korean's
            # (a noun of the next sentence is not the adjective's: "... žije početná
            # slovenská menšina. Hostí viedol ...")
            near = [(n.span[0] - hit.span[1] if n.span[0] >= hit.span[1]
                     else hit.span[0] - n.span[1], n.label) for n in nouns
                    if (0 <= n.span[0] - hit.span[1] <= DEMONYM_REACH
                        and not SENTENCE_END.search(doc.text, hit.span[1], n.span[0]))
                    or 0 <= hit.span[0] - n.span[1] <= 2]
            if near:
                found.append((hit.span, hit.label,
                              min(near)[1] in ("counterpart_towns", *ONE_TOWN_KINDS)))
        return found


def _similar_told(cues: SentenceCues, told: list[_Candidate]) -> SentenceCues:
    """A relation called "similar" to the one just told ("El municipio mantiene un vínculo
    similar con la ciudad ecuatoriana de Guayaquil desde 1998", after a twinning): a relation
    of that kind, though its word names none."""
    similar = [r for r in cues.references if r.label == "similar"]
    if not similar or not told:
        return cues
    kind = min((c.kind for c in told), key=formality)
    if kind == "proposal":
        return cues
    hits = tuple(LexiconHit(r.span, kind) for r in similar
                 if not any(k.span[0] < r.span[1] and r.span[0] < k.span[1] for k in cues.kinds))
    return dataclasses.replace(cues, kinds=tuple(sorted((*cues.kinds, *hits),
                                                        key=lambda h: h.span)))


def _headline_wished(story: _Story, candidates: list[_Candidate]) -> list[_Candidate]:
    """A headline's relation that the body tells only as wished ("Gemellaggio tra Lecce e
    Hoi An: firmato il protocollo d'intesa", then "È il primo passo verso un vero
    gemellaggio"): the headline names where the pair is heading, a proposal; what the body
    states of the pair (the signed memorandum) is what happened."""
    doc = story.doc
    if not doc.sentences or not candidates:
        return candidates
    line_end = doc.text.find("\n")
    if line_end < 0 or not doc.article.title or \
            doc.text[:line_end].strip() != doc.article.title.strip():
        return candidates  # the text does not open with its headline
    body = [c for c in candidates if c.evidence[0] >= line_end]
    wished = frozenset().union(*(wished_kinds(cues) for span, cues in zip(
        doc.sentences, story.cues, strict=True) if span[0] >= line_end))
    stated = {(frozenset(c.parties), c.kind) for c in body}
    named = {frozenset(c.parties) for c in body}
    return [dataclasses.replace(c, kind="proposal")
            if c.evidence[0] < line_end and c.kind in wished and c.kind != "proposal"
            and frozenset(c.parties) in named and (frozenset(c.parties), c.kind) not in stated
            else c for c in candidates]


def _previous_pair(story: _Story, index: int, latest: tuple[int, list[_Candidate]],
                   ) -> tuple[PartyMention, PartyMention] | None:
    """The one pair that the sentence right before relates, in the same paragraph: who
    "the two sides" of this one are."""
    last, found = latest
    if len({c.parties for c in found}) != 1:
        return None
    between = story.doc.text[story.doc.sentences[last][1]:story.doc.sentences[index][0]]
    first = {p.name: p for p in reversed(story.parties)}
    names = found[0].parties
    if any(name not in first for name in names):
        return None
    if _regions_named_back(story, index, last, [first[name] for name in names]):
        return first[names[0]], first[names[1]]
    pair = first[names[0]], first[names[1]]
    if last != index - 1 or ("\n" in between and not (
            _alone_in_paragraph(story.doc, last) and all(p.kind != "org" for p in pair))):
        return None
    return pair


def _several_pairs_before(index: int, latest: tuple[int, list[_Candidate]]) -> bool:
    """Whether the sentence right before relates one party with two partners ("Fullerton
    has maintained sister city relationships with Fukui, Japan, since 1979 and with Morelia,
    Mexico, since 1985."): "both cities" of this one are those partners, not the story's
    pair (a network's lead with three members: "the partners" are its group)."""
    pairs = {frozenset(c.parties) for c in latest[1]}
    return latest[0] == index - 1 and len(pairs) == 2 and len(frozenset.union(*pairs)) == 3


def _alone_in_paragraph(doc: Doc, index: int) -> bool:
    """Whether a sentence is a paragraph of its own, as a wire story writes each one ("On
    Sunday, Shanghai Mayor Han Zheng also welcomed a delegation led by ...", then "The two
    sides agreed ..."): the next paragraph's "two sides" are its pair, when they are towns
    or regions (two universities whose exchange a mayor wished are not the "hai bên" that
    sign the twin towns' plan next)."""
    start = doc.sentences[index - 1][1] if index else 0
    return index == 0 or "\n" in doc.text[start:doc.sentences[index][0]]


def _regions_named_back(story: _Story, index: int, last: int,
                        pair: list[PartyMention]) -> bool:
    """Whether the sentence names its two sides as regions ("Das Land und die Provinz")
    soon after a link of two regions: that pair, even across a paragraph."""
    return index - last <= GROUP_REACH and all(p.kind == "region" for p in pair) and any(
        r.label == "collective_regions" for r in story.cues[index].references)


def _ward_for_its_city(pairs: list[tuple[PartyMention, PartyMention, float]],
                       main: tuple[PartyMention, PartyMention] | None,
                       ) -> list[tuple[PartyMention, PartyMention, float]]:
    """In a story about a ward and its partner, the city that holds the ward stands for it
    when the partner is the other side ("đoàn quận Sumida sang thăm Hà Nội", in a story about
    Hanoi's Tay Ho district and Tokyo's Sumida ward)."""
    if main is None:
        return pairs
    result = []
    for a, b, conf in pairs:
        for ward, partner in (main, main[::-1]):
            if {a.name, b.name} & {ward.name} or partner.name not in (a.name, b.name):
                continue
            city = b if a.name == partner.name else a
            if city.kind == ward.kind == "city" and city.via == "place" and ward.admin1 \
                    and city.admin1 == ward.admin1 and fold(city.name) == fold(ward.admin1):
                a, b = (partner, ward) if a.name == partner.name else (ward, partner)
        result.append((a, b, conf))
    return result


def _brief_pairs(doc: Doc, parties: list[PartyMention],
                 ) -> dict[int, tuple[PartyMention, PartyMention]]:
    """In a round-up of briefs, two or more paragraphs each opened by a town's dateline
    ("AREZZO. Mercoledì 8 maggio ...", "ANCONA. Da giovedì 9 ..."), each paragraph is about
    its town and the foreign party it names most: the pair of its sentences, by sentence
    index. Empty for a story with one dateline."""
    text = doc.text
    heads = [p for p in parties if p.locator and p.via == "place" and p.country
             and not text[:p.span[0]].rstrip(" \t\"“–-").rstrip(" \t")[-1:].strip()]
    if len({p.name for p in heads}) < 2:
        return {}
    pairs: dict[int, tuple[PartyMention, PartyMention]] = {}
    for head in heads:
        end = text.find("\n", head.span[1])
        end = len(text) if end < 0 else end
        foreign = [p for p in parties if head.span[1] <= p.span[0] < end and p.is_local
                   and p.via in ("place", "org") and p.country
                   and p.country != head.country and not p.venue]
        if not foreign:
            continue
        counts = Counter(p.name for p in foreign)
        partner = max(foreign, key=lambda p: (counts[p.name], -p.span[0]))
        for index, (start, _) in enumerate(doc.sentences):
            if head.span[0] <= start < end or start <= head.span[0] < doc.sentences[index][1]:
                pairs[index] = (head, partner)
    return pairs


FORUM_CROWD = 4
"""Towns named at a forum from which on they are its participants, not partners."""


def _crowd_at_a_forum(cues: SentenceCues, inside: list[PartyMention]) -> bool:
    """A sentence that tells a forum, and no relation nor signing, and names many towns
    ("Representatives of Genoa, Bologna, Chongqing, Hefei and Suzhou took part in the
    forum", "Delegations from ... attended the forum", "The webinar brought together
    officials from ... to discuss"): they attend it, and none is the partner of another; two
    or three are the forum's own sides ("the Vietnam-Turin Economic Forum")."""
    if cues.kinds or not any(e.label == "forum" for e in cues.events) or any(
            e.label == "signing" for e in cues.events):
        return False
    towns = {p.name for p in inside if p.is_local and p.kind != "org" and p.via == "place"
             and not (p.venue or p.locator)}
    return len(towns) >= FORUM_CROWD


def _read_sentence(story: _Story, index: int,
                   previous: tuple[PartyMention, PartyMention] | None = None, *,
                   several: bool = False) -> tuple[
        list[_Candidate], list[PartyMention], list[Event]] | None:
    """The candidate links of one cue sentence, its parties and its events; ``None`` when
    it states no relation. ``previous``: the one pair of the sentence before; ``several``:
    whether that sentence relates several pairs instead."""
    doc, cues, span = story.doc, story.cues[index], story.doc.sentences[index]
    kind = sentence_kind(cues)
    if kind is None:
        return None
    if kind == "agreement" and _twinning_named_before(story, index):
        kind = "twinning"
    inside = [p for p in story.parties if span[0] <= p.span[0] and p.span[1] <= span[1]]
    if _crowd_at_a_forum(cues, inside):
        return None
    main = story.briefs.get(index, story.main)
    pairs = _ward_for_its_city(sentence_pairs(
        doc.text, inside, cues, main, kind, story.lex.joiners,
        firm_main=story.firm or index in story.briefs,
        previous=previous, several_before=several, fronted=story.lex.fronted_with,
        coordinators=story.lex.coordinators, home=story.home), main)
    own = counted_from_section(sentence_date(doc, span, cues, kind),
                               section_date(story.sections, span), doc.published)
    if own is not None and (kind in ("agreement", "cooperation") or (
            kind == "twinning" and reports_signing(cues)
            and not any(e.label == "anniversary" for e in cues.events))) and after_publication(
                own, doc.published):
        # Dated in the story's future, a signing or a visit is planned ("De overeenkomst
        # wordt in maart volgend jaar in Bandung ondertekend"), the signing of a twinning
        # too ("ont signé un accord de jumelage le 3 décembre prochain").
        kind = "proposal"
    date = (own or section_date(story.sections, span) or news_date(doc, span, cues, kind)
            or neighbour_date(doc, index, story.own_dates, story.names)
            or _framed_date(story, index, kind) or lead_date(doc, span, cues, kind))
    # What exists or was done is not dated in the story's future ("Nel 2025 ricorrerà il
    # quarantesimo anniversario del gemellaggio"); the event keeps its date.
    link_date = None if date is not None and kind != "proposal" and after_publication(
        date, doc.published) else day_in_range(doc, span, date)
    listed = listed_sectors(doc, index, story.cues)
    by_month = doc.published[:7] if doc.published is not None else None
    celebrated = kind == "twinning" and (
        any(e.label == "anniversary" for e in cues.events)
        or (not reports_signing(cues) and recent(doc, date)))
    gap = date_gap(doc, span, cues, kind, own)
    approved = kind == "twinning" and not reports_signing(cues) and any(
        p.label == "approved" for p in cues.past)
    unsigned = kind == "agreement" and own is None and not states_signing(cues)
    found = [
        _Candidate(pair, pair_kind(_framed_kind(cues, a, b, _listed_kind(
            cues, a, b, inside, len(pairs), kind, doc.text, story.lex.coordinators)), a, b),
                   pair_date,
                   pair_sectors(cues, inside, a, b, listed), sure, span, len(pairs),
                   celebrated, _towns_of(story, a, b, pair),
                   gap if pair_date == own else sys.maxsize,
                   own is None and pair_date is not None and pair_date == by_month, approved,
                   unsigned)
        for a, b, conf in pairs if not passing_call(a, b, conf)
        for pair_date in [stop_date(story.stops, story.sections, span, a, b)
                          or date_of_the_pair_s_clause(doc, span, a, b, len(pairs),
                                                       _listed_or_sentence_date(
                                                            doc, cues, a, b, inside,
                                                            len(pairs), link_date))]
        for pair, sure in linked_names(doc, a, b, conf, kind)]
    lex = story.lex
    visits = list(lex.visits.finditer(story.keys.get(lex.keep_accents), *span)) \
        if lex.visits is not None else []
    if kind == "twinning":  # the day of the renewal, not the charter's year, dates its events
        date = sentence_date(doc, span, cues, kind, renewed=False) or date
    return found, inside, sentence_events(cues, pairs, inside,
                                          date or guessed_date(doc, span), visits)


def _twinning_named_before(story: _Story, index: int) -> bool:
    """A signing that names no instrument of its own ("hanno sottoscritto l'atto"), right
    after a sentence of its paragraph that names a twinning and no pair of towns ("SCIACCA –
    ... i loro pronipoti sono tornati domenica scorsa per firmare un patto di gemellaggio"):
    the twinning is what is signed."""
    cues = story.cues[index]
    verbs = {e.span for e in cues.events if e.label == "signing"}
    # a verb of signing that is the sentence's only word of an instrument ("sottoscritto")
    if not cues.kinds or any(h.span not in verbs for h in cues.kinds) or index == 0:
        return False
    before, span = story.doc.sentences[index - 1], story.doc.sentences[index]
    if "\n" in story.doc.text[before[1]:span[0]]:
        return False
    return any(h.label == "twinning" for h in story.cues[index - 1].kinds) and len(
        {p.name for p in story.parties if before[0] <= p.span[0] < before[1] and p.is_local}
    ) <= 1


def _towns_of(story: _Story, a: PartyMention, b: PartyMention,
              pair: tuple[str, str]) -> tuple[str, str] | None:
    """When one side of a pair is a country's adjective before a noun of towns ("Vietnamese
    municipalities"), the country's code and the other side's name."""
    for town, other in ((a, b), (b, a)):
        if (town.via == "demonym" and town.span in story.town_demonyms and town.country
                and pair == (a.name, b.name)):
            return town.country, other.name
    return None


def _towns_named_instead(candidates: list[_Candidate],
                         parties: list[PartyMention]) -> list[_Candidate]:
    """A country's towns paired with a party ("the partnership between Vietnamese
    municipalities and those of the Metropolitan Area of Rome") are the towns of that
    country that the story names as the party's partners (Da Lat and Ha Tinh, met in Rome),
    when it names one: no pair of the country's own, unless another sentence pairs the
    country itself (its ambassador's visit). Its companies or ministries are other parties
    ("Hokkaido and numerous Vietnamese ministries signed agreements")."""
    towns = {p.name: p.country for p in parties
             if p.via == "place" and p.is_local and p.country}
    partners: dict[str, set[str]] = {}
    told = set()
    for cand in candidates:
        if cand.towns_of is None:
            told.add(frozenset(cand.parties))
            for one, other in (cand.parties, cand.parties[::-1]):
                if other in towns:
                    partners.setdefault(one, set()).add(towns[other])
    return [c for c in candidates
            if c.towns_of is None or frozenset(c.parties) in told
            or c.towns_of[0] not in partners.get(c.towns_of[1], ())]


__all__ = ["LinksComponent", "country_name"]


def _with_rows_and_headline(story: _Story, candidates: list[_Candidate]) -> list[_Candidate]:
    """The sentences' relations with those of the story's partner tables and lists, a wish
    its headline tells, and the towns a body's name was read for."""
    candidates = [*candidates, *_partner_table_rows(story, candidates)]
    candidates.extend(_pair_list_rows(story))
    candidates.extend(_partner_list_rows(story))
    candidates = _headline_wished(story, candidates)
    return _towns_named_instead(candidates, story.parties)

