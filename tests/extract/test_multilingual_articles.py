"""The full pipeline on articles written by us, in every language we read.

The gold corpora are almost all English, Italian and Vietnamese; these short articles
(``multilingual/``, four or more per language, see its README) stand in for the unseen news in the
other languages, and widen the gold ones to the styles they lack (US datelines, city releases,
council minutes and local features, British, Irish and Scottish twin towns, Australian state media
releases and council news, Chinese state media, council minutes and twinning newsletters, Canadian
city releases and local papers, Irish council motions, Asian, Chinese wire, US state governments'
releases, state papers and legislature resolutions on sister states, Canadian and Australian
provinces' and states' twinned-province ties and letters of intent, Japanese prefectures'
friendship agreements told in English, Indian, Kenyan and Rwandan English-language press, Nigerian
papers, Indian wire copy and state releases, Pakistani, Bangladeshi, Sri Lankan, Nepali, Egyptian,
Gulf, Turkish, Kazakh, Ghanaian, Ethiopian and Argentine English press, WAM, MONTSAME, GNA and ENA
wires, Kyodo and Yonhap wire copy, New Zealand local news, business wires, Vietnamese, Korean,
Philippine, Malaysian, Indonesian, Thai and Lao agencies and papers (Bernama, Antara, the Bangkok
Post, the Laotian Times), China Daily, the Korea Herald, Japanese public broadcasting, US local
television web stories, EU programme and city network news (IURC, URBACT, Eurocities, the
commission's Global Gateway releases, the Covenant of Mayors), conference reports, IURC study
visits told day by day and pairs listed one a line, Italian embassies' and associations' English
releases, ANSA English wires, university consortia's news, EU funding calls and trade agencies'
fair reports, Argentine city releases, EFE, AFP and MAP wires, Mexican council sessions and state
governments' bulletins, Andina and ACN wires, Chilean regional governments' and Central American
towns' releases, Galician and Canarian papers, Cuban provincial papers, French decentralised
cooperation (a Département's convention, a council's deliberation in the form of its minutes, the
Assises of Cités Unies France), Senegalese, Ivorian, Cameroonian, Québec, Belgian and Swiss
French-language press, TAP wires, Luxembourg communes' press releases, twinning committees' general
assemblies, Italian and Vietnamese local news, the Vietnamese government portal and provincial
decisions and plans, Vietnamese provincial portals after the merger of 2025, commune twinnings with
Lao districts, an ambassador's online talks, a fraud trial, TTXVN wires from abroad, a chairman's
conclusions that assign tasks, Sardinian, Sicilian and Calabrian papers, comuni's albo pretorio
deliberations, schools' Erasmus+ exchanges, obituaries, Italian small towns' ties with their
emigrants' towns in the Americas and Australia, Pro Loco trips and Interreg accords, Italian
regions' and universities' releases, a regional agency's, chambers' missions, EU projects, council
votes and round-ups of briefs, German council reports and a Kreistag's minutes, wire copy, Länder
press releases, Austrian, Swiss and South Tyrolean papers, a Berlin borough's assembly, a town's
Amtsblatt, broadcasters' web stories, twinning associations' meetings, police reports, Brazilian
and Portuguese city news and council votes, Angolan (ANGOP), Mozambican and Macau press, Dutch and
Flemish council and province news, Turkish city releases, agency wires and regional papers, Swedish
and Finland-Swedish city, region and TT wire news, Danish local papers and Ritzau wires, Norwegian
local papers, NTB wires and city news, Indonesian city and province releases, wire and
news sites, Polish city releases, regional dailies and PAP wire copy, Czech city newsletters,
regional papers and ČTK wire copy, Slovak city news, regional papers and TASR wire copy,
Croatian, Serbian and Bosnian city news and port releases, Bulgarian city news, a council's
twinning and an airport's routes,
Hungarian city halls' releases, county papers and MTI wire copy, Finnish city news, a city
board's proposal, a delegation's visit and an airline's routes, Estonian town news, a town
government's proposal, a twin's visit and a shipping firm's routes,
Romanian and Moldovan city releases, regional papers and Agerpres wires, Russian city
administrations' releases, regional papers and TASS and RIA Novosti wires, Ukrainian city councils'
news pages, regional newsrooms, oblast administrations' releases and Ukrinform wires, Greek city
press releases, regional and Cypriot papers, a region's release and ANA-MPA wires, Chinese city
papers and news sites, Xinhua wires and city foreign-affairs offices' releases, Japanese regional
papers, prefectures' releases and Kyodo wires, Japanese chambers of commerce and mayors' courtesy
calls, Korean city halls' releases, Yonhap wires and council session reports, Korean chambers'
MOUs, Malaysian chambers' MoUs, French university consortia's agreements and EFE wires of port
authorities' memoranda, and web pages with the noise text extraction leaves: menus, cookie banners,
captions, tables flattened into lines, tags, weather widgets, publishers' addresses and related
articles), US Sister Cities committees, US county governments' releases, Indian state press
notes, Ugandan, Fiji and Jamaican papers, city agenda reports, Australian councils' meeting
highlights and twinning associations' AGMs, South African metros' media statements, UK councils'
cabinet reports, Canadian provinces' trade mission blogs, Philippine Information Agency stories,
TGR regional web stories, comuni's Facebook posts, the Provincia autonoma di Trento's releases,
Italian consulates' news pages, Vietnamese foreign affairs departments' year summaries, district
People's Committees' reports and Thanh Niên stories, Giunta round-ups of decisions, AGI wires,
twinning committees' newsletters, the Lao agency's Vietnamese service and VOV trade stories,
Swiss cantonal releases, Italian-language papers abroad, guidebook pages, provincial TV news
scripts, People's Committees' submissions, chairmen's speeches and ward newsletters, Cypriot
and Israeli English dailies, Kabar wires, Canadian Chinese-community weeklies and German cities'
English press pages, Inforpress wires, Taiwanese city releases in traditional characters,
Chinese provincial foreign-affairs offices' items, Japanese city council newsletters, Korean
provinces' releases, Belarusian city executive committees' news and a Korean firm's village
sisterhood.
Each has a hand-written table of what a careful reader takes out of it.

Tolerance, and why:

- links are the product, so they are held exactly: every link of the table is found with its
  kind and its date (a partial date matches the full one it starts), no two places are linked
  that the table does not list (a link with an organisation may be extra: the gold format
  makes most of those optional), and an article that reports no cooperation yields no link;
- places and people must all be found, and the organisations a table lists; a role, when the
  table gives one, must contain the table's title word, and an affiliation, when it gives
  one, must be the place or body the person acts for; the table's traps (a square, a
  portfolio) must not come out;
- sectors are scored over all articles, with a floor: whether a field is named in the
  sentence of the link or two sentences further is a matter of the links code, and their
  exact sets vary with the wording more than kinds and dates do.

What the pipeline still gets wrong is written in the tables as a ``gap`` with its reason
(most need a change of the links code, see the README). Gaps are left out of the checks
above and checked in ``test_known_gaps``, expected to fail: one that passes shows as XPASS,
and its ``gap`` can be removed from the table.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from citypact.extract.rules import rules_language
from citypact.ingest.read import read_article
from citypact.model import Extraction
from citypact.textnorm import fold

pytestmark = pytest.mark.slow

ARTICLES = Path(__file__).with_name("multilingual")
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))
SECTOR_RECALL_FLOOR = 0.6
"""Share of the tables' sectors found on the links found (measured 0.69 on the French,
Spanish, German and Portuguese ones, 0.76 on all, rounded down: the fields that a later
sentence without a cue word lists are read only after a scope phrase, "elle porte sur", "el
texto prevé"; those that a paragraph naming other parties lists, "L'Université Rennes 2
accueillera ...", or a sentence two paragraphs on, "Un séjour de jeunes footballeurs ...",
are not)."""


def _table(name: str) -> dict[str, Any]:
    return tomllib.loads((ARTICLES / f"{name}.toml").read_text(encoding="utf-8"))


def _same(spelling: str, name: str) -> bool:
    """A table name ("Aachen|Aquisgrán": alternatives) and an extracted one, folded."""
    return fold(name) in {fold(part) for part in spelling.split("|")}


def _between(found: tuple[str, ...], parties: list[str]) -> bool:
    """Whether an extracted link's parties are exactly these table parties."""
    return len(found) == len(parties) and all(
        any(_same(spelling, party) for party in found) for spelling in parties)


