"""Context cues around a name, compiled from the data files: wrappers, people, common words.

All lists are compared on folded keys (``name_key``), except Vietnamese
surnames written with diacritics, which must match with them ("Lê" is a
surname, "Le" a French article).

``PlaceCues`` compiles every list once; the cues of people (``person_cues``), of teams
(``team_cues``) and of a town's forms (``town_forms``) are its parts, the lists' keys are
made in ``cue_lists`` and the words around a name read in ``text_around``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citypact.extract.rules import load_rule_file, string_map, supported_languages
from citypact.gazetteer import rules
from citypact.gazetteer.capitals import CapitalPhrase, CapitalPhrases
from citypact.gazetteer.cue_lists import (
    GluedNames,
    _accented_like,
    _alternatives,
    _cased_like,
    _ending,
    _entries,
    _Entry,
    _in_language,
    _keys,
    _per_language,
)
from citypact.gazetteer.keys import (
    accent_key,
    has_diacritics,
    is_han,
    name_key,
    phrase_key,
    word_accent_key,
    word_key,
)
from citypact.gazetteer.person_cues import PersonCues
from citypact.gazetteer.team_cues import TeamCues
from citypact.gazetteer.text_around import (
    _SENTENCE_WINDOW,
    _WINDOW,
    _WORD,
    _first_word,
    _last_word,
    _listed_word_before,
    _nfc,
    _without_tail,
    _words_before,
)
from citypact.gazetteer.town_forms import TownForms
from citypact.model import PlaceKind, Span
from citypact.textnorm import fold

_CLOSERS = ",;:!?()[]\"“”«»|"
_MIN_ASCII_SURNAME = 3
_ABBREVIATED_REGION = re.compile(r",[ \t]*([A-Z][A-Za-z.]{1,5})(?![\w-])")


@dataclass(frozen=True, slots=True)
class Wrapper:
    """A wrapper found beside a name."""

    kind: PlaceKind
    span: Span
    before: bool = True
    """Written before the name ("città di Latina"), not after it ("Latina province")."""
    template: str | None = None
    """For the words of a metropolitan region ("Region Stuttgart"): the English name of
    the region around the city named, "{name}" standing for the city's name."""
    body: bool = False
    """A body's or an island's word ("Cabildo de", "Regierungsbezirk"): the spellings read
    only after one (``NameFlag.WRAPPED``) count here."""


_LIST_ADJECTIVE_WORDS = 3
"""Words between two listed names when the second has its nationality adjective: "en het
Duitse", "and the German"."""


