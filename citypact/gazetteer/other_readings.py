"""Other readings of a place's name: a person's name, an ordinary word, part of a longer name.

Tests on a mention's own text and the words around it (a title or a given name before it,
a capitalised word after it, the same word in lower case elsewhere, a hyphen, a run of
capitalised words); ``resolve`` asks them to set aside mentions that name no place, and
``_drop_people`` and ``_drop_clubs`` set aside the names of people and of clubs.
"""

from __future__ import annotations

import re

from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.evidence import _Evidence
from citypact.gazetteer.keys import accent_key, has_diacritics, name_key, word_accent_key, word_key
from citypact.gazetteer.mentions import Mention
from citypact.gazetteer.text_around import word_after

_WORD = re.compile(r"\w+", re.UNICODE)


def _person_named_before(text: str, mention: Mention, cues: PlaceCues) -> bool:
    """After a title, a given name or a surname written first: the name is a person's; not a
    place read with its case ending replaced or dropped, the place an office serves in an
    inflected language ("premier Saksonii", "prezydent Gdańska", "primarul Clujului")."""
    start, end = mention.span
    inflected = text[start:end] != mention.surface or (end < len(text) and text[end].isalpha())
    return cues.person_before(text, start) and not _country(mention) and not inflected \
        and not _person_opens_after(text, end, cues)


def _declined_given_name_before(text: str, mention: Mention, cues: PlaceCues,
                                language: str | None) -> bool:
    """A given name in a case right before a name read with its case ending ("s primátorem
    Petrem Kubou"): the name is the person's surname in the same case, no place (Cuba)."""
    start, end = mention.span
    if not cues.inflects(language) or not (
            text[start:end] != mention.surface or (end < len(text) and text[end].isalpha())):
        return False
    before = re.search(r"(\w+) $", text[max(0, start - 40):start])
    return before is not None and before.group(1)[:1].isupper() and any(
        cues.given_name(form) for form in cues.base_forms(before.group(1), language))


def _declined_given_name_here(text: str, mention: Mention, cues: PlaceCues,
                              language: str | None) -> bool:
    """A name read with its case ending that is a given name in a case, before a capitalised
    word ("sa županom Markom Vukovićem": Marko, no Marka of Somalia): a person's name."""
    start, end = mention.span
    word = text[start:end]
    if not cues.inflects(language) or word == mention.surface:
        return False
    following = word_after(text, end)
    return bool(following and following[:1].isupper()) and any(
        cues.given_name(form) for form in cues.base_forms(word, language))


def _person_opens_after(text: str, end: int, cues: PlaceCues) -> bool:
    """A given name and a capitalised word follow the name: a person's name opens there, and
    the name before it closes a body's name, no one's surname ("ředitel Veletrhů Brno Petr
    Holub", "dyrektor Targów Poznań Jan Kowalski")."""
    given = re.match(r" +(\w+) +(\w+)", text[end:end + 60])
    return given is not None and cues.given_name(given.group(1)) and (
        given.group(2)[:1].isupper())


def _country(mention: Mention) -> bool:
    return any(c.entity.kind == "country" for c in mention.candidates)


def _given_name_here(text: str, mention: Mention, cues: PlaceCues) -> bool:
    """A place name that is also a given name or a Vietnamese surname, followed by a
    capitalised word ("Florence Nightingale", "Trần Quang Vinh": "Tran" is a town of the
    Philippines), unless a preposition precedes it ("Mayor of Florence Dario") and the name
    is written as the place is (after one, "par Hervé Dutertre" is a person: the Belgian
    town is Herve); a Vietnamese surname before a middle name even after one ("of Nguyen Thi
    Thanh Xuan")."""
    start, end = mention.span
    if " " in mention.surface.strip():
        # two given names before a surname ("la consigliera Maria Teresa Scalise": María
        # Teresa is a town of Argentina)
        following = word_after(text, end)
        return all(cues.given_name(w) for w in mention.surface.split()) and bool(
            following and following[:1].isupper() and not cues.wrapper_after(text, end))
    if cues.vietnamese_name_opens(mention.surface, text, end):
        return True  # "Nguyen Thi Thanh Xuan", whatever precedes it
    if not (cues.given_name(mention.surface) or cues.vietnamese_surname(mention.surface)):
        return False
    previous = re.findall(r"\w+", text[max(0, start - 30):start])
    if previous and cues.function_word(name_key(previous[-1]), None) and not (
            cues.given_name(mention.surface) and _accented_unlike_places(mention)):
        return False
    following = word_after(text, end)
    return bool(following and following[:1].isupper() and not cues.wrapper_after(text, end)
                ) or _compound_given_name(text, end)


