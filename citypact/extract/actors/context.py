"""What the actor extractors know about one document: tokens, places, blocked words."""

from __future__ import annotations

from dataclasses import dataclass, field

from citypact.extract.actors.names import NameFinder
from citypact.extract.actors.rules import ActorRules, PeopleLexicons, word_key
from citypact.extract.actors.text import COORDINATORS, TokenizedText
from citypact.extract.pipeline import Doc
from citypact.gazetteer.keys import has_diacritics
from citypact.model import Place
from citypact.textnorm import fold

VIETNAMESE_SYLLABLE = 6
"""Letters of a Vietnamese syllable written without its accents, at most ("Nguyen")."""
MIN_ADJECTIVE_STEM = 4
"""Letters of a town's name before the ending that makes it an adjective ("pécs-i")."""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    """Token range ``[start, end)``."""
    place: Place


@dataclass(slots=True)
class ActorContext:
    """One document seen by the actor rules."""

    doc: Doc
    rules: ActorRules
    tokens: TokenizedText
    names: NameFinder
    """Every occurrence of a name among the tokens."""
    places: list[PlaceMention]
    place_at: dict[int, PlaceMention]
    local_government: set[int]
    """Tokens inside a local-government phrase ("People's Committee", "Comune di")."""
    function_words: frozenset[str]
    keep_accents: bool
    people: PeopleLexicons
    demonyms: dict[str, str] = field(default_factory=dict)
    """Adjectives of nationality of the document's language (folded) -> country."""
    title_tokens: frozenset[int] = frozenset()
    """Tokens of a person's title ("Bộ trưởng"): never the head of an organisation."""
    honorific_tokens: frozenset[int] = frozenset()
    """Tokens of an honorific or a rank: never the head of an organisation either ("Air
    Commodore Mahbubur Rahman" is no airline)."""
    org_at: dict[int, str] = field(default_factory=dict)
    """Token index -> name of the organisation mentioned there (filled by organisations)."""
    head_at: dict[int, str] = field(default_factory=dict)
    """Token index -> type of the organisation head written there ("Phòng Thương mại")."""
    place_after_noun: dict[int, int] = field(default_factory=dict)
    """Token index of a place noun ("tỉnh") -> end of the place written right after it."""
    head_tokens: frozenset[int] = frozenset()
    """Tokens where an organisation's head is written ("Sở", "Đại học")."""
    opening_heads: frozenset[int] = frozenset()
    """First tokens of the heads a body's name follows ("Universiti", "Università")."""
    coordinators: frozenset[str] = COORDINATORS
    """Folded words for "and" in the document's language (Catalan "i" too)."""
    surname_joiners: frozenset[str] = frozenset()
    """Folded words that join a person's two surnames in the document's language."""
    titles_follow_names: bool = False
    """The language writes a title in lower case right after the name ("Papp László
    polgármester")."""
    surname_first: bool = False
    """The language writes the surname first and the given name last ("Papp László")."""
    bare_place_nouns: frozenset[int] = frozenset()
    """Tokens of a place noun right after a local-government phrase and before no place
    ("Phó Chủ tịch UBND TP Võ Văn Hoan": the city's committee, named by its noun alone)."""
    place_noun_ends: frozenset[int] = frozenset()
    """Token indices right after a place noun ("huyện Lục Yên": where the district's name
    starts)."""

    def is_function(self, i: int) -> bool:
        return word_key(self.tokens.tokens[i].text, self.keep_accents) in self.function_words

    def joins_surnames(self, k: int) -> bool:
        """Token ``k`` joins two surnames of one person ("Jordi Ferrer i Sala", the
        "Universitat Rovira i Virgili" named after one): a joiner between capitalised words,
        before one surname alone (not "Jordi Ferrer i Marta Puig", two people)."""
        tokens, after = self.tokens, k + 1
        return (self.tokens.folded[k] in self.surname_joiners and 0 < k < len(tokens) - 1
                and tokens.joined(k) and tokens.joined(after)
                and tokens.tokens[k - 1].is_capitalised and tokens.tokens[after].is_word
                and tokens.tokens[after].is_capitalised and not self.is_function(after)
                and after not in self.place_at and after not in self.head_tokens
                and tokens.folded[after] not in self.rules.given_names
                and not (after + 1 < len(tokens) and tokens.joined(after + 1)
                         and tokens.tokens[after + 1].is_word
                         and tokens.tokens[after + 1].is_capitalised))

    def is_demonym(self, i: int) -> bool:
        word = self.tokens.folded[i]
        # a given name written with its accent is no demonym ("el intendente Germán Bossio")
        return word in self.demonyms and not (
            word in self.rules.given_names and has_diacritics(self.tokens.tokens[i].text))

    def is_name_word(self, i: int) -> bool:
        """A capitalised word that may belong to a name (not a function word or demonym)."""
        token = self.tokens.tokens[i]
        return (token.is_word and token.is_capitalised and not self.is_function(i)
                and not self.is_demonym(i) and not token.text[0].isdigit())

    def place_of_adjective(self, i: int) -> Place | None:
        """The story's town or region an adjective names by an ending of the language glued
        to its name ("a pozsonyi főpolgármester", "Kovács Péter debreceni polgármester",
        where the story writes "Pozsony", "Debrecenben"; capitalised in a body's name:
        "председатель Витебского горисполкома"), if any; never a place's own name."""
        token = self.tokens.tokens[i]
        if not token.is_word or i in self.place_at:
            return None
        word = self.tokens.folded[i]
        endings = self.rules.place_case_endings.get(self.doc.rules_language or "", frozenset())
        for ending in self.people.place_adjective_endings:
            stem = word[:len(word) - len(ending)]
            if not word.endswith(ending) or len(stem) < MIN_ADJECTIVE_STEM:
                continue
            for mention in self.places:
                if mention.place.kind == "country":
                    continue
                written = " ".join(self.tokens.folded[mention.start:mention.end])
                if any(name == stem or (name.startswith(stem) and name[len(stem):] in endings)
                       for name in (written, fold(mention.place.name))):
                    return mention.place
        return None

    def opens_vietnamese_name(self, i: int) -> bool:
        """A Vietnamese surname that is also a word of the lists ("Đoàn", a delegation)
        before two capitalised words, the middle and given names ("ông Đoàn Văn Hải")."""
        tokens = self.tokens
        if tokens.folded[i] not in self.rules.vietnamese_surnames or i + 2 >= len(tokens) \
                or not all(tokens.tokens[j].is_word and tokens.tokens[j].is_capitalised
                           and tokens.joined(j) for j in (i + 1, i + 2)):
            return False
        if self.keep_accents:
            return tokens.folded[i + 1] in self.rules.vietnamese_middle
        # in another language, written without its accents ("il rettore dell'Università di
        # Huế, Le Anh Phuong"): in a story of Vietnam, two short syllables end the name
        after = i + 3
        return any(p.country == "VN" for p in self.doc.places) and all(
            len(tokens.folded[j]) <= VIETNAMESE_SYLLABLE and tokens.folded[j].isalpha()
            for j in (i + 1, i + 2)) and not (
            after < len(tokens) and tokens.joined(after) and tokens.tokens[after].is_word
            and tokens.tokens[after].is_capitalised)


