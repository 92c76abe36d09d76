"""Datelines and agency credits: the lines a story is filed under, and the dates in names.

A town that opens a line before a date, an agency and a dash is where the story is filed
from; the agency credited in brackets there is no place; a month's name after a day's
number is a date, no town. ``resolve`` asks these when it weighs a mention's evidence.
"""

from __future__ import annotations

import functools
import re

from citypact.extract.rules import load_rule_file
from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.mentions import Mention
from citypact.model import Span
from citypact.textnorm import fold

_DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:\.?[–—-]|[.,])[ \t]")
_CREDIT = re.compile(r"[A-ZÀ-Ỹ][^\n()]{0,40}\($")
"""A dateline before a news agency's name in brackets: "HANGZHOU, May 16 (", "PARIS ("."""
_CREDIT_END = re.compile(r"\)[ \t]*(?:--|[–—-])")


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:\.|º|°|er|st|nd|rd|th)?\s+(?:(?:de|di|del|do|of)\s+)?$",
                         re.IGNORECASE)
"""A day's number, and the word of a month after it in some languages, right before a word."""


@functools.cache
def _month_names() -> frozenset[str]:
    """The names of the months in every language the date grammar reads, folded."""
    months = load_rule_file("dates.toml").get("months", {})
    return frozenset(fold(spelling) for names in months.values() for name in names
                     for spelling in str(name).split("|"))


def _month_of_a_date(text: str, mention: Mention) -> bool:
    """A month's name after a day's number is a date, no town named like the month ("Palácio
    29 de Março", "Rua 25 de Março": no Marco of Ceará)."""
    start, end = mention.span
    return fold(text[start:end]) in _month_names() and _DAY_BEFORE.search(
        text, max(0, start - 16), start) is not None


def _agency_credit(text: str, mention: Mention) -> bool:
    """The news agency credited in brackets after a dateline ("HANGZHOU, May 16 (Xinhua)
    --", "ROME (ANSA) -"), not a place; a country or a region there says where the dateline's
    town is ("CÓRDOBA (Argentina) –", "MONTRÉAL (Québec) –")."""
    if any(c.entity.kind in ("country", "region") for c in mention.candidates):
        return False
    start, end = mention.span
    line_start = text.rfind("\n", 0, start) + 1
    return (_CREDIT.fullmatch(text, line_start, start) is not None
            and text[line_start:start].split(maxsplit=1)[0].rstrip(",").isupper()
            and _CREDIT_END.match(text, end) is not None)


_TAG_AFTER_DATELINE = 60
"""Most characters between a line's start and a national agency's tag (its town and date)."""


def _agency_tag(text: str, mention: Mention, cues: PlaceCues) -> bool:
    """A news agency's tag in brackets after a dateline, in a script with no capitals too
    ("الدوحة 3 مارس (قنا) –": the Qatari agency, no Qena; "باريس (فرانس برس) –": no Reims
    in AFP's name): no place."""
    start, end = mention.span
    line_start = text.rfind("\n", 0, start) + 1
    opening, closing = text.rfind("(", line_start, start), text.find(")", end, end + _TAG)
    return (opening >= 0 and opening - line_start <= _TAG_AFTER_DATELINE and closing >= 0
            and "(" not in text[opening + 1:closing] and cues.agency(text[opening + 1:closing])
            and _CREDIT_END.match(text, closing) is not None)


_TAG = 20
"""Most characters of an agency's tag."""


_FILED_FROM = re.compile(r"(?:,[^\n,()]{1,30}){0,2}(?:[ \t][^\n,()]{1,30}(?=\())?[ \t]*"
                         r"(?:\([^()\n]{1,30}\)[ \t]*)?\.?(?:--|[–—-])[ \t]")
"""After the town a story is filed from, in any case: its region or date, an agency, a dash
("Dakar, 14 mars (APS) –", "Madrid, 14 mar (EFE).-"); a date with no comma before the
agency's brackets, as Arabic wires write it ("عمان 21 نيسان (بترا) –")."""


def _opens_line(text: str, start: int) -> bool:
    """Nothing but blanks stands before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _filed_from(text: str, span: Span) -> bool:
    """The town that opens a line before a dateline's date, agency and dash."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _FILED_FROM.match(text, end) is not None


def _dateline(text: str, span: Span) -> bool:
    """A name in capitals alone at the start of a line, then a dash or a full stop ("PARMA –
    ...", "HALLE (SAALE) – ...", "HOF. ...")."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    surface = text[start:end]
    return (not text[line_start:start].strip() and surface.upper() == surface
            and any(c.isalpha() for c in surface) and _DATELINE_END.match(text, end) is not None)
