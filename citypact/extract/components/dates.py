"""Dates: every written date of the document, and its publication date.

The publication date comes, in order of trust, from the source's header, refined
by a more precise dateline near the top ("2024-09" + "27 Settembre 2024"); else
from a full date on the first lines (a dateline, "Published on ...") or on the
last lines (a closing byline "... ngày 2-6-2009"). Ranges near the top are event
dates (a programme's "10-14 October 2022"), not publication dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from citypact.extract.matchers.dates import DateGrammar, DateMatch, iso, parse_base
from citypact.extract.pipeline import DateMention, Doc
from citypact.extract.rules import load_rule_file

TOP_CHARS = 400
BOTTOM_CHARS = 200


def make_date_grammar() -> DateGrammar:
    """The date grammar over every language of ``rules/dates.toml``."""
    return DateGrammar(load_rule_file("dates.toml"))


def _full_dates(matches: list[DateMatch]) -> list[str]:
    return [m.value for m in matches
            if m.explicit_year and m.end_value is None and len(m.value) == 10]


def detect_published(text: str, header: str | None, grammar: DateGrammar) -> str | None:
    """The publication date of a document (ISO, possibly partial), or ``None``."""
    top = _full_dates(grammar.find(text[:TOP_CHARS]))
    bottom = _full_dates(grammar.find(text[-BOTTOM_CHARS:])) if len(text) > TOP_CHARS else []
    candidate = top[0] if top else bottom[-1] if bottom else None
    if header is None:
        return candidate
    if candidate and candidate.startswith(header) and len(candidate) > len(header):
        return candidate
    return header


def approximate_base(published: str | None) -> tuple[dt.date | None, bool]:
    """A base date for yearless dates, and whether it is exact to the day."""
    exact = parse_base(published)
    if exact is not None:
        return exact, True
    if published and len(published) == 7:
        return dt.date(int(published[:4]), int(published[5:7]), 15), False
    if published and len(published) == 4:
        return dt.date(int(published), 7, 1), False
    return None, False


YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
"""A year written anywhere ("the Hokkaido Festival 2023")."""


def _story_years(matches: list[DateMatch], text: str) -> list[int]:
    """The years a story writes (in a date, or alone), latest first; never after today."""
    years = {int(m.value[:4]) for m in matches if m.explicit_year}
    years |= {int(y) for y in YEAR.findall(text)}
    return sorted((y for y in years if y <= dt.date.today().year), reverse=True)


def _year_end(matches: list[DateMatch], text: str = "") -> dt.date | None:
    """The last day of the latest year the story writes, the base of a story with no date."""
    years = _story_years(matches, text)
    return dt.date(years[0], 12, 31) if years else None


def _mention(match: DateMatch, guessing: bool, years: list[int]) -> DateMention:
    """A date mention; in a story with no date, a yearless date is a guess unless its
    weekday tells the year among those the story writes ("on Friday 19 August" in a story
    that names 2022 and 2023 is 19 August 2022)."""
    if not guessing or match.explicit_year:
        return DateMention(match.span, match.value, match.end_value)
    if match.named_weekday is not None and len(match.value) == 10:
        month, day = int(match.value[5:7]), int(match.value[8:10])
        for year in years:
            value = iso(year, month, day)
            if value and dt.date.fromisoformat(value).weekday() == match.named_weekday:
                end = match.end_value and value[:8] + match.end_value[8:]
                return DateMention(match.span, value, end)
    return DateMention(match.span, match.value, match.end_value, guessed=True)


def _without(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text without the page's lines around the story (``Doc.furniture``): a cookie
    banner above the byline, the headlines of other stories below a closing byline."""
    if not spans:
        return text
    kept, start = [], 0
    for begin, end in spans:
        kept.append(text[start:begin])
        start = end
    kept.append(text[start:])
    return "".join(kept)


class DatesComponent:
    """Assign ``published`` and ``dates`` (every date mention, resolved)."""

    name = "dates"
    # its tense words date "ouvrira le 15 juin"; a cookie banner on the page's top lines
    # pushes its byline down
    requires = ("language", "furniture")
    assigns = ("published", "dates")

    def __init__(self, grammar: DateGrammar | None = None) -> None:
        self._grammar = grammar or make_date_grammar()

    def __call__(self, doc: Doc) -> Doc:
        published = detect_published(_without(doc.text, doc.furniture), doc.published,
                                     self._grammar)
        base, exact = approximate_base(published)
        guessing = base is None
        if guessing:
            base = _year_end(self._grammar.find(doc.text), doc.text)
        matches = self._grammar.find(doc.text, base, base_is_exact=exact,
                                     language=doc.rules_language)
        years = _story_years(matches, doc.text) if guessing else []
        mentions = [_mention(m, guessing, years) for m in matches]
        return dataclasses.replace(doc, published=published,
                                   dates=mark_dateline(mentions, published, doc.text))