_COMPOUND_GIVEN_NAME = re.compile(r" +del +[^\W\d_][\w'’-]* +[^\W\d_]")
"""The rest of a Spanish compound given name and a surname after a given name ("María del Mar
Robles", "José del Carmen Ruiz"): "del" and two words, each capitalised."""


def _compound_given_name(text: str, end: int) -> bool:
    """A given name's compound part and a surname follow ``end`` ("María del Carmen Ruiz": no
    town María)."""
    match = _COMPOUND_GIVEN_NAME.match(text, end)
    return match is not None and all(
        w[:1].isupper() for w in text[end:match.end() + 1].split()[1:])


def _accented_unlike_places(mention: Mention) -> bool:
    """The name is written with diacritics that no spelling of its places has."""
    written = accent_key(mention.surface)
    return has_diacritics(mention.surface) and not any(
        accent_key(name.variant) == written for c in mention.candidates for name in c.names)


def _lowercase_words(text: str) -> tuple[set[str], set[str]]:
    """Words the text writes in lower case: folded, and with their diacritics."""
    words = {w for w in _WORD.findall(text) if w.islower()}
    return {word_key(w) for w in words}, {word_accent_key(w) for w in words}


def _common_here(mention: Mention, lowercase: tuple[set[str], set[str]]) -> bool:
    """A one-word name (not a country's) that the text also writes in lower case."""
    if " " in mention.key or any(c.entity.kind == "country" for c in mention.candidates):
        return False
    if has_diacritics(mention.surface):
        return accent_key(mention.surface) in lowercase[1]
    return mention.key in lowercase[0]


def _in_compound(text: str, mention: Mention, starts: set[int], ends: set[int]) -> bool:
    """Hyphen-joined to a capitalised word that is not a place ("Rems-Murr"); a single letter
    before the hyphen is a party's initial, and the place its member's home ("Sen. Dale Ruhl,
    R-Spencer")."""
    start, end = mention.span
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and start - 1 not in ends:
        return not (text[start - 2].isupper() and (start < 3 or not text[start - 3].isalnum()))
    return (end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()
            and end + 1 not in starts)


