"""The people lexicons of one document language: titles, honorifics and the words around a
person's name, of the language and of English, built from the languages' rule files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from citypact.extract.actors.rules_language import LanguageRules
from citypact.extract.matchers.lexicon import Lexicon
from citypact.textnorm import fold


@dataclass(frozen=True, slots=True)
class PeopleLexicons:
    """Title and honorific lexicons for one document language (it plus English)."""

    honorifics: Lexicon
    titles: Lexicon
    plural_titles: Lexicon
    relative: Lexicon
    in_office: Lexicon
    """"as", "in qualità di": after a relative pronoun, the next title is the person's."""
    national: frozenset[str]
    diplomatic: frozenset[str]
    ambassadors: frozenset[str]
    municipal: frozenset[str]
    """Titles of a town's office (mayor, sindaco, Thị trưởng): their holder acts for a city."""
    regional: frozenset[str]
    """Offices of a region's government and words that make a role one ("governor",
    "assessore regionale", "conseiller régional"; folded): their holder acts for a region."""
    indefinite: frozenset[str]
    """Words before a title that make it someone new ("a mayor", "another minister")."""
    led_by: Lexicon
    """"led by", "headed by": the person named next heads a delegation."""
    delegation_from: Lexicon
    """"delegation from", "visitors from": the place named next sends the delegation."""
    with_words: frozenset[str] = frozenset()
    """"with": a place after it is a partner, not the place of a title after it."""
    no_place: frozenset[str] = frozenset()
    """Titles of a team's or a newsroom's people (coach, captain, reporter; folded): their
    holder acts for no place that the role does not name."""
    toward: frozenset[str] = frozenset()
    """"to": a place after it, in a person's sentence, is where the person goes, not the
    person's own; before the name too ("students will travel to Higashiomi, said board
    president Tom Reyes"; folded)."""
    speaker: frozenset[str] = frozenset()
    """Verbs of saying before a speaker's name ("..., said board president Tom Reyes";
    folded)."""
    origin: frozenset[str] = frozenset()
    """"from": a place after it and after the person's name is where their guests come
    from, not the person's own ("welcomed a delegation from Kumamoto"; folded)."""
    council: frozenset[str] = frozenset()
    """Titles of a town council's members ("councilmember", "alderman"; folded): their holder
    acts for the story's own town, not for the region around it."""
    counterpart: frozenset[str] = frozenset()
    """Titles of someone's counterpart ("his Japanese counterpart", "sein japanischer
    Amtskollege"; folded): after a country's adjective, its holder acts for the story's one
    town or region of that country."""
    corporate: frozenset[str] = frozenset()
    """Offices of a company ("managing director", "chief executive"; folded): their holder
    acts for a company of the story, never for the town of its dateline."""
    body_office: frozenset[str] = frozenset()
    """Titles that head a body ("segretario", "president"; folded): before the body's name."""
    body_of: frozenset[str] = frozenset()
    """Words that join such a title to the body's name ("della", "of"; folded)."""
    role_breaks: frozenset[str] = frozenset()
    """Auxiliary verbs, in lower case as written ("a", "has"): never in a role."""
    nationality_articles: frozenset[str] = frozenset()
    """Articles before a nationality's adjective used as a noun, right before a name ("la
    etíope Tigist Alemu"; folded): the adjective is the person's country."""
    academic: frozenset[str] = frozenset()
    """Offices of a university ("vice-chancellor", "registrar"; folded): their holder acts for
    the university the story is about (the first it names), never for the town of its
    dateline."""
    side: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"về phía" (on the side of): the body or place named next is the side of the people
    listed after it in the sentence ("Về phía Trường Đại học Cần Thơ có PGS.TS ..., Hiệu
    trưởng; TS. ..., Trưởng phòng ...")."""
    represented_by: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"North Sumatra was represented by", "and Phuket by": the place right before the
    phrase, or the one word inside it, is the place of the title and name right after."""
    trip: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"the mission of", "la visita del": the person named right after travels, so the
    places named before in the sentence are where they go, not their own."""
    town_nouns: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"città", "city": beside a country's adjective in a role ("la sindaca della città
    cilena"), the story's one town of that country."""
    accompanied: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"accompanied by": the person named right after goes on the trip the sentence names
    before ("durante la missione del sindaco ..., che sarà accompagnato dall'assessora")."""
    presence: Lexicon = field(default_factory=lambda: Lexicon(()))
    """"in the presence of": the people named after it in the sentence witness what the
    others sign, on the side of one of them, and are no side of their own."""
    government: frozenset[str] = frozenset()
    """Offices of a national government ("prime minister", "Bundesminister", "ministro";
    folded): their holder acts for his country, never for a town the story names. Not a
    minister of a region's government ("Wirtschaftsminister", listed as regional)."""
    regional_in: dict[str, frozenset[str]] = field(default_factory=dict)
    """Folded title -> the countries where it is a region's office (see ``LanguageRules``)."""
    office_in: dict[str, frozenset[str]] = field(default_factory=dict)
    """Folded title -> the countries whose local office it is ("starost": Poland)."""
    place_adjective_endings: tuple[str, ...] = ()
    """Endings glued to a place's name that make it a lower-case adjective ("debreceni",
    "pozsonyi"; folded): an office it qualifies is that place's."""
    office_honorifics: frozenset[str] = frozenset()
    """Honorifics that are an office's style ("Cllr", "Cr", "Coun."; folded): the role of a
    person they alone vouch for."""
    honorific_offices: dict[str, str] = field(default_factory=dict)
    """A folded office style -> the office it stands for ("cr" -> "councillor"): the role
    of a person it alone vouches for."""
    role_closers: frozenset[str] = frozenset()
    """Words that close a title's phrase and are no word of the role (folded): copulas
    before the name the title states ("ist", "is"), a verb after it ("dẫn đầu": "do ông X,
    Thị trưởng Y dẫn đầu")."""
    styles: frozenset[str] = frozenset()
    """Titles that are also a style of address ("councillor", "alderman"; folded): right
    before a name, after another office, that office is the role."""
    former: frozenset[str] = frozenset()
    """Words right before a title that say its holder held it once ("damalige", "former";
    folded): a town's former mayor leaves the town's office to its mayor of today."""
    venues: frozenset[str] = frozenset()
    """Prepositions glued to an article that say where ("au", "al", "im"; folded): the
    capitalised words right after one close a role's phrase as its venue, no one's name."""
    parties: frozenset[str] = frozenset()
    """Words that open a political party's name ("Đảng"; lower-cased with accents): a
    country named after one in an office is the party's ("Đảng Nhân dân Cách mạng Lào")."""


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words if fold(w))