def mark_dateline(mentions: list[DateMention], published: str | None,
                  text: str) -> tuple[DateMention, ...]:
    """Flag the mentions the story is published under: the publication date written at the
    start of a line near the top ("27 Settembre 2024 – ...", "HANOI, July 28 (VNA) –") or
    near the end ("Thời gian: 29/08/2011"). The same day named inside a sentence
    ("visiting Florence on July 28") is a day the story reports, and so is the day that
    opens the first sentence, with a comma ("Sáng 5/6, Phó Chủ tịch ... đã tiếp ...")."""
    if published is None:
        return tuple(mentions)
    for i, mention in enumerate(mentions):
        start = mention.span[0]
        edge = start < TOP_CHARS or start >= len(text) - BOTTOM_CHARS
        if edge and mention.value == published and (
                _opens_line(text, start) or _agency_dateline(text, mention.span)) \
                and not OPENING_COMMA.match(text, mention.span[1]) \
                and not _runs_on(text, mention.span[1]):
            mentions[i] = dataclasses.replace(mention, dateline=True)
    return tuple(mentions)


RUN_ON = re.compile(r"[ \t]+(\w)")
"""The word right after a date on its line."""
LETTER_WORD = re.compile(r"[^\W\d_]+")
RUN_ON_WORDS = 4
"""Fewest words after a date on its line that make it a sentence's."""


def _runs_on(text: str, end: int) -> bool:
    """Whether the sentence goes on after the date with a lower-case word ("3 октября 2025
    года губернатор ... подписали"): the date opens a sentence, no dateline."""
    word = RUN_ON.match(text, end)
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    # a post's time stamp runs on too, but no further ("21 May at 19:42 ·")
    return word is not None and word.group(1).islower() \
        and len(LETTER_WORD.findall(rest)) >= RUN_ON_WORDS


OPENING_COMMA = re.compile(r" *(?:\([^()\n]{1,24}\) *)?,")
"""The comma after the day that opens a sentence, its date in brackets maybe between them
("Sáng 5/6, ...", "Sáng nay (13/9), ...")."""


DATELINE_PREFIX = re.compile(
    r"(?:[^\n|]{1,40}\s\|\s*){0,3}(?:"  # the page's sections: "Tin cộng đồng | "
    r"[\W\d_]*(?:[^\W\d_]+\s*){0,3}:\s*"  # a label: "Thời gian: ", "Date: "
    r"|[\W\d_]*(?i:published|posted|updated|pubblicato|publié|publicado|veröffentlicht)"
    r"(?:\s+(?i:on|il|le|el|em|am))?\s*"
    r"|[\W\d_]*(?:(?:\([A-Z][\w .]{1,14}\)|[A-Z]{2,8})\s*[–—-]\s*)?"  # "(ANSA) - ", "ARC – "
    # "HANOI, ", and its state after it ("SANTIAGO DE QUERÉTARO, Qro., ")
    r"(?:(?:[A-Z\u00C0-\u1EF8][\w'’.-]*\s*){1,3}[,(–-]\s*){0,2}"
    r"(?:(?i:ngày|le|il|el|am|den|em|op)\s+)?)")  # "Đà Nẵng, ngày 14/3/2024 -"
"""What may stand before a dateline on its line: an agency's tag ("(ANSA) - BARI, 12 MAR",
"ARC – Trieste, 14 mar"), capitalised words ("HANOI, ", "MORELIA, Michoacán, ") and the word
of the day that some languages write before the date ("Đà Nẵng, ngày 14/3/2024", "Roma, il
12 marzo"), a label ("Thời gian: "), "Published on", the page's sections parted by bars
("Tin cộng đồng | ", "Cronaca | Vicenza | "); never a sentence ("Visiting Italy on July
28")."""


TOWN_BEFORE_DATE = re.compile(r"(?:[A-Z\u00C0-\u1EF8\u0621-\u064a][\w'’.-]*[ \t]+){1,3}")
"""A town written right before the date of a dateline, with no comma ("Žilina 21. marca"); in
Arabic, which has no capitals, any word ("إربد ٤ آذار", "دبي في 21 مايو")."""
AGENCY_AFTER_DATE = re.compile(r"[ \t]*(?:\([A-Z\u00C0-\u1EF8\u0621-\u064a][\w .]{1,14}\)"
                               r"[ \t]*[–—-]|/[ \t]*[\u0621-\u064a]{2,14}[ \t]*/)")
"""The agency's tag that ends such a dateline: " (TASR) -", " (ČTK) –", " (بترا) –", and
WAM's " / وام /"."""


def _agency_dateline(text: str, span: tuple[int, int]) -> bool:
    """A dateline of a town and a date with no comma between them, closed by the agency's
    tag in brackets, as Slovak and Czech wires write it ("Žilina 21. marca (TASR) -")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    return TOWN_BEFORE_DATE.fullmatch(text, line_start, span[0]) is not None \
        and AGENCY_AFTER_DATE.match(text, span[1]) is not None


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return DATELINE_PREFIX.fullmatch(text, line_start, start) is not None