def _link(extraction: Extraction, parties: list[str]) -> Any:
    """The extracted link between exactly these parties, or None."""
    return next((link for link in extraction.links if _between(link.parties, parties)), None)


def _dates_agree(expected: str | None, got: str | None) -> bool:
    if expected is None:
        return True
    return got is not None and (got.startswith(expected) or expected.startswith(got))


@pytest.fixture(scope="module")
def extractions(pipeline: Any) -> dict[str, Extraction]:
    return {name: pipeline.extract(read_article(ARTICLES / f"{name}.txt")) for name in NAMES}


# --- one check per kind of item; each returns what is wrong ---------------------------------

def _link_errors(extraction: Extraction, expected: dict[str, Any]) -> list[str]:
    link = _link(extraction, expected["parties"])
    if link is None:
        return [f"missing {expected['parties']}"]
    errors = []
    if link.kind != expected["kind"]:
        errors.append(f"{expected['parties']}: kind {link.kind}")
    if not _dates_agree(expected.get("date"), link.date):
        errors.append(f"{expected['parties']}: date {link.date}")
    return errors


def _absent_link_errors(extraction: Extraction, absent: dict[str, Any]) -> list[str]:
    link = _link(extraction, absent["parties"])
    return [] if link is None else [f"spurious {list(link.parties)}"]


def _place_errors(extraction: Extraction, spelling: str) -> list[str]:
    return [] if any(_same(spelling, p.name) for p in extraction.places) else [
        f"missing place {spelling}"]