def _names_in_two_languages(places: list[PlaceMention],
                            tokens: TokenizedText) -> list[PlaceMention]:
    """A place written in two languages joined by a slash ("il sindaco di Bolzano/Bozen,
    Martin Oberhofer"), as South Tyrol's news write its towns: one mention, so that a title's
    place runs on to the name after it."""
    result: list[PlaceMention] = []
    for mention in places:
        last = result[-1] if result else None
        if last is not None and last.place.id == mention.place.id \
                and mention.start == last.end + 1 and tokens.tokens[last.end].text == "/":
            result[-1] = PlaceMention(last.start, mention.end, last.place)
        else:
            result.append(mention)
    return result


def make_context(doc: Doc, rules: ActorRules) -> ActorContext:
    """Tokenise the document and index its place mentions and local-government phrases."""
    tokens = TokenizedText(doc.text, rules.case_endings.get(doc.rules_language or "", frozenset()))
    places: list[PlaceMention] = []
    for place in doc.places:
        for span in place.mentions:
            start, end = tokens.covering(span)
            if start < end:
                places.append(PlaceMention(start, end, place))
    places = _names_in_two_languages(sorted(places, key=lambda p: (p.start, -p.end)), tokens)
    place_at: dict[int, PlaceMention] = {}
    for mention in places:
        for i in range(mention.start, mention.end):
            place_at.setdefault(i, mention)
    local = {i for lexicon in rules.local_government for start, end, _ in tokens.hits(lexicon)
             for i in range(start, end)}
    people = rules.people_of(doc.rules_language)
    titles = frozenset(i for start, end, _ in tokens.hits(people.titles)
                       for i in range(start, end))
    honorifics = frozenset(i for start, end, _ in tokens.hits(people.honorifics)
                           for i in range(start, end))
    place_after_noun = {start: place_at[end].end
                        for lexicon in rules.place_nouns for start, end, _ in tokens.hits(lexicon)
                        if end in place_at and place_at[end].start == end}
    bare = frozenset(i for lexicon in rules.place_nouns for start, end, _ in tokens.hits(lexicon)
                     if start - 1 in local and end not in place_at for i in range(start, end))
    heads = frozenset(i for lexicon, _ in rules.heads for start, end, _ in tokens.hits(lexicon)
                      for i in range(start, end))
    opening = frozenset(start for lexicon, follow in rules.heads if follow
                        for start, _, _ in tokens.hits(lexicon))
    return ActorContext(doc=doc, rules=rules, tokens=tokens, names=NameFinder(tokens),
                        places=places, place_at=place_at,
                        local_government=local, title_tokens=titles,
                        honorific_tokens=honorifics,
                        place_after_noun=place_after_noun, head_tokens=heads,
                        opening_heads=opening,
                        coordinators=COORDINATORS | rules.coordinators.get(
                            doc.rules_language or "", frozenset()),
                        surname_joiners=rules.surname_joiners.get(doc.rules_language or "",
                                                                  frozenset()),
                        bare_place_nouns=bare,
                        place_noun_ends=frozenset(
                            end for lexicon in rules.place_nouns
                            for _, end, _ in tokens.hits(lexicon)),
                        function_words=rules.function_words_of(doc.rules_language),
                        keep_accents=rules.keeps_accents(doc.rules_language),
                        people=people, demonyms=rules.demonyms_of(doc.rules_language),
                        titles_follow_names=doc.rules_language in rules.titles_follow_names,
                        surname_first=doc.rules_language in rules.surname_first)
