"""What resolution knows: a mention's evidence, the document's context, a resolved mention.

``_Evidence`` holds what a mention's surroundings say of it (the country or region written
beside it, its wrapper, its list, its dateline); ``_Context`` what the whole document has
said so far (its countries, regions and chosen places); ``Resolved`` is the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citypact.extract.rules import language_countries
from citypact.gazetteer.cues import Wrapper
from citypact.gazetteer.mentions import Mention
from citypact.gazetteer.model import Candidate, Entity
from citypact.model import Span


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention resolved to an entity."""

    span: Span
    entity: Entity


@dataclass(slots=True)
class _Evidence:
    mention: Mention
    wrapper: Wrapper | None
    weak: bool
    ambiguous: bool
    distinctive: bool = True
    """The name has a word that is not a function, administrative or common word."""
    container_countries: frozenset[str] = frozenset()
    container_regions: frozenset[str] = frozenset()
    container_admin1: tuple[str, str] | None = None
    """Country and region name of an abbreviation after the name ("Springfield, Ill.")."""
    agency: str | None = None
    """The country of the national agency tagged after the town that opens the line
    ("Marburg (dpa) –"), one of ``container_countries``: weaker than a country written
    there, as an agency files from abroad too."""
    abbreviation: Span | None = None
    """Where that abbreviation is written."""
    holders: frozenset[str] = frozenset()
    """Regions that hold a city the name before it may be, after a comma ("Thunder Bay,
    Ontario": the province, not Ontario of California)."""
    holder_countries: frozenset[str] = frozenset()
    """Countries that hold a city the name before it may be, after a comma, when this name
    may be that country ("Guatemala City, Guatemala": the country, not the city again)."""
    after_preposition: bool = False
    """A word that puts a place after it stands right before ("from", "da", "từ")."""
    listed_with: tuple[Span, ...] = ()
    """The mentions next to it in a list ("Tours and Bordeaux", "Lazio, Toscana")."""
    list_members: tuple[Span, ...] = ()
    """Every other mention of its list ("Shrewsbury, Hereford and Ludlow")."""
    dateline: bool = False
    """The name in capitals that opens a line before a dash, a full stop or a comma: where the story
    is filed from ("SULMONA – Sulmona ha una nuova città gemella", "HOF. Trotz ...")."""
    filed: bool = False
    """The name opens a line before a dash, perhaps after its date and agency, in any case
    ("Eger – Több mint ...", "Szeged, 2024. március 14. (MTI) –")."""
    demonym: str | None = None
    """The country whose nationality adjective the mention is written as ("German")."""
    after_title: bool = False
    """A title stands right before: a country there is the office's ("Tổng thống Mỹ")."""
    parenthesis_after: bool = False
    """The next mention is in parentheses right after it ("Morelia (México)")."""
    quarter_of: Span | None = None
    """The next mention, after a comma and "a"/"in"/"à"/"en" or after "in" ("Santa Croce, a
    Firenze"): the town the name may be a quarter or a street of."""
    bracketed_after: frozenset[str] = frozenset()
    """In parentheses right after the previous mention: the countries of its places
    ("Hamburg (Đức)"), where a country's name that is also a word is that country."""
    verb_follows: bool = False
    """A lower-case word follows after one space, in a sentence that the name opens: the
    name is the subject of a clause ("Olomouc navázala ...", "Буча прийняла ...")."""
    given_name: bool = False
    """The name is a first name too ("Florence", "Eugene"): opening a clause, a person."""
    twinning_word_before: bool = False
    """A word of twinning right before it ("COMITATO GEMELLAGGI MONTEBELLUNA"): a twinning
    body's name, which ends with its town."""
    opens_twinning_phrase: bool = False
    """It is the first word of a word of twinning ("Friendship City Agreement"): no place."""
    ends_a_heading: bool = False
    """It closes a short line with no stop after it ("Zusammenarbeit mit Lech am Arlberg"):
    an item's heading, where a place is named in full."""
    subject_verb: bool = False
    """A verb of the language's ``subject_verbs`` follows in a sentence that the name opens
    ("Bolzano welcomed"), not any lower-case word ("Sabha secretaries")."""
    heads_a_name: bool = False
    """"Of" and a capitalised name follow: the head of an institution's name ("the University
    of Waterloo", "Chamber of Commerce")."""
    capital_follows: bool = False
    """A capitalised word follows after one space ("Đức Hòa")."""
    of_name_follows: bool = False
    """A word of "of" in any language and a capitalised word follow: the word heads a
    building's or a body's name ("en Palacio de Gobierno", "à Maison de la Culture")."""
    capital_precedes: bool = False
    """A capitalised word stands one space before ("Hoài Đức", "Mỹ Đức")."""
    name_precedes: bool = False
    """That capitalised word is no place's name ("the South Plains"; not "Monza Brianza Lodi")."""
    person_follows: bool = False
    """A Vietnamese surname follows after one space ("Việt Nam Lê Quốc Bảo")."""
    head_follows: bool = False
    """A capitalised noun that ends a feature's name follows ("Summit Avenue")."""
    ends_a_name: bool = False
    """A capitalised word stands before a noun that heads a feature's name ("Kooragang
    Island", "Silk Road")."""
    translated_country: bool = False
    """The name is a country's in a few languages only and a big city's own name
    (``_translated_country``), computed once: each candidate's score asks."""
    bare_contenders: list[Candidate] | None = None
    """``_contenders`` with nothing placed and no kin, once computed (``_bare_contenders``)."""