def _people_lexicons(rules: Iterable[LanguageRules]) -> PeopleLexicons:
    """The title lexicons of a language's rules followed by English's."""
    rules = list(rules)
    accents = any(r.keep_accents for r in rules)
    own = rules[0]
    # A word of the language is read as the language uses it: Portuguese "a" is the article
    # of "a prefeita", not the English indefinite of "a mayor".
    own_words = _folded(own.function) - _folded(own.people["indefinite"])
    indefinite = _folded(own.people["indefinite"]) | (
        _folded(p for r in rules[1:] for p in r.people["indefinite"]) - own_words)

    def lexicon(key: str) -> Lexicon:
        return Lexicon(((p, key) for r in rules for p in r.people[key]), keep_accents=accents)

    return PeopleLexicons(
        honorifics=lexicon("honorifics"), titles=lexicon("titles"),
        plural_titles=lexicon("plural_titles"), relative=lexicon("relative"),
        in_office=lexicon("in_office"),
        national=_folded(p for r in rules for p in r.people["national"]),
        diplomatic=_folded(p for r in rules for p in r.people["diplomatic"]),
        ambassadors=_folded(p for r in rules for p in r.people["ambassadors"]),
        municipal=_folded(p for r in rules for p in r.people["municipal"]),
        regional=_folded(p for r in rules for p in r.people["regional"]),
        indefinite=indefinite,
        led_by=lexicon("led_by"), delegation_from=lexicon("delegation_from"),
        with_words=_folded(p for r in rules for p in r.people["with"]),
        no_place=_folded(p for r in rules for p in r.people["no_place"]),
        corporate=_folded(p for r in rules for p in r.people["corporate"]),
        counterpart=_folded(p for r in rules for p in r.people["counterpart"]),
        council=_folded(p for r in rules for p in r.people["council"]),
        toward=_folded(p for r in rules for p in r.people["toward"]),
        origin=_folded(p for r in rules for p in r.people["origin"]),
        speaker=_folded(p for r in rules for p in r.people["speaker"]),
        academic=_folded(p for r in rules for p in r.people["academic"]),
        body_office=_folded(p for r in rules for p in r.people["body_office"]),
        body_of=_folded(p for r in rules for p in r.people["body_of"]),
        role_breaks=frozenset(p.lower() for r in rules for p in r.people["role_breaks"]),
        nationality_articles=_folded(p for r in rules
                                     for p in r.people["nationality_articles"]),
        side=lexicon("side"), trip=lexicon("trip"),
        accompanied=lexicon("accompanied"), town_nouns=lexicon("town_nouns"),
        presence=lexicon("presence"),
        represented_by=Lexicon(
            ((p, "gapped" if "..." in p else "before") for r in rules
             for p in r.people["represented_by"]), keep_accents=accents),
        office_honorifics=_folded(p for r in rules for p in r.people["office_honorifics"]),
        styles=_folded(p for r in rules for p in r.people["styles"]),
        role_closers=_folded(p for r in rules for p in r.people["role_closers"]),
        parties=frozenset(p.lower() for r in rules for p in r.people["parties"]),
        venues=_folded(p for r in rules for p in r.people["venues"]),
        former=_folded(p for r in rules for p in r.people["former"]),
        honorific_offices={fold(style): office for r in rules
                           for style, office in r.honorific_offices},
        government=_folded(p for r in rules for p in r.people["government"]),
        regional_in={fold(title): frozenset(c for r in rules for t, c in r.regional_in
                                            if fold(t) == fold(title))
                     for r in rules for title, _ in r.regional_in},
        office_in={fold(title): frozenset(c for r in rules for t, c in r.office_in
                                          if fold(t) == fold(title))
                   for r in rules for title, _ in r.office_in},
        place_adjective_endings=tuple(sorted(_folded(
            p for r in rules for p in r.people["place_adjective_endings"]), key=len,
            reverse=True)),
    )