def _absent_place_errors(extraction: Extraction, spelling: str) -> list[str]:
    return [f"spurious place {spelling}"] if any(
        _same(spelling, p.name) for p in extraction.places) else []


def _person_errors(extraction: Extraction, expected: dict[str, Any]) -> list[str]:
    person = next((p for p in extraction.people if fold(p.name) == fold(expected["name"])), None)
    if person is None:
        return [f"missing {expected['name']}"]
    if "role" in expected and fold(expected["role"]) not in fold(person.role or ""):
        return [f"{person.name}: role {person.role}"]
    if "affiliation" in expected and not _same(expected["affiliation"], person.affiliation or ""):
        return [f"{person.name}: affiliation {person.affiliation}"]
    return []


def _organization_errors(extraction: Extraction, spelling: str) -> list[str]:
    return [] if any(_same(spelling, o.name) for o in extraction.organizations) else [
        f"missing organisation {spelling}"]


def _absent_person_errors(extraction: Extraction, name: str) -> list[str]:
    return [f"spurious person {name}"] if any(
        fold(p.name) == fold(name) for p in extraction.people) else []


CHECKS = {"links": _link_errors, "absent_links": _absent_link_errors, "places": _place_errors,
          "absent_places": _absent_place_errors, "people": _person_errors,
          "absent_people": _absent_person_errors, "organizations": _organization_errors}


def _items(table: dict[str, Any]) -> Iterator[tuple[str, Any, str | None]]:
    """(section, item, gap reason or None) of every checked item of a table. A plain name
    is a gap when the table's ``gaps`` lists it."""
    gaps = table.get("gaps", {})
    for section in CHECKS:
        for item in table.get(section, []):
            if isinstance(item, dict):
                if not item.get("optional"):
                    yield section, item, item.get("gap")
            else:
                yield section, item, gaps.get(item)


# --- the tests ----------------------------------------------------------------------------

def test_every_article_has_its_table() -> None:
    languages = Counter(name[:2] for name in NAMES)
    assert {"fr", "es", "de", "pt", "nl", "tr", "pl", "cs", "hu", "ru", "uk", "zh", "ja", "ko",
            "en", "it", "vi", "el", "ca", "gl", "hr", "sr", "bs"} <= set(languages)
    # four at least for each set of rules: Serbian's and Bosnian's count with Croatian's
    rules = Counter(rules_language(name[:2]) for name in NAMES)
    assert min(rules.values()) >= 4
    for name in NAMES:
        assert _table(name)["language"] == name[:2]
        # a [gaps] table written before the lists would swallow them: it holds reasons only
        assert all(isinstance(reason, str) for reason in _table(name).get("gaps", {}).values())


@pytest.mark.parametrize("name", NAMES)
def test_language_and_publication_date(extractions: dict[str, Extraction], name: str) -> None:
    table, document = _table(name), extractions[name].document
    assert (document.language, document.published) == (table["language"], table["published"])


@pytest.mark.parametrize("name", NAMES)
def test_what_a_careful_reader_takes_out(extractions: dict[str, Extraction],
                                         name: str) -> None:
    extraction = extractions[name]
    errors = [error for section, item, gap in _items(_table(name)) if gap is None
              for error in CHECKS[section](extraction, item)]
    assert errors == []


@pytest.mark.parametrize("name", NAMES)
def test_no_link_between_places_beyond_the_table(extractions: dict[str, Extraction],
                                                 name: str) -> None:
    table, extraction = _table(name), extractions[name]
    places = {p.name for p in extraction.places}
    listed = [link["parties"] for link in table.get("links", [])] + [
        link["parties"] for link in table.get("absent_links", []) if link.get("gap")]
    extra = [list(link.parties) for link in extraction.links if set(link.parties) <= places
             and not any(_between(link.parties, parties) for parties in listed)]
    assert extra == []


def test_sectors_of_the_links_found(extractions: dict[str, Extraction]) -> None:
    wanted = right = 0
    for name in NAMES:
        for expected in _table(name).get("links", []):
            link = _link(extractions[name], expected["parties"])
            if expected.get("optional") or link is None:
                continue
            sectors = set(expected.get("sectors", []))
            wanted += len(sectors)
            right += len(sectors & set(link.sectors))
    assert right / wanted >= SECTOR_RECALL_FLOOR, f"{right}/{wanted} sectors"


GAPS = [pytest.param(name, section, item, id=f"{name}-{section}-{gap[:40]}")
        for name in NAMES for section, item, gap in _items(_table(name)) if gap]


# strict: a gap the extraction has closed fails until its table states it as expected, so
# the tables never understate what is read
@pytest.mark.xfail(reason="a known gap of the extraction (its reason is in the table)",
                   strict=True)
@pytest.mark.parametrize(("name", "section", "item"), GAPS)
def test_known_gaps(extractions: dict[str, Extraction], name: str, section: str,
                    item: Any) -> None:
    assert CHECKS[section](extractions[name], item) == []