@dataclass(slots=True)
class _Context:
    language: str | None
    countries: set[str] = field(default_factory=set)
    country_spans: dict[str, set[Span]] = field(default_factory=dict)
    """The spans of the mentions that name each of ``countries``."""
    demonyms: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    """Regions chosen in the document."""
    parents: set[str] = field(default_factory=set)
    """Regions that hold a chosen city or region."""
    kin: set[str] = field(default_factory=set)
    """Regions that hold a chosen place of ``places.toml`` (one of the Canary Islands)."""
    chosen: dict[str, set[Span]] = field(default_factory=dict)
    """Entities chosen in the document, with the spans of the mentions that named them."""
    marked: set[str] = field(default_factory=set)
    """Entities chosen where a wrapper of their kind marks them ("Saitama Prefecture"), or
    their country ("Latina (Italy)", "la ciudad argentina de Córdoba")."""
    placed: set[str] = field(default_factory=set)
    """Entities chosen where their country is written beside them: the story's sense of the
    name wherever it is written again."""
    spans: set[Span] = field(default_factory=set)
    """Spans of the mentions resolved to a place."""
    span_entities: dict[Span, Entity] = field(default_factory=dict)
    """The place each resolved mention names."""
    home: frozenset[str] | None = None
    """The countries of the text's own language when it is read with another's rules
    (``home_countries``: Danish's, read with Swedish's rules); ``None``: the rules
    language's."""
    language_countries: frozenset[str] = field(init=False)
    """Countries that speak the text's language."""
    home_countries: set[str] = field(default_factory=set)
    """The country of the town the story is filed from (its dateline): its own, as the
    language's countries are ("MAR DEL PLATA.– ... el puerto de Necochea")."""
    story_countries: set[str] = field(default_factory=set)
    """Countries of ``_STORY_TOWNS`` towns of the story or more, none of the language's: home
    countries too."""
    named_often: set[str] = field(default_factory=set)
    """Names written at least ``_OFTEN`` times, once at least after a place preposition: the
    town a local story is about ("a warm welcome in Dungarvan ...")."""
    towns: dict[str, set[str]] = field(default_factory=dict)
    """The towns chosen in the document, by country."""
    provinces: list[Entity] = field(default_factory=list)
    """Second-level regions the document names with no namesake ("Worcestershire"): known
    before the first pass, so that a town at their centre wins over a bigger namesake."""
    home_regions: set[str] = field(default_factory=set)
    """The regions of the towns written at least ``_OFTEN`` times: where a local story is
    told, whose neighbours it names bare ("las bodegas de Cafayate", in a story about
    Salta)."""
    province_centres: dict[str, list[Entity]] = field(default_factory=dict)
    """``provinces`` and the chosen second-level regions, by country, with coordinates
    (``_index_provinces``, after each change of either): a town's score asks for those of
    its country, not for a scan of every chosen place."""
    contenders: dict[int, list[Candidate]] = field(default_factory=dict)
    """Each evidence's ``_contenders`` (by ``id``) for ``contenders_of``'s ``placed`` and
    ``kin``: a pass asks once per mention, the next pass again with the same sets mostly."""
    contenders_of: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """The ``placed`` and ``kin`` that ``contenders`` holds the contenders for."""

    def __post_init__(self) -> None:
        self.language_countries = self.home if self.home is not None else \
            language_countries().get(self.language or "", frozenset())


def _in_abbreviated_region(entity: Entity, evidence: _Evidence) -> bool:
    return evidence.container_admin1 == (entity.country, entity.admin1)