def _capital_before(text: str, start: int, cues: PlaceCues, language: str | None) -> bool:
    """A capitalised word that is no function word ("miền Nam Italy": the south of Italy)
    ends one space before ``start``."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    word_start = start - 2
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:start - 1]
    if not word[:1].isupper() or cues.function_word(name_key(word), language):
        return False
    # A sentence's first word that the text also writes in lower case is an ordinary word
    # ("Khách Hàn Quốc dẫn đầu" beside "khách quốc tế": visitors from Korea).
    return not (_opens_sentence(text, word_start) and re.search(
        rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]* $")


def _inside_a_run(text: str, start: int, name_ends: set[int]) -> bool:
    """The capitalised words one space apart before ``start`` are no places' names, and the
    one right before opens no sentence (a title or an ordinary word there: "Burmistrz
    Zgorzelca"): the name ends a longer one ("the South Plains", not "Monza Brianza Lodi")."""
    first = True
    while (word := _WORD_BEFORE.search(text, max(0, start - 60), start)) is not None \
            and word.group()[:1].isupper():
        if start - 1 in name_ends or (first and _opens_sentence(text, word.start())):
            return False
        start, first = word.start(), False
    return not first


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of a sentence or of a line."""
    before = text[:start].rstrip(" \t\"'“‘«(")
    return not before or before[-1] in ".!?:\n"


def _name_goes_on(text: str, mentions: list[Mention], index: int, cues: PlaceCues) -> bool:
    """A capitalised word that is no place follows the name: it is the start of a longer
    name ("el intendente de Rosario, Martín Quiroga"), not an item of a list of places."""
    end = mentions[index].span[1]
    following = word_after(text, end)
    return bool(following and following[:1].isupper() and not cues.wrapper_after(text, end))


def _drop_people(text: str, evidences: list[_Evidence], cues: PlaceCues,
                 language: str | None = None) -> list[_Evidence]:
    """Drop names of people; a surname ("Attilio Fontana") is dropped everywhere in the text.

    A wrapper keeps a name a place ("Fontana province"); one before it even when a
    capitalised word follows ("Greater Paris Metropolis" is no Paris Hilton).
    """
    glued = {e.mention.surface for e in evidences if e.wrapper is None
             and cues.surname_glued_before_title(text, *e.mention.span)}
    if glued:
        # the same person later, the surname and the title alone ("福島市長は"), even where
        # the place's status word is read glued ("福島市")
        evidences = [e for e in evidences
                     if not cues.title_after_surname(text, e.mention.span[0], glued)]
    surnames = {e.mention.key for e in evidences if _person_named_before(text, e.mention, cues)
                or _surname_written_first(text, e, cues)} | {name_key(s) for s in glued}
    evidences = [e for i, e in enumerate(evidences)
                 if not (i and _name_after_office_place(text, evidences[i - 1], e, evidences))]
    return [e for e in evidences
            if (e.mention.key not in surnames or e.wrapper is not None)
            # "Đức" in "Nguyễn Đức Thành", "Nga" in "bà Nga" are names; the countries
            # elsewhere in the text stay
            and not (e.wrapper is None and _declined_given_name_before(
                text, e.mention, cues, language))
            and not (e.wrapper is None and _declined_given_name_here(
                text, e.mention, cues, language))
            and not (_country(e.mention) and e.wrapper is None
                     and (cues.vietnamese_name_before(text, e.mention.span[0])
                          or cues.honorific_before(text, e.mention.span[0])))
            # a wrapper keeps a given name a place, not a Vietnamese surname: one syllable
            # and a capitalised word after "thành phố" are a person ("thành phố Trần Quang
            # Vinh") or a place of two syllables the gazetteer lacks ("huyện Trần Đề")
            and (e.wrapper is not None or not cues.facility_before(text, e.mention.span[0]))
            # a company named after its town ("Toyota Motor Corp.", "Hitachi Ltd.")
            and (e.wrapper is not None or not cues.company_after(text, e.mention.span[1]))
            # a river, not a town named like it ("les bords de l'Elbe")
            and (e.wrapper is not None or not cues.bank_before(text, e.mention.span[0]))
            and ((e.wrapper is not None and e.wrapper.before
                  and not cues.vietnamese_surname(e.mention.surface)
                  # a word of twinning and its comma are no town's word before a given
                  # name: "el concejal de Hermanamientos, Juan Pérez" names a portfolio
                  and text[e.wrapper.span[0]:e.wrapper.span[1]] != ",")
                 or not _given_name_here(text, e.mention, cues))]


def _surname_written_first(text: str, evidence: _Evidence, cues: PlaceCues) -> bool:
    """A one-word name, no country, right before a given name written after the surname
    ("Governor Nakamura Kenji", "executive officer Mori Hideaki")."""
    mention = evidence.mention
    return (evidence.wrapper is None and " " not in mention.surface.strip()
            and not _country(mention) and cues.given_name_after(text, mention.span[1]))


def _name_after_office_place(text: str, previous: _Evidence, evidence: _Evidence,
                             evidences: list[_Evidence]) -> bool:
    """A one-word name right after a wrapped place and before a capitalised word that starts
    no place is the surname of the place's official, written first ("Thống đốc tỉnh Yamanashi
    Nagasaki Kotaro", "Phó Thống đốc tỉnh Aichi Kato Masaru")."""
    start, end = evidence.mention.span
    if evidence.wrapper is not None or " " in evidence.mention.surface.strip() or _country(
            evidence.mention) or previous.wrapper is None or not previous.wrapper.before:
        return False
    if text[previous.mention.span[1]:start].strip(" ") or not text[start:start + 1].isupper():
        return False
    following = word_after(text, end)
    if not following or not following[:1].isupper():
        return False
    after = end + text[end:].index(following)
    return not any(e.mention.span[0] == after for e in evidences)


def _drop_clubs(text: str, evidences: list[_Evidence], cues: PlaceCues,
                language: str | None) -> list[_Evidence]:
    """Drop a town's or region's name that names its club in a match report ("ha battuto il
    Bayern", "la Lazio"), or that is the first word of a club named with its town ("gegen
    Werder Bremen", "Holstein Kiel"); a wrapper keeps it a place, and a country is left alone
    (a national team is written like its country)."""
    starts = {e.mention.span[0] for e in evidences}
    return [e for e in evidences
            if e.wrapper is not None or _country(e.mention)
            or not (cues.club_before(text, e.mention.span[0], language)
                    or (text[e.mention.span[1]:e.mention.span[1] + 1] == " "
                        and e.mention.span[1] + 1 in starts
                        and cues.about_a_match(text, e.mention.span[0], language)))]