class PlaceCues(PersonCues, TeamCues, TownForms):
    """The compiled cues; build once with ``PlaceCues.load()`` and share."""

    def __init__(self, wrappers: rules.Wrappers, people: rules.PeopleCues,
                 common: rules.CommonWords, demonyms: dict[str, str],
                 region_abbreviations: dict[str, tuple[str, str]] | None = None,
                 adjectives: dict[str, str] | None = None,
                 offices: tuple[str, ...] = (),
                 glued_names: GluedNames | None = None,
                 language_adjectives: dict[str, dict[str, str]] | None = None,
                 agencies: dict[str, str] | None = None,
                 world_agencies: frozenset[str] = frozenset(),
                 capitals: CapitalPhrases | None = None) -> None:
        self._read_wrappers(wrappers)
        self._read_people(people, common, offices, glued_names)
        self._read_common_words(common)
        self._read_word_patterns(common)
        self._demonyms = demonyms
        self._region_abbreviations = region_abbreviations or {}
        self._agencies = agencies or {}
        self._world_agencies = world_agencies
        self._capitals = capitals
        self._adjectives = {**(adjectives or {}), **demonyms}
        """Adjectives of nationality, for the one before a name ("la ciudad argentina de")."""
        self._language_adjectives = {lang: {**self._adjectives, **table}
                                     for lang, table in (language_adjectives or {}).items()}
        """Per language, ``_adjectives`` with those read in that language only ("lao")."""

    def _read_wrappers(self, wrappers: rules.Wrappers) -> None:
        """Index the words of place wrappers by the word that touches the name, and keep the
        words of facilities, companies, bodies and offices that wrap other names."""
        before = _entries(wrappers.before, wrappers.metropolitan_before)
        after = _entries(wrappers.after, wrappers.metropolitan_after)
        # Grouped by the word that touches the name (only those can match), longest first.
        self._before: dict[str, list[_Entry]] = {}
        for entry in before:
            self._before.setdefault(entry[0].rpartition(" ")[2], []).append(entry)
        self._after: dict[str, list[_Entry]] = {}
        for entry in after:
            self._after.setdefault(entry[0].partition(" ")[0], []).append(entry)
        self.wrapper_words = frozenset(key for key, _, _, _ in after)
        self._glued_after = tuple(entry for entry in after if is_han(entry[0]))
        """Words written glued after the name, in a script without spaces ("大阪府", "横浜市")."""
        self._region_after_rank: dict[str, int] = {}
        """The words of a region's wrapper after its name, each with its rank in the list."""
        for key, _, kind, template in after:
            if kind == "region" and template is None:
                self._region_after_rank.setdefault(key, len(self._region_after_rank))
        self._before_words = frozenset(w for key, _, _, _ in before for w in key.split())
        self._facility = frozenset(wrappers.facility_before)
        self._business_after = (*wrappers.company_after, *wrappers.facility_after)
        """A company's or a street's word after a name ("Corp.", "Place", "проспект")."""
        self._bodies = frozenset(name_key(w) for w in wrappers.bodies_before)
        self._banks = frozenset(wrappers.banks)
        self._region_offices = tuple(phrase_key(w) for w in wrappers.region_offices_after)

    def _read_people(self, people: rules.PeopleCues, common: rules.CommonWords,
                     offices: tuple[str, ...], glued_names: GluedNames | None) -> None:
        """Keep the titles, offices, given names and surnames that mark a person's name, which
        no place is."""
        # a given name of a language with no capitals marks a person as a title does
        self._titles = _keys((*people.titles, *(name for names in
                                                people.uncased_given_names.values()
                                                for name in names)))
        function_words = {k for ws in common.function.values() for k in _keys(ws)}
        # A capitalised title that is also a function word ("On", the Italian honorific,
        # and English "on") is a title only when written with its capital.
        self._cased_titles = frozenset(
            k for t in people.titles if t[:1].isupper() for k in [name_key(t)]
            if k in function_words)
        self._offices = _keys(offices)
        """The offices the actor rules read, of one word ("vicesindaco"): before a given
        name, what follows is the surname."""
        self._glued_names = glued_names
        self._given = _keys(people.given_names)
        self._honorifics = _keys(people.honorifics)
        self._vn_surnames = self._vietnamese(people.vietnamese_surnames)
        self._vn_middle = self._vietnamese(people.vietnamese_middle_names)
        self._vn_short_surnames = frozenset(
            k for k in _keys(people.vietnamese_surnames) if len(k) < _MIN_ASCII_SURNAME)
        self._east_asian = _keys(people.east_asian_surnames)
        self._given_after = _keys(people.given_names_after_surname)

    def _read_common_words(self, common: rules.CommonWords) -> None:
        """Keep, per language, the ordinary, function and cue words the place rules look up."""
        self._ambiguous = _per_language(common.ambiguous)
        self._ambiguous_accented = {lang: frozenset(accent_key(w) for w in ws if has_diacritics(w))
                                    for lang, ws in common.ambiguous.items()}
        self._function = _per_language(common.function)
        # Compared with their diacritics: Vietnamese "ở" (in) is not Italian "o" (or).
        self._prepositions = _per_language(common.place_prepositions, word_accent_key)
        self._coordinators = _per_language(common.coordinators, word_accent_key)
        self._twinning = _per_language(common.twinning, phrase_key)
        self._twinning_ends = {lang: frozenset(key.rpartition(" ")[2] for key in keys)
                               for lang, keys in self._twinning.items()}
        self._region_articles = _per_language(common.region_articles, word_accent_key)
        self._city_prepositions = _per_language(common.city_prepositions, word_accent_key)
        self._carried = _per_language(common.carried_wrappers, phrase_key)
        self._club_articles = _per_language(common.club_articles, word_accent_key)
        self._sport_words = _per_language(common.sport_words, phrase_key)
        self._opponents = _per_language(common.opponents, phrase_key)
        self._feature_nouns = _per_language(common.feature_nouns)
        self._name_heads = _per_language(common.name_heads)
        self._feature_words = _per_language(common.feature_words)
        self._feature_heads = _per_language(common.feature_heads)
        self._subject_verbs = _per_language(common.subject_verbs)

    def _read_word_patterns(self, common: rules.CommonWords) -> None:
        """Compile, per language, the patterns and tables of word forms: bodies and appositions
        of towns, teams, contractions, genitives, town adjectives, case endings, particles."""
        self._town_bodies = {
            lang: re.compile(rf"\s+({_alternatives(bodies)})\s*\(([A-Z][A-Za-z]{{1,7}})\)")
            for lang, bodies in common.town_bodies.items() if bodies}
        self._new_town_words = frozenset(
            w for words in _per_language(common.new_town_words).values() for w in words)
        self._apposed_towns = {
            lang: re.compile(rf"\s*,\s+(?:{_alternatives(articles)})\s+"
                             rf"(?:[a-z][\w'-]*\s+){{0,2}}?"
                             rf"({_alternatives(common.apposition_towns.get(lang, ()))})\b")
            for lang, articles in common.apposition_articles.items()
            if articles and common.apposition_towns.get(lang)}
        self._teams = {lang: (_keys(ws), frozenset(word_key(a) for a in
                                                   common.team_articles.get(lang, ())))
                       for lang, ws in common.team_names.items() if ws}
        self._article_towns = {lang: (_keys(ws), frozenset(word_key(a) for a in
                                                           common.team_articles.get(lang, ())))
                               for lang, ws in common.article_towns.items() if ws}
        # keyed folded, as they are looked up ("á Coruña" is "a Coruña")
        self._contractions = {lang: {word_key(w.partition(">")[0]): w.partition(">")[2]
                                     for w in ws}
                              for lang, ws in common.contractions.items() if ws}
        self._lowercase_articles = {lang: frozenset(word_key(w) for w in ws)
                                    for lang, ws in common.lowercase_articles.items() if ws}
        self._relatives = {lang: frozenset(word_key(w) for w in ws)
                           for lang, ws in common.relative_pronouns.items() if ws}
        self._genitives = {lang: (tuple(_ending(w) for w in ws), frozenset(
            word_key(a) for a in common.genitive_articles.get(lang, ())))
                           for lang, ws in common.genitive_endings.items() if ws}
        self._town_adjectives = {lang: tuple(_ending(w) for w in ws)
                                 for lang, ws in common.town_adjective_endings.items() if ws}
        self._town_adjective_stops = _per_language(common.town_adjective_stops, word_key)
        self._town_adjective_forms = {
            lang: {word_key(a): n for a, n in (w.split(">", 1) for w in ws)}
            for lang, ws in common.town_adjective_forms.items() if ws}
        self._town_adjective_nouns = _per_language(common.town_adjective_nouns, word_key)
        self._case_endings = {lang: tuple((e.partition(">")[0], e.partition(">")[2]) for e in ws)
                              for lang, ws in common.case_endings.items() if ws}
        self._locative_endings = {lang: tuple(ws) for lang, ws in common.locative_endings.items()
                                  if ws}
        self._body_adjectives = _per_language(common.body_adjectives)
        self._town_endings = {lang: tuple((e.partition(">")[0], e.partition(">")[2])
                                          for e in ws)
                              for lang, ws in common.body_adjective_endings.items() if ws}
        self._glued = {lang: frozenset(status + particle
                                       for status in ("", *common.glued_status.get(lang, ()))
                                       for particle in ("", *ws))
                       for lang, ws in common.glued_particles.items() if ws}

    @staticmethod
    def _vietnamese(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        accented = frozenset(accent_key(w) for w in words)
        return accented, frozenset(k for k in _keys(words) if len(k) >= _MIN_ASCII_SURNAME)

    @classmethod
    def load(cls) -> PlaceCues:
        """Read and compile every cue file."""
        demonyms = {name_key(d): c.code for c in rules.load_country_names() for d in c.demonyms}
        table = load_rule_file("links", "demonyms.toml")
        adjectives = {name_key(a): code for section in ("demonyms", "regional")
                      for a, code in string_map(table, section, "demonyms.toml").items()}
        languages = table.get("languages", {})
        by_language = {lang: {name_key(a): code for a, code in string_map(
            languages, lang, "demonyms.toml").items()} for lang in languages}
        offices = tuple(t for lang in supported_languages() for t in load_rule_file(
            "actors", f"{lang}.toml").get("people", {}).get("titles", []) if isinstance(t, str))
        return cls(rules.load_wrappers(), rules.load_people(), rules.load_common_words(),
                   demonyms, rules.load_region_abbreviations(), adjectives, offices,
                   GluedNames.load(), by_language, rules.load_agencies(),
                   rules.load_world_agencies(), CapitalPhrases.load())

    # --- wrappers -------------------------------------------------------------

    def wrapper_before(self, text: str, start: int) -> Wrapper | None:
        """An administrative word just before ``start`` ("Comune di", "tỉnh", "TP.",
        "ville d'")."""
        raw = text[max(0, start - _WINDOW):start]
        stripped = raw.rstrip()
        # Folding the window is the costly part: first check its last word.
        if not stripped or stripped[-1] in _CLOSERS or (
                word_key(_last_word(_nfc(stripped))) not in self._before):
            return None
        folded = phrase_key(stripped)
        # The wrapper ends at its last letter: an elided one ("d'") ends before its apostrophe.
        end = start - len(raw) + len(_without_tail(stripped))
        for key, written, kind, template in self._before.get(folded.rpartition(" ")[2], ()):
            if (folded == key or folded.endswith(" " + key)) and (
                    not stripped.endswith(".") or written.endswith(".")):
                span = (end - len(key), end)
                if template is not None and raw.endswith("-"):
                    # a metropolitan word joined by a hyphen begins a name of its own ("le
                    # col du Grand-Saint-Bernard", "Grand-Bassam"), no greater town
                    continue
                if (template is None or _cased_like(text[span[0]:span[1]], written)) and \
                        _accented_like(text[span[0]:span[1]], written):
                    return Wrapper(kind, span, True, template, key in self._bodies)
        return None

    def wrapper_after(self, text: str, end: int) -> Wrapper | None:
        """An administrative word just after ``end`` ("province", "City", "Oblast")."""
        raw = text[end:end + _WINDOW]
        if raw and is_han(raw[0]):
            return next((Wrapper(kind, (end, end + len(key)), False, template)
                         for key, _, kind, template in self._glued_after
                         if raw.startswith(key)), None)
        stripped = raw.lstrip(" -")
        if not stripped or not stripped[0].isalnum() or (
                word_key(_first_word(_nfc(stripped))) not in self._after):
            return None
        folded = phrase_key(stripped)
        offset = end + len(raw) - len(stripped)
        for key, written, kind, template in self._after.get(folded.partition(" ")[0], ()):
            if folded == key or folded.startswith(key + " "):
                span = (offset, offset + len(key))
                if (template is None or _cased_like(text[span[0]:span[1]], written)) and \
                        _accented_like(text[span[0]:span[1]], written):
                    return Wrapper(kind, span, False, template)
        return None

    def agency_country_after(self, text: str, end: int) -> str | None:
        """The country of a national news agency tagged in brackets after a dateline's town
        and its date ("Marburg (dpa) –", "Valencia, 14 mar (EFE)"): its towns' names."""
        tag = _AGENCY_AFTER.match(text, end)
        return None if tag is None else self._agencies.get(fold(tag.group(1)))

    def agency(self, tag: str) -> bool:
        """A news agency's tag, national or of the world ("dpa", "بترا", "رويترز")."""
        key = fold(tag.strip())
        return key in self._agencies or key in self._world_agencies

    def abbreviated_region_after(self, text: str, end: int) -> tuple[Span, str, str] | None:
        """The span, country and English name of a region written abbreviated right after
        a name and its comma ("Springfield, Ill.", "Springfield, IL"), exactly as listed."""
        match = _ABBREVIATED_REGION.match(text, end)
        if match is None:
            return None
        spelling = match.group(1)
        for written in (spelling, spelling.rstrip(".")):
            if written in self._region_abbreviations:
                country, region = self._region_abbreviations[written]
                return (match.start(1), match.start(1) + len(written)), country, region
        return None

    def bank_before(self, text: str, start: int) -> bool:
        """A river's bank, then a function word or two, right before the name ("les bords de
        l'Elbe", "a orillas del Ebro"): the name is the river's, not a town's; so is a
        mountain's after its tunnel or massif ("le tunnel du Fréjus")."""
        end = start - 1 if text[start - 1:start] in "'’" else start
        words = _words_before(text, end, _BANK_REACH + 1)
        between = 0
        while words and between < _BANK_REACH and self.function_word(name_key(words[-1][0]),
                                                                     None):
            words, between = words[:-1], between + 1
        return between > 0 and bool(words) and words[-1][0] in self._banks

    def company_after(self, text: str, end: int) -> bool:
        """A company's word right after the name that ends at ``end``, one space between
        ("Toyota Motor Corp.", "Hitachi Ltd."): the name is the company's; so is a street's
        or a square's word ("Salamanca Place", "Московский проспект") the street's."""
        if text[end:end + 1] != " ":
            return False
        rest = text[end + 1:end + 1 + _WINDOW]
        # most names are followed by none of the words: one test of them all first
        return rest.startswith(self._business_after) and any(rest.startswith(word) and not (
            rest[len(word):len(word) + 1].isalnum() and word[-1].isalnum())
                   for word in self._business_after)

    def facility_before(self, text: str, start: int) -> bool:
        """A facility noun right before the name: a building's name ("tháp Tokyo Skytree")."""
        words = _words_before(text, start, 1)
        return bool(words) and words[-1][0] in self._facility

    # --- common words -----------------------------------------------------------

    def ambiguous(self, surface: str, language: str | None) -> bool:
        """An ordinary word of the language (of any language when unknown).

        A surface written with diacritics is compared with them ("Huế" is not "huệ").
        """
        languages = [language] if language in self._ambiguous else list(self._ambiguous)
        if has_diacritics(surface):
            wanted = accent_key(surface)
            return any(wanted in self._ambiguous_accented[lang] for lang in languages)
        key = name_key(surface)
        return any(key in self._ambiguous[lang] for lang in languages)

    def function_word(self, key: str, language: str | None) -> bool:
        """A function word of the language (of any language when unknown)."""
        if language in self._function:
            return key in self._function[language]
        return any(key in words for words in self._function.values())

    def distinctive(self, key: str, language: str | None) -> bool:
        """Whether a key has a word that is not a function, wrapper or ambiguous word."""
        return any(not (self.function_word(word, language) or word in self.wrapper_words
                        or word in self._before_words or self.ambiguous(word, language))
                   for word in key.split())

    def common_phrase(self, key: str, language: str | None) -> bool:
        """Whether a key is one ordinary word of the language, with function words around it
        ("la chambre", "el puerto", "reunion"; not "long an", two words of a compound)."""
        content = [w for w in key.split() if not self.function_word(w, language)]
        return len(content) == 1 and self.ambiguous(content[0], language)

    def place_preposition_before(self, text: str, start: int, language: str | None) -> bool:
        """A word that puts a place after it ("from", "da", "aus", "từ") right before
        ``start``."""
        words = _words_before(text, start, 2)
        if not words or text[words[-1][1] + len(words[-1][0]):start].strip():
            return False
        # one word ("from"), or a verb and its preposition ("leaving for"), whose words are
        # only spaces apart
        pair = len(words) == 2 and not text[words[0][1] + len(words[0][0]):words[1][1]].strip()
        return _in_language(word_accent_key(words[-1][0]), self._prepositions, language) or (
            pair and _in_language(" ".join(word_accent_key(w) for w, _ in words),
                                  self._prepositions, language))

    def twinning_before(self, text: str, start: int, language: str | None) -> bool:
        """A word of twinning earlier in the sentence ("Le città gemellate con Pesaro sono
        ...", "Pesaro's twin towns are ...")."""
        window = text[max(0, start - _SENTENCE_WINDOW):start]
        boundary = max(window.rfind(". "), window.rfind("! "), window.rfind("? "),
                       window.rfind("\n"))
        folded = f" {phrase_key(window[boundary + 1:])} "
        lists = ([self._twinning[language]] if language in self._twinning
                 else list(self._twinning.values()))
        return any(f" {key} " in folded for words in lists for key in words)

    def twinning_word_before(self, text: str, start: int, language: str | None) -> bool:
        """A word of twinning right before the name, one space between, as a twinning body's
        name ends with its town ("COMITATO GEMELLAGGI MONTEBELLUNA")."""
        if text[start - 1:start] not in (" ", "\t") or text[start - 2:start - 1].isspace():
            return False
        window = text[max(0, start - _SENTENCE_WINDOW):start]
        languages = [language] if language in self._twinning else list(self._twinning)
        # The word before the name, folded alone, is the last word of the folded window: one
        # that ends no phrase of twinning tells without folding the window (for each name).
        before = window[:-1].rsplit(None, 1)
        last = phrase_key(before[-1]).rpartition(" ")[2] if before else ""
        if last and not any(last in self._twinning_ends[lang] for lang in languages):
            return False
        folded = f" {phrase_key(window)}"
        return any(folded.endswith(f" {key}") for lang in languages
                   for key in self._twinning[lang])

    def opens_twinning_phrase(self, text: str, start: int, language: str | None) -> bool:
        """The name is the first word of a word of twinning of several words written on from
        it ("Friendship City Agreement", "Beihai | China | Friendship city"): the phrase's
        word, no place (Friendship, Maine)."""
        folded = f"{phrase_key(text[start:start + _WINDOW])} "
        lists = ([self._twinning[language]] if language in self._twinning
                 else list(self._twinning.values()))
        return any(" " in key and folded.startswith(f"{key} ") for words in lists
                   for key in words)

    def twinning_apposition(self, text: str, start: int, language: str | None) -> Wrapper | None:
        """A town named in apposition right after a word of twinning and its comma marks
        its kind as a wrapper would ("its German twin town, Miesbach, ...", "our sister city,
        Nishinomiya")."""
        head = text[max(0, start - _SENTENCE_WINDOW):start].rstrip()
        if not head.endswith(","):
            return None
        folded = f" {phrase_key(head[:-1])}"
        lists = ([self._twinning[language]] if language in self._twinning
                 else list(self._twinning.values()))
        comma = start - len(text[max(0, start - _SENTENCE_WINDOW):start]) + len(head) - 1
        return Wrapper("city", (comma, comma + 1)) if any(
            folded.endswith(f" {key}") for words in lists for key in words) else None

    def town_apposition(self, text: str, end: int, language: str | None) -> Wrapper | None:
        """An apposition after the name and its comma that calls it a town ("Soave, a wine
        town east of Verona"), in the text's language: it marks the kind as a wrapper
        would, its noun the wrapper's span."""
        pattern = self._apposed_towns.get(language or "")
        found = pattern.match(text, end, min(len(text), end + _WINDOW)) if pattern else None
        return Wrapper("city", found.span(1), False) if found is not None else None

    def lower_case_title_after(self, text: str, end: int) -> bool:
        """Whether a title or a town's noun written in lower case follows the word that ends
        at ``end``, one space between ("Gdańsks borgmästare", "Sundsvalls kommun", Swedish:
        the genitive before an office or a town's body names its town; a German noun after a
        genitive, "Opoles Stadtpräsident", is capitalised and left to the other cues)."""
        match = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        key = name_key(match.group()) if match is not None else ""
        return bool(key) and match is not None and match.group().islower() and (
            key in self._titles or key in self.wrapper_words)

    def region_office_after(self, text: str, end: int) -> bool:
        """Whether a region's office follows the name that ends at ``end`` ("Akita Vice
        Governor", "Toyama Gov.")."""
        folded = phrase_key(text[end:end + _WINDOW].lstrip(" -"))
        return any(folded == key or folded.startswith(key + " ") for key in self._region_offices)

    def bare_region_key(self, key: str) -> str | None:
        """The key of a region's name without the wrapper it ends with ("saitama" of
        "saitama prefecture"), if it ends with one."""
        # the first wrapper of the list that ends the key, found from the key's spaces (a
        # loop over the wrappers was most of the time of the carried wrappers)
        ends = [(self._region_after_rank[key[cut + 1:]], cut)
                for cut, char in enumerate(key) if char == " " and cut
                and key[cut + 1:] in self._region_after_rank]
        return key[:min(ends)[1]] if ends else None

    def carried(self, text: str, wrapper: Wrapper, language: str | None) -> bool:
        """Whether a region wrapper holds for the bare mentions of its name elsewhere in the
        text, in the text's language ("tỉnh Kampong Cham ... Kampong Cham")."""
        return wrapper.kind == "region" and wrapper.before and phrase_key(
            text[wrapper.span[0]:wrapper.span[1]]) in self._carried.get(language or "", ())

    def region_article_before(self, text: str, start: int, language: str | None) -> Span | None:
        """The span of an article that a region's name takes and a town's does not, right
        before ``start`` ("au Québec", "nel Québec"), in the text's language only."""
        return _listed_word_before(text, start, self._region_articles.get(language or ""))

    def city_preposition_before(self, text: str, start: int, language: str | None
                                ) -> Span | None:
        """The span of a preposition that a town's name takes and a region's or a country's
        does not, right before ``start`` ("à Luxembourg", "à Québec"), in the text's language
        only."""
        return _listed_word_before(text, start, self._city_prepositions.get(language or ""))

    def ends_a_name(self, text: str, start: int, key: str, language: str | None) -> bool:
        """A noun of ``name_heads`` ("Island", "Road") right after a capitalised word that is
        no function word and no possessive ("Kooragang Island", "Silk Road"; not "The
        Island", "Vietnam's Island"): the head of a feature's name, in the text's language."""
        if key not in self._name_heads.get(language or "", frozenset()):
            return False
        before = _NAME_WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
        return before is not None and not self.function_word(
            name_key(before.group(1)), language)

    def head_follows(self, text: str, end: int, language: str | None) -> bool:
        """A capitalised noun of ``name_heads`` right after the name ("Summit Avenue", "Metro
        Transit"): the name is the first word of a feature's or a body's name."""
        after = _NAME_WORD_AFTER.match(text, end)
        return after is not None and name_key(after.group(1)) in self._name_heads.get(
            language or "", frozenset())

    def feature_word_before(self, text: str, start: int, language: str | None) -> bool:
        """A noun of ``feature_words`` right before the name ("Lake Superior", "Mount Kenya";
        in lower case too, as Italian writes its rivers and streets: "il fiume Brenta", "in
        via Roma"), in the text's language: the name is the feature's."""
        words = self._feature_words.get(language or "", frozenset())
        if not words:
            return False  # a language with no such nouns needs no search before each name
        if any(before is not None and name_key(before.group(1)) in words
               for pattern in (_FEATURE_WORD_BEFORE, _FEATURE_PHRASE_BEFORE)
               for before in [pattern.search(text, max(0, start - _WINDOW), start)]):
            return True
        # the second word of a feature's name of two ("Kecamatan Medan Johor"): the first
        # is the feature noun's, the name after it too
        two = _FEATURE_PHRASE_BEFORE.search(text, max(0, start - _WINDOW), start)
        return two is not None and two.group(1).split()[1][:1].isupper() and name_key(
            two.group(1).split()[0]) in words

    def feature_head_after(self, text: str, end: int, language: str | None) -> bool:
        """A noun of ``feature_heads`` right after the name, in either case ("the Senegal
        River"), in the text's language: the name is the feature's."""
        after = _WORD_AFTER.match(text, end)
        return after is not None and name_key(after.group(1)) in self._feature_heads.get(
            language or "", frozenset())

    def subject_verb_after(self, text: str, end: int, language: str | None) -> bool:
        """A verb of ``subject_verbs`` right after the name, after one space ("Bolzano
        welcomed"): the name is the subject of a clause."""
        after = _WORD_AFTER.match(text, end)
        return text[end:end + 1] == " " and after is not None and name_key(
            after.group(1)) in self._subject_verbs.get(language or "", frozenset())

    def body_acronym_after(self, text: str, span: Span, language: str | None
                           ) -> tuple[str, int] | None:
        """The acronym of the town's own government named right after the town's name, in
        brackets after it ("Sylhet City Corporation (SCC)"), and where its bracket closes;
        the acronym's capitals must be the initials of the town's and the body's words."""
        pattern = self._town_bodies.get(language or "")
        found = pattern.match(text, span[1], min(len(text), span[1] + _WINDOW)) \
            if pattern else None
        if found is None:
            return None
        words = f"{text[span[0]:span[1]]} {found.group(1)}".replace("-", " ").split()
        initials = "".join(w[0] for w in words if w[0].isupper())
        acronym = found.group(2)
        return (acronym, found.end()) if "".join(
            c for c in acronym if c.isupper()) == initials else None

    def new_town_word_before(self, text: str, start: int) -> bool:
        """A capitalised word of ``new_town_words`` of any language right before the name
        ("Nova Trento", "New Lisbon"): the name is a younger town's, which may be named in a
        text of any language."""
        before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
        return before is not None and before.group(1)[0].isupper() and name_key(
            before.group(1)) in self._new_town_words

    def feature_of(self, key: str, gap: str, language: str | None) -> bool:
        """A harbour's or a bridge's noun ("Porto") before "de"/"di" and the next place
        ("Porto de Paranaguá"), in the text's language only."""
        return key in self._feature_nouns.get(language or "", frozenset()) and bool(
            _OF_GAP.fullmatch(gap))

    def list_gap(self, gap: str, language: str | None) -> bool:
        """Whether the text between two names joins them in a list (", ", " and ", ", e "),
        also through the nationality adjective of the second ("Delft en het Duitse
        Erlangen")."""
        words = gap.replace(",", " ").replace(";", " ").split()
        if len(words) > 1:
            return len(words) <= _LIST_ADJECTIVE_WORDS and _in_language(
                word_accent_key(words[0]), self._coordinators, language) and (
                word_key(words[-1]) in self._adjectives) and all(
                _in_language(name_key(w), self._function, language) for w in words[1:-1])
        if not words:
            return bool(gap.strip()) and not gap.strip(" ,;")
        return _in_language(word_accent_key(words[0]), self._coordinators, language)

    def adjective_joined(self, text: str, end: int) -> bool:
        """Whether a nationality adjective is hyphen-joined after the name ("US-amerikanischen",
        "Sino-"): the pair is an adjective, and names no place."""
        match = _WORD.match(text, end + 1) if text[end:end + 1] == "-" else None
        return match is not None and word_key(match.group()) in self._adjectives

    def _adjectives_of(self, language: str | None) -> dict[str, str]:
        return self._language_adjectives.get(language or "", self._adjectives)

    def demonym_before(self, text: str, start: int, language: str | None = None) -> str | None:
        """The country of a nationality adjective that the name follows through wrapper or
        function words only ("la ciudad argentina de Córdoba", "the Argentine city of"):
        it says where the place is, as "(Argentina)" after it would."""
        words = _words_before(text, start, 4)
        for index in range(len(words) - 1, -1, -1):
            word, offset = words[index]
            if any(ch in ",.;:!?()" for ch in text[offset:start]):
                return None
            adjectives = self._adjectives_of(language)
            code = adjectives.get(word_key(word))
            if code is None and index and text[offset - 1:offset] == "-":
                code = adjectives.get(word_key(words[index - 1][0] + word))  # cabo-verdiana
            if code:
                return None if self._people_noun(words, index) else code
            key = word_key(word)
            if key not in self._before_words and not self.function_word(key, None) and not (
                    _in_language(word_accent_key(word), self._prepositions, language)):
                # (a word that puts a place after it goes too: "srbskej obce Báčsky Petrovec")
                return None
        return None

    def _people_noun(self, words: list[tuple[str, int]], index: int) -> bool:
        """Whether the nationality word at ``index`` names its people, right before "of" and
        the name and after an article or nothing ("la Comunità degli Italiani di Pola"): they
        live there, which may be abroad, as no adjective of a place's noun says."""
        if index != len(words) - 2 or not _OF_GAP.fullmatch(f" {words[-1][0]} "):
            return False
        before = word_key(words[index - 1][0]) if index else ""
        return not before or (before not in self._before_words
                              and self.function_word(before, None))

    def demonym_country(self, surface: str, language: str | None = None) -> str | None:
        """The country of a nationality adjective written alone ("German" -> DE)."""
        return self._adjectives_of(language).get(word_key(surface)) \
            if " " not in surface.strip() else None

    def capital_phrases(self, text: str, language: str | None) -> list[CapitalPhrase]:
        """The phrases naming a country's capital by its adjective ("the Portuguese capital")."""
        return list(self._capitals.find(text, language)) if self._capitals else []

    def demonym_countries(self, text: str) -> set[str]:
        """Countries whose demonyms the text uses ("Vietnamese" -> VN)."""
        found = set()
        for word in set(_WORD.findall(text)):
            code = self._demonyms.get(word_key(word))
            if code:
                found.add(code)
        return found


_AGENCY_AFTER = re.compile(r"(?:,[^\n,()]{1,30}){0,2}(?:[ \t][^\n,()]{1,30}(?=\())?[ \t]*"
                           r"\(([^()\n]{2,20})\)")
"""A dateline's date, then a tag in brackets: "Marburg (dpa)", "Madrid, 14 mar (EFE)", "عمان
21 نيسان (بترا)" (no comma before the date)."""
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)[ \t]$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]\w*)[ \t]$")
"""A word right before: one space between."""
"""A capitalised word, not an acronym, right before: one space between."""
_FEATURE_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]$")
"""A word right before, in either case and with its accents ("le fleuve", "el río"): one
space between."""
_FEATURE_PHRASE_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+[ \t][^\W\d_]+)[ \t]$")
"""Two words right before: a feature's noun and its "of" ("le Bocche di Bonifacio")."""
_WORD_AFTER = re.compile(r"[ \t]([^\W\d_]+)(?:['’]s)?(?![\w'’-])")
"""A word right after, in either case: one space between; perhaps in the possessive ("the
Hudson Valley's heritage month")."""
_NAME_WORD_AFTER = re.compile(r"[ \t]([A-Z][a-z]+)(?![\w'’])")
"""A capitalised word, not an acronym, right after: one space between."""
_OF_GAP = re.compile(r"[ \t]+(?:de|do|da|dos|das|di|del|dello|della|du|des|d['’])[ \t]*",
                     re.IGNORECASE)


_BANK_REACH = 2
"""Most function words between a river's bank and its name ("de l'", "del")."""
