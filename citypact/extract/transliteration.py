"""A text written in a second script, read as its letter-for-letter transliteration.

Serbian writes Cyrillic and Latin letter for letter ("Градоначелник Ниша", "Gradonačelnik
Niša"): its Cyrillic text is read with the Latin rules of Croatian through a transliteration
(``languages.toml`` [transliterate]). Three Cyrillic letters are two Latin ones ("љ" "lj"),
so each offset of the transliteration keeps the offset of the letter it comes from; what the
components found is written back onto the text as written (``write_back``): spans mapped,
names read in the text's script, the gazetteer's names of places kept.

Chosen over writing each Latin rule word in Cyrillic at load time, which would touch every
rule family (some fifty call sites read them by language, some as regular expressions: the
months, the case endings): a transliteration changes none of them, and costs about 2.3 ms on
a text of 3,000 characters (measured; a few per cent of the pipeline's time on such a text),
paid by Serbian texts in Cyrillic only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from citypact.model import Extraction, Link, Person, Span

Letters = dict[str, str]
"""Lower-case letters of a script and their transliteration (``rules.transliterations``)."""


@dataclass(frozen=True, slots=True)
class Transliteration:
    """A text's transliteration, with the offset in the text as written of each letter."""

    written: str
    text: str
    starts: tuple[int, ...]
    """For each character of ``text``, and its end, the offset it comes from in ``written``."""
    letters: Letters

    def span(self, span: Span) -> Span:
        """The span of the text as written that a span of the transliteration covers."""
        start, end = span
        if end <= start:
            return (self.starts[start], self.starts[start])
        return (self.starts[start], self.starts[end - 1] + 1)


def _letter(char: str, following: str, letters: Letters) -> str | None:
    """One letter's transliteration, its capital kept (a capital of two letters is "Lj", or
    "LJ" before another capital); ``None`` when the letter is not of the script."""
    lower = char.lower()
    latin = letters.get(lower)
    if latin is None or char == lower:
        return latin
    return latin.upper() if len(latin) == 1 or following.isupper() else latin.capitalize()


def transliterate(text: str, letters: Letters) -> Transliteration | None:
    """The transliteration of a text, or ``None`` when no letter of it is of the script."""
    pieces: list[str] = []
    starts: list[int] = []
    changed = False
    for offset, char in enumerate(text):
        latin = _letter(char, text[offset + 1:offset + 2], letters)
        changed = changed or latin is not None
        piece = char if latin is None else latin
        pieces.append(piece)
        starts.extend([offset] * len(piece))
    if not changed:
        return None
    starts.append(len(text))
    return Transliteration(text, "".join(pieces), tuple(starts), letters)


def _reverse(letters: Letters) -> dict[str, str]:
    """The transliteration's letters back to the script's, capitals too ("Lj", "LJ": "Љ")."""
    back: dict[str, str] = {}
    for letter, latin in letters.items():
        back[latin] = letter
        back[latin.capitalize()] = back[latin.upper()] = letter.upper()
    return back


def write_in_script(name: str, letters: Letters) -> str:
    """A name found in the transliteration, in the script of the text ("Dragan Milić":
    "Драган Милић"); two letters that are one ("lj") are read first."""
    back = _reverse(letters)
    pieces: list[str] = []
    offset = 0
    while offset < len(name):
        pair = name[offset:offset + 2]
        if len(pair) == 2 and pair in back:
            pieces.append(back[pair])
            offset += 2
            continue
        pieces.append(back.get(name[offset], name[offset]))
        offset += 1
    return "".join(pieces)


def write_back(extraction: Extraction, reading: Transliteration) -> Extraction:
    """An extraction of a transliteration, onto the text as written: every span mapped, the
    names read in the text (people, roles, organisations) written in its script when their
    first mention is, the gazetteer's names of places kept."""
    def spans(found: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(reading.span(span) for span in found)

    def name(text: str | None, mentions: tuple[Span, ...]) -> str | None:
        if text is None or (mentions and not _in_script(reading, mentions[0])):
            return text
        return write_in_script(text, reading.letters)

    organizations = tuple(dataclasses.replace(
        org, name=name(org.name, org.mentions) or org.name, mentions=spans(org.mentions),
        aliases=tuple(name(alias, org.mentions) or alias for alias in org.aliases))
        for org in extraction.organizations)
    renamed = {old.name: new.name for old, new in zip(extraction.organizations,
                                                      organizations, strict=True)}

    def party(text: str | None) -> str | None:
        return None if text is None else renamed.get(text, text)

    return dataclasses.replace(
        extraction,
        places=tuple(dataclasses.replace(place, mentions=spans(place.mentions))
                     for place in extraction.places),
        organizations=organizations,
        people=tuple(_person(person, name, party, spans) for person in extraction.people),
        links=tuple(_link(link, party, spans, reading) for link in extraction.links),
        events=tuple(dataclasses.replace(
            event, place=party(event.place), evidence=spans(event.evidence),
            parties=tuple(party(p) or p for p in event.parties)) for event in extraction.events))


def _in_script(reading: Transliteration, span: Span) -> bool:
    """Whether a span of the transliteration was written in the script transliterated."""
    start, end = reading.span(span)
    return any(char.lower() in reading.letters for char in reading.written[start:end])


def _person(person: Person, name: Callable[[str | None, tuple[Span, ...]], str | None],
            party: Callable[[str | None], str | None],
            spans: Callable[[tuple[Span, ...]], tuple[Span, ...]]) -> Person:
    """A person found in the transliteration, written back."""
    return dataclasses.replace(
        person, name=name(person.name, person.mentions) or person.name,
        role=name(person.role, person.mentions), affiliation=party(person.affiliation),
        mentions=spans(person.mentions))


def _link(link: Link, party: Callable[[str | None], str | None],
          spans: Callable[[tuple[Span, ...]], tuple[Span, ...]],
          reading: Transliteration) -> Link:
    """A link found in the transliteration, its evidence quoted from the text as written."""
    evidence = spans(link.evidence)
    return dataclasses.replace(
        link, parties=tuple(party(p) or p for p in link.parties), evidence=evidence,
        evidence_text=tuple(reading.written[start:end] for start, end in evidence))
