"""A multilingual date grammar: written dates -> ISO values with their precision.

Measured here (dependencies.md §3): a regex grammar ran ~30x faster than
dateparser's ``search_dates``, found the same dates on the seeds without its false
positives ("the 50th" as 1950), and gives the end of ranges ("10-14 October
2022"). Words come from ``rules/dates.toml``; this module knows no language.

Dates without a year ("on July 28", "lo scorso 4 febbraio", "chiều 9/1") and
relative ones ("yesterday", "on Tuesday", "last month", "năm ngoái") are resolved
against a base date, the publication date; without one they are dropped rather than
guessed. A yearless date is put in the year its tense tells ("ouvrira le 15 juin": the
coming one; "le 10 mars dernier": the last one) or its weekday ("Tuesday 4 June"); a
day written alone ("on the 29th", "il 29") takes the month of the date told before it.

The grammar's parts: ``date_values`` (a match and its ISO arithmetic), ``date_words`` (the
tables' words as patterns), ``date_narrowing`` (patterns narrowed to a text's words),
``date_tense`` (the tense that places a yearless date) and ``date_sequence`` (a text's dates
read with their neighbours).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

from citypact.extract.matchers.date_narrowing import (
    _WORD,
    HAN_CHARACTER,
    NARROWED_CACHE_SIZE,
    VIETNAMESE_ONLY,
    _Narrowed,
    _TextWords,
    _Vocabulary,
)
from citypact.extract.matchers.date_sequence import (
    DAY_ALONE_REACH,
    _dated_once,
    _day_of_anchor,
    _day_with_weekday,
    _drop_weekdays_of_dates,
    _in_counted_years,
    _joined_ranges,
    _with_same_days,
)
from citypact.extract.matchers.date_tense import _placed, _Tense
from citypact.extract.matchers.date_values import DateMatch as DateMatch  # re-exported
from citypact.extract.matchers.date_values import infer_year, shifted
from citypact.extract.matchers.date_values import iso as iso  # re-exported
from citypact.extract.matchers.date_values import parse_base as parse_base  # re-exported
from citypact.extract.matchers.date_words import (
    _alternation,
    _key,
    _keyed,
    _spellings,
    _table,
    word_bounds,
)
from citypact.model import Span

_ASCII_DIGITS = {**{0x0660 + d: str(d) for d in range(10)},
                 **{0x06F0 + d: str(d) for d in range(10)}}
"""Arabic-Indic and Persian digits to ASCII ones, as the date patterns spell years."""

_Patterns = list[tuple[str, re.Pattern[str] | _Narrowed]]
"""Named patterns, tried in order."""

_ASIDE = r"\s+[–—-]\s+[^–—.\n]{1,60}?\s+[–—-]|,\s+[^,.\n]{1,60}?,"
"""An aside between spaced dashes or between commas ("1948 – nur drei Jahre nach Kriegsende
–"), which a verb-final clause may put between a year and its participle."""
NUMBER_SIGN = re.compile(r"(?:\b(?:Nr|No|Núm|Num)\.\s*|\bNr\s+|[nN][°º]\.?\s*|#\s*)$")
"""Before a number that counts an issue, an act or a file, no day ("Nr. 13 / 28. März 2025",
"Resolución nº 245/2025", "n° 12 du 3 mars")."""


class DateGrammar:
    """Compiled date patterns for every language of the rule file."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self._read_words(rules)
        self._years_ago_of: dict[str, list[str]] = {
            language: list(phrases) for language, phrases in rules.get("years_ago", {}).items()}
        self._years_ago = [phrase for phrases in self._years_ago_of.values() for phrase in phrases]
        self._numbers_of: dict[str, list[str]] = {
            language: list(_keyed(dict.fromkeys(table)))
            for language, table in rules.get("number_words", {}).items()}
        self._ago_cache: re.Pattern[str] | None = None
        self._ago_of: dict[str, re.Pattern[str]] = {}
        self._compile_language_phrases(rules)
        year_cues = [w for words in _table(rules, "year_cues").values() for w in words]
        year_then = [w for words in _table(rules, "year_then").values() for w in words]
        # Nouns of a count after a number: "hat 2000 Einwohner" is no year.
        counted = [w for words in rules.get("counted", {}).values() for w in words]
        # (compiled once and tried after a year's match: inside the year's pattern, narrowed
        # to each text's cue words and so compiled again for most texts, it took a fifth of
        # the grammar's time)
        self._counted_after = re.compile(
            rf"\s+(?:{_alternation(counted) if counted else '(?!)'})\b", re.IGNORECASE)
        vi_cues = list(rules.get("vi_day_cues", {}).get("words", []))
        # "thứ Tư (5/6)": a Vietnamese weekday gives its day and month in brackets.
        vi_weekdays = [w for day in _table(rules, "weekdays").get("vi", []) for w in day.split("|")]
        month_cues = [w for words in _table(rules, "month_cues").values() for w in words]
        self._month_cues = _alternation(month_cues)
        # Words after a month that make it a date ("Mart ayında"), and after a year before
        # such a month ("2023 yılının Mart ayında"); none: a pattern that matches nothing.
        month_then = [w for words in rules.get("month_then", {}).values() for w in words]
        year_of = [w for words in rules.get("year_of_month", {}).values() for w in words]
        self._month_then = _alternation(month_then) if month_then else "(?!)"
        self._year_of = _alternation(year_of) if year_of else "(?!)"
        # The noun of a year written between it and its day or month ("2025. gada 14.
        # oktobrī", "2025 m. spalio 14 d.").
        year_nouns = [w for words in rules.get("year_nouns", {}).values() for w in words]
        self._year_noun = _alternation(year_nouns) if year_nouns else "(?!)"
        # Between the two days of a range ("10-14 October", "van 3 tot en met 5 mei"), and
        # between two days told together ("il 12 e 13 maggio", "12 et 13 mai").
        through = "|".join(["-", "–", "—", "/", *(re.escape(w) for words in _table(
            rules, "range_words").values() for w in words)])
        pair = "|".join(re.escape(w) for words in _table(rules, "pair_words").values()
                        for w in words)
        self._range_joiner = re.compile(
            rf"\s*(?:{through})\s*(?:(?:the|il|le|el|o|dem|zum)\s+)?", re.IGNORECASE)
        self._vocabularies = {
            "months": _Vocabulary(self.month_of), "relative": _Vocabulary(self.relative),
            "units": _Vocabulary(self.relative_unit), "weekdays": _Vocabulary(self.weekday_of),
            "month_cues": _Vocabulary(month_cues), "year_cues": _Vocabulary(year_cues),
            "ordinal_days": _Vocabulary(self.ordinal_day_of)}
        self._narrowed_cache: dict[tuple[str, tuple[str, ...], tuple[frozenset[str], ...]],
                                   re.Pattern[str]] = {}
        self._last_words: _TextWords | None = None
        # Japanese era names and the year before each era's first ("令和" 2018: "令和6年" is 2024)
        self._era_base = {name: int(base) for table in rules.get("eras", {}).values()
                          for name, base in table.items()}
        self._articles = _alternation(
            [w for words in _table(rules, "day_month_cues").values() for w in words])
        self._compile(rf"(?:{_alternation(vi_cues)})\s+|(?:{_alternation(vi_weekdays)})\s*\(\s*",
                      through, pair or "-", _alternation(year_then))

    def _read_words(self, rules: dict[str, Any]) -> None:
        """The words of months, weekdays, ordinal days, relative days and units and numbers of
        every language, keyed as a text's words are looked up."""
        self.month_of: dict[str, int] = {}
        own_months: dict[str, dict[str, int]] = {}
        for language, names in _table(rules, "months").items():
            for number, spellings in enumerate(names, start=1):
                for spelling in spellings.split("|"):
                    self.month_of.setdefault(spelling, number)
                    own_months.setdefault(language, {})[spelling] = number
        self.weekday_of = {
            spelling: number for names in _table(rules, "weekdays").values()
            for number, spellings in enumerate(names) for spelling in spellings.split("|")}
        self._ordinal_heads = tuple(
            word for words in _table(rules, "ordinal_heads").values() for word in words)
        weekday_heads, tails = _table(rules, "weekday_heads"), _table(rules, "weekday_tails")
        self._weekday_heads: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _keyed({
            spelling: (tuple(weekday_heads[language]), tuple(tails.get(language, ())))
            for language, names in _table(rules, "weekdays").items() if language in weekday_heads
            for spellings in names for spelling in spellings.split("|")})
        relative_days: dict[str, Any] = rules.get("relative_days", {})
        self.relative: dict[str, int] = {
            word: int(days) for table in relative_days.values() for word, days in table.items()}
        relative_units: dict[str, Any] = rules.get("relative_units", {})
        self.relative_unit: dict[str, tuple[str, int]] = {
            phrase: (str(unit), int(offset)) for table in relative_units.values()
            for phrase, (unit, offset) in table.items()}
        self.number_of: dict[str, int] = {
            word: int(n) for table in rules.get("number_words", {}).values()
            for word, n in table.items()}
        self.ordinal_day_of: dict[str, int] = _keyed({
            word: int(n) for table in rules.get("ordinal_days", {}).values()
            for word, n in table.items()})
        ordinal_joiners = [w for words in _table(rules, "ordinal_day_joiners").values()
                           for w in words]
        self._ordinal_joiner = _alternation(ordinal_joiners) if ordinal_joiners else "(?!)"
        self._part_words = frozenset(_key(w) for words in _table(
            rules, "ordinal_part_words").values() for w in words)
        self.month_of, self.weekday_of = _keyed(self.month_of), _keyed(self.weekday_of)
        # a spelling that is another month in another language ("listopad": November in
        # Polish and Czech, October in Croatian) is read as its text's language reads it
        self._months_of_language = {
            language: {word: n for word, n in _keyed(table).items() if self.month_of[word] != n}
            for language, table in own_months.items()}
        self._months = self.month_of
        self._month_tables: dict[str, dict[str, int]] = {}
        self.relative, self.number_of = _keyed(self.relative), _keyed(self.number_of)
        self.relative_unit = _keyed(self.relative_unit)

    def _compile_language_phrases(self, rules: dict[str, Any]) -> None:
        """Each language's tense cues and the phrases around a date compiled per language (a
        month's name that is an adverb, "the same day", "said on", a day alone): a language's
        words apply to its own texts only."""
        self._tenses = {language: _Tense.of(cues)
                        for language, cues in rules.get("tense_cues", {}).items()}
        # A month's name that is also an adverb of the language before the words it goes
        # with (ro "mai multe": "more", no May), per language.
        self._not_months = {
            language: re.compile(
                rf"\b(?:{_alternation(list(table))})\s+"
                rf"(?:{_alternation([w for words in table.values() for w in words])})\b",
                re.IGNORECASE)
            for language, table in rules.get("not_months", {}).items()}
        self._same_day = {
            language: re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", re.IGNORECASE)
            for language, phrases in _table(rules, "same_day").items()}
        self._said_on = {
            language: re.compile(rf"(?<!\w)(?:{_alternation(phrases)})\s*$", re.IGNORECASE)
            for language, phrases in _table(rules, "said_on").items()}
        weekdays = _table(rules, "weekdays")
        self._days_alone = {
            language: re.compile(words["pattern"]) if "pattern" in words else re.compile(
                # a weekday written with a digit is no day of a longer number ("lần thứ 28",
                # the 28th time, is no Monday the 8th)
                rf"\b(?:(?P<weekday>{_alternation(_spellings(weekdays.get(language, [])))})"
                rf"(?!(?<=\d)\d)\s*,?\s*(?:the\s+)?\(?(?=\d)|(?:{words['before']})\s*(?=\d))"
                rf"(\d{{1,2}})(?:{words['suffix']})\)?(?!\w)"
                rf"(?=\s*[,;:)!?]|\s*\.(?:\s|$)|\s+(?:{words['then']})(?!\w))",
                re.IGNORECASE)
            for language, words in rules.get("days_alone", {}).items()}

    def _compile(self, vi_cues: str, through: str, pair: str, year_then: str) -> None:
        """The named patterns, in the order a text's candidates are read."""
        self._patterns: list[tuple[str, re.Pattern[str] | _Narrowed]] = [
            *self._numeric_patterns(vi_cues),
            *self._month_patterns(through, pair, year_then),
            *self._han_patterns(),
            *self._relative_patterns(),
        ]

    def _numeric_patterns(self, vi_cues: str) -> _Patterns:
        """The patterns of dates written in digits (a year in brackets, ISO, day-month-year,
        Vietnamese days and months by a slash or after their words)."""
        flags = re.IGNORECASE
        return [
            # The years an anniversary counts, in brackets, up to the story's: "kỷ niệm 15
            # năm ... (2009-2024)" dates what began in the first.
            ("year_span", re.compile(r"\(\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)")),
            # A year alone in brackets after a name, as lists of partners write each
            # one's ("Osaka (since 1978), Tianjin (1980), Boston (1985)").
            # A Gregorian year in brackets after the Hijri one, with its era mark: "منذ ١٤٣٠
            # هـ (٢٠٠٩ م)".
            ("year_bracketed", re.compile(r"(?<=[^\W\d])\s\(\s*((?:19|20)\d{2})\s*(?:م\s*)?\)")),
            ("iso", re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d/-])")),
            ("ymd", re.compile(r"(?<![\d.])(\d{4})[./](\d{1,2})[./](\d{1,2})(?![\d.]\d)")),
            # (Czech and Slovak write a space after each dot: "12. 3. 2024")
            ("dmy", re.compile(r"(?<![\d/.-])(\d{1,2})(?:[/.-]|\.\s)(\d{1,2})(?:[/.-]|\.\s)"
                               r"(\d{4})(?![\d])")),
            ("vi_full", re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?",
                                   flags)),
            ("vi_month", re.compile(r"tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4})", flags)),
            # Day and month by a slash, a hyphen or a dot: "chiều 9/1", "sáng 12-3", "tối
            # 20.11" (Thanh Niên).
            ("vi_dm", re.compile(rf"(?:{vi_cues})(\d{{1,2}})[/.-](\d{{1,2}})(?![/\d]|[-.]\d)",
                                 flags)),
            # An article before a day and month by a slash: "le 3/10", "el 14/3" (no dot: "le
            # 3.10" may be a figure).
            ("dm_article", re.compile(rf"(?<!\w)(?:{self._articles})\s+(\d{{1,2}})/(\d{{1,2}})"
                                      r"(?![/\d])", flags)),
            ("vi_range", re.compile(  # "từ ngày 8 đến 11/7", "ngày 8-11/7/2024", "từ 8/7 đến 11/7",
                # "từ ngày 11 đến 14-3", "từ 30-6 đến 2-7"
                r"(?:từ\s+)?(?:ngày\s+)?(?<![\d/-])(\d{1,2})(?:[/-](\d{1,2}))?\s*(?:đến|-|–)\s*"
                r"(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![/\d]|-\d)", flags)),
        ]

    def _month_patterns(self, through: str, pair: str, year_then: str) -> _Patterns:
        """The patterns of dates that name their month in words (day and month, month and
        year, a month after its cue) and of a year told by the words around it."""
        # (Hungarian glues the day's case ending after a hyphen: "március 12-én", "16-án és
        # 17-én", "április 15-től")
        d = r"(\d{1,2})(?:st|nd|rd|th|er|\.?º|°|\.|-(?:j?[áé]n|[áé]ig|ig|t[óő]l|i)(?!\w))?"
        # The second day of a range may take its article: "tra l'8 e il 10 maggio".
        article = r"(?:(?:il|el|le|the|dem|o)\s+|l['’])?"
        # "June 5 and 6" (Hungarian "március 3. és 5."): two days, unless the number counts
        # what follows ("May 3 and 5 other cities").
        both = (r"\s+(?:and|&|és)\s+(?=\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!\s+(?!(?:in|at|on|for|"
                r"with|and|when|to|as|the|from|during|by|while|that|where)\b)(?-i:[a-z])))")
        flags = re.IGNORECASE
        return [
            # Year first, with a dot after it, and the month in lower case (Hungarian:
            # "2024. március 12.", "1994. május 12-én", "2023 októberében")
            ("y_month_d", self._narrowed("months", lambda months: (
                rf"(?<![\d.,/-])((?:19|20)\d{{2}})\.\s+(?-i:({months}))\s+(\d{{1,2}})"
                r"(?:\.|-[^\W\d_]+)?(?!\d)"))),
            # Year first, with its noun, then the day and month (Latvian "2025. gada 14.
            # oktobrī") or the month and day (Lithuanian "2025 m. spalio 14 d.")
            ("y_noun_d_month", self._narrowed("months", lambda months: (
                rf"(?<![\d.,/-])((?:19|20)\d{{2}})\.?\s+(?:{self._year_noun})\s+"
                rf"(\d{{1,2}})\.?\s+(?-i:({months}))(?!\w)"))),
            ("y_noun_month_d", self._narrowed("months", lambda months: (
                rf"(?<![\d.,/-])((?:19|20)\d{{2}})\.?\s+(?:{self._year_noun})\s+"
                rf"(?-i:({months}))\s+(\d{{1,2}})(?!\d)(?:\s+d\.)?"))),
            ("y_month", self._narrowed("months", lambda months: (
                rf"(?<![\d.,/-])((?:19|20)\d{{2}})\.?\s+(?:(?:{self._year_noun})\s+)?"
                rf"(?-i:({months}))\b(?!\s*\d)"))),
            ("d_month", self._narrowed("months", lambda months: (
                rf"(?<![\d.]){d}(?:\s*(?:{through}|{pair})\s*{article}{d})?"
                # (Catalan elides "de" before a vowel: "el 3 d'abril")
                rf"\s+(?:de\s+|d['’]|(?:day\s+)?of\s+)?"
                rf"({months})\b\.?"
                rf"(?:,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d))?"))),
            # A day written as an ordinal word before its month ("الأول من تموز", "في الثاني
            # من مايو 2024")
            ("ordinal_d_month", self._narrowed(("ordinal_days", "months"), lambda days, months: (
                rf"(?<!\w)({days})\s+(?:(?:{self._ordinal_joiner})\s+)?({months})(?!\w)"
                # ("el primero de mayo de 2023")
                rf"(?:,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d))?"))),
            ("month_d", self._narrowed("months", lambda months: (
                rf"\b({months})\.?\s+{d}(?:(?:\s*(?:-|–|—|to|through)\s*|{both}){d})?(?!\d)"
                rf"(?:(?:,?\s+|\s*[-–—]\s*)(\d{{4}})(?!\d))?"))),
            # A web page's byline as Viet Nam News writes it: "Update: October, 22/2025"
            # (or "October 22/2025").
            ("month_comma_d", self._narrowed("months", lambda months: (
                rf"\b({months})(?:,\s*|\s+)(\d{{1,2}})/(\d{{4}})(?![\d/])"))),
            ("month_y", self._narrowed("months", lambda months: (
                rf"\b({months})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d)"))),
            ("month", self._narrowed(("month_cues", "months"), lambda cues, months: (
                rf"\b(?:{cues})\s*({months})\b(?!\s*\d)"))),
            ("month_then", self._narrowed("months", lambda months: (
                rf"(?:(?<![\d.,/-])((?:19|20)\d{{2}})\s+(?:{self._year_of})\s+)?"
                rf"\b({months})\s+(?:{self._month_then})(?!\w)"))),
            ("vi_month_alone", re.compile(  # "đầu tháng 6", "vào tháng 6", "tháng 9 vừa qua"
                rf"(?:\b(?P<cue>{self._month_cues})\s+)?(?P<month>tháng\s+(?P<number>\d{{1,2}}))"
                r"(?![\d/])(?(cue)|(?=\s+(?:vừa qua|vừa rồi|tới|này|năm\b)))", flags)),
            ("year", self._narrowed(("year_cues",), lambda cues: (
                rf"\b(?:{cues})(?:\s+|(?<=-))(?:the\s+year\s+|l'anno\s+)?"
                rf"((?:19|20)\d{{2}})\b(?![-/.]\d)"))),
            # A Turkish year takes its case ending after an apostrophe ("1998'den bu yana"),
            # a Latvian one its ordinal dot before its noun ("1995. gadā").
            # An aside between dashes or commas may stand between a German year and its
            # participle ("die beide Städte 1948 – nur drei Jahre nach Kriegsende – besiegelt
            # hatten").
            ("year_then", re.compile(rf"(?<![\d.,/-])((?:19|20)\d{{2}})(?:{_ASIDE})?"
                                     rf"(?:\s+|(?=['’.-]))(?:{year_then})", flags)),
        ]

    def _han_patterns(self) -> _Patterns:
        """The patterns of dates written with Chinese, Japanese or Korean characters for the
        year, month and day, and a Japanese era's years."""
        return [
            # Chinese: year, month and day by their characters, a range's second day with
            # its month or alone ("2016年5月12日", "11月3日至5日", "3月17日电")
            # Korean writes them so in Hangul ("2026년 11월 27일", "11월 3일부터 5일까지",
            # "1990년대" a decade)
            ("zh_full", re.compile(
                r"(?<!\d)(?:((?:19|20)\d{2})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"
                r"(?:\s*(?:[至到—–~-]|から|부터)\s*(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日号일])?")),
            # An era's year, its month and day perhaps ("令和6年", "平成元年4月1日"; Taiwan's
            # "民國114年" has three digits)
            ("era", re.compile(
                rf"(?:{_alternation(list(self._era_base)) if self._era_base else '(?!)'})"
                r"\s*(\d{1,3}|元)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")),
            ("zh_month", re.compile(
                r"(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월](?!\s*\d)")),
            ("zh_year", re.compile(
                r"(?<!\d)((?:19|20)\d{2})\s*[年년](?!\s*\d{1,2}\s*[月월]|代|대)")),
        ]

    def _relative_patterns(self) -> _Patterns:
        """The patterns of dates told relative to the publication (yesterday, next month, a
        weekday, years ago)."""
        flags = re.IGNORECASE
        return [
            # Words of a script without spaces (Chinese) are bounded by what is no letter of
            # a spaced word, so that "昨天" counts inside a run ("会议昨天举行")
            ("relative", self._narrowed("relative", lambda start, end, words: (
                rf"{start}({words}){end}"), bounded=True)),
            # not "no próximo mês de setembro": the month is named
            ("unit", self._narrowed("units", lambda start, end, words: (
                rf"{start}({words}){end}(?!\s+(?:de|di|of)\s)"), bounded=True)),
            ("weekday", self._narrowed("weekdays", lambda words: rf"\b({words})\b")),
            ("ago", re.compile(self._ago_pattern(), flags)),
        ]

    @staticmethod
    def _narrowed(vocabularies: str | tuple[str, ...], source: Callable[..., str], *,
                  bounded: bool = False) -> _Narrowed:
        names = (vocabularies,) if isinstance(vocabularies, str) else vocabularies
        return _Narrowed(names, source, bounded)

    def _narrow(self, kind: str, pattern: _Narrowed, words: _TextWords) -> re.Pattern[str] | None:
        """The pattern over the words of its vocabulary that the text holds; ``None`` when it
        holds none, and the pattern cannot match."""
        present = tuple(words.of(self._vocabularies[name]) for name in pattern.vocabularies)
        if not all(present):
            return None
        bounds = word_bounds(words.han) if pattern.bounded else ()
        key = (kind, bounds, present)
        compiled = self._narrowed_cache.get(key)
        if compiled is None:
            if len(self._narrowed_cache) >= NARROWED_CACHE_SIZE:
                self._narrowed_cache.clear()
            compiled = re.compile(
                pattern.source(*bounds, *(_alternation(sorted(words)) for words in present)),
                re.IGNORECASE)
            self._narrowed_cache[key] = compiled
        return compiled

    @property
    def _ago_words(self) -> re.Pattern[str]:
        """The last word of each phrase of years counted back, as whole words: one of them a
        text must hold for a phrase to match ("ago", "fa", "ans", "jahren")."""
        if self._ago_cache is None:
            last = {phrase.replace("#", " ").replace("'", " ").replace("’", " ").lower()
                    .split()[-1] for phrase in self._years_ago}
            self._ago_cache = re.compile(rf"(?<!\w)(?:{_alternation(sorted(last))})(?!\w)")
        return self._ago_cache

    def _ago_for(self, language: str | None) -> re.Pattern[str] | None:
        """The years counted back in the phrases and number words of a text's language and
        of English, which any text may quote; ``None`` for every language's (a language of
        no phrases of its own, or none given). The phrases of every language times the
        number words of every language made one alternation of 70,000 characters, tried at
        every word of every text: most of the date grammar's time."""
        if language is None or language not in self._years_ago_of:
            return None
        pattern = self._ago_of.get(language)
        if pattern is None:
            languages = dict.fromkeys((language, "en"))
            phrases = [p for lang in languages for p in self._years_ago_of.get(lang, [])]
            numbers = [w for lang in languages for w in self._numbers_of.get(lang, [])]
            pattern = re.compile(self._ago_pattern(phrases, numbers), re.IGNORECASE)
            self._ago_of[language] = pattern
        return pattern

    def _ago_pattern(self, years_ago: list[str] | None = None,
                     numbers: list[str] | None = None) -> str:
        """"il y a trente ans", "30 anni fa": one group per phrase for its number."""
        numbers = list(self.number_of) if numbers is None else numbers
        words = _alternation(numbers) if numbers else r"(?!)"
        number = rf"\d{{1,3}}|{words}"
        phrases = []
        for index, phrase in enumerate(self._years_ago if years_ago is None else years_ago):
            before, hole, after = phrase.partition("#")
            if not hole:  # "a year ago", "un anno fa": one year
                phrases.append(re.escape(phrase).replace(r"\ ", r"\s+"))
                continue
            phrases.append(rf"{re.escape(before.strip())}\s*(?P<n{index}>{number})\s*"
                           rf"{re.escape(after.strip())}")
        return rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)" if phrases else r"(?!)"

    def find(self, text: str, base: dt.date | None = None, *,
             base_is_exact: bool = True, language: str | None = None) -> list[DateMatch]:
        """Every date of the text, non-overlapping (longest first), in text order.

        Args:
            text: the text to scan.
            base: the date that yearless and relative dates are resolved against.
            base_is_exact: ``False`` when the base only approximates a partial date
                (``2023-11``): yearless dates still get a year, but "yesterday" and
                weekdays are dropped since their day would be a guess.
            language: the text's language, whose tense words tell whether a yearless
                date is past or to come ("ouvrira le 15 juin"); ``None`` reads no tense.
        """
        # Arabic-Indic digits read as ASCII ones, one character each: the offsets hold, and
        # the patterns that spell a year "(?:19|20)" find "منذ عام ٢٠٠٤" too
        text = text.translate(_ASCII_DIGITS)
        self._months = self._month_table(language)
        found = _dated_once(
            m for m in self._candidates(text, base, language)
            if (base_is_exact or not m.relative or m.weekday)
            and NUMBER_SIGN.search(text, max(0, m.span[0] - 6), m.span[0]) is None)
        dated = _drop_weekdays_of_dates(
            text, _in_counted_years(text, _joined_ranges(text, found, self._range_joiner)),
            self.weekday_of)
        tense = self._tenses.get(language or "")
        if base is not None and base_is_exact:
            dated = [_placed(self._day_of_week(text, m, base), base,
                             tense.of_date(text, m.span) if tense else 0) for m in dated]
        dated = [m for m in dated if base_is_exact or not m.weekday]
        adverbs = self._not_months.get(language or "")
        if adverbs is not None:  # "în mai multe orașe": no May (a day before it is one)
            dated = [m for m in dated if len(m.value) != len("YYYY-MM") or not any(
                a.start() < m.span[1] <= a.end() for a in adverbs.finditer(text, m.span[0]))]
        dated = self._with_days_alone(text, dated, base if base_is_exact else None,
                                      self._days_alone.get(language or ""), tense)
        return _with_same_days(text, dated, self._same_day.get(language or ""),
                               self._said_on.get(language or ""))

    def _month_table(self, language: str | None) -> dict[str, int]:
        """The months' words as a text in ``language`` reads them (kept per language)."""
        table = self._month_tables.get(language or "")
        if table is None:
            own = self._months_of_language.get(language or "", {})
            table = self._month_tables[language or ""] = {**self.month_of, **own}
        return table

    def _with_days_alone(self, text: str, dated: list[DateMatch], base: dt.date | None,
                         days: re.Pattern[str] | None, tense: _Tense | None) -> list[DateMatch]:
        """The dates with the days written alone in the text ("il 29", "venerdì 12")."""
        if days is None:
            return dated
        alone = [m for m in (self._day_alone(d, dated, base, tense) for d in days.finditer(text))
                 if m is not None]
        # "venerdì 12": the day written with the weekday replaces the weekday alone.
        dated = [d for d in dated if not any(
            d.weekday and a.span[0] <= d.span[0] and d.span[1] <= a.span[1] for a in alone)]
        return sorted([*dated, *alone], key=lambda m: m.span[0])

    def _day_of_week(self, text: str, match: DateMatch, base: dt.date) -> DateMatch:
        """A weekday of a week counted from the base ("thứ Hai tuần trước", "Monday last
        week") is a day."""
        unit = self.relative_unit.get(_key(text[match.span[0]:match.span[1]]))
        if match.named_weekday is None or unit is None or unit[0] != "week":
            return match
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=unit[1])
        day = monday + dt.timedelta(days=match.named_weekday)
        return dataclasses.replace(match, value=day.isoformat(), weekday=True)

    def _day_alone(self, m: re.Match[str], dated: list[DateMatch], base: dt.date | None,
                   tense: _Tense | None) -> DateMatch | None:
        """A day of the month written alone ("On the 29th, ..."): of the month of the last
        date told before it ("The delegation arrived on 27 May. On the 29th, ..."); with none,
        of the publication's month, the last such day (the next one when told in the future).
        With its weekday ("venerdì 12", "mardi 4"), the nearest day that has both."""
        span, day = m.span(), int(m.group(2))
        if any(d.span[0] < span[1] and span[0] < d.span[1] and not d.weekday for d in dated):
            return None
        before = [d for d in dated if d.span[1] <= span[0]
                  and span[0] - d.span[1] <= DAY_ALONE_REACH and len(d.value) >= 7]
        anchor = before[-1] if before else None
        if m.group("weekday"):
            named = self.weekday_of[_key(m.group("weekday"))]
            reference = dt.date.fromisoformat((anchor.value + "-01")[:10]) if anchor else base
            value = _day_with_weekday(reference, day, named) if reference else None
            if anchor is not None and base is not None and value is not None \
                    and value[:7] != anchor.value[:7]:
                # the anchor's month has no such day ("3 de outubro de 2023 ... quinta-feira
                # (9)", told in 2025): the older date is background; the story's own week
                anchor, value = None, _day_with_weekday(base, day, named)
            return DateMatch(span, value, explicit_year=bool(anchor and anchor.explicit_year),
                             relative=anchor is None, named_weekday=named) if value else None
        if anchor is not None:
            dated_day = _day_of_anchor(span, day, anchor)
            # a day before the story's own date told first ("长沙10月3日电 ... 2日在长沙签署"): a
            # day before publication, read as one written with no date before it
            if dated_day is not None or base is None or anchor.value != base.isoformat():
                return dated_day
        if base is None:
            return None
        later = tense is not None and tense.of_date(m.string, (m.start(2), span[1])) > 0
        index = base.year * 12 + base.month - 1 + (
            1 if later and day < base.day else -1 if not later and day > base.day else 0)
        value = iso(index // 12, index % 12 + 1, day)
        return DateMatch(span, value, explicit_year=False, relative=True) if value else None

    def _candidates(self, text: str, base: dt.date | None,
                    language: str | None = None) -> Iterator[DateMatch]:
        words = self._words_of(text)
        for kind, entry in self._patterns:
            if isinstance(entry, _Narrowed):
                if kind not in words.narrowed:
                    words.narrowed[kind] = self._narrow(kind, entry, words)
                narrowed = words.narrowed[kind]
                if narrowed is None:
                    continue
                pattern = narrowed
            else:
                pattern = entry
            if kind == "ago" and (base is None or self._ago_words.search(words.lowered) is None):
                continue  # the costly alternation of years counted back, only where it may be
                # (and it counts back from a base only)
            if kind == "ago":
                pattern = self._ago_for(language) or pattern
            if kind in VIETNAMESE_ONLY and not words.vietnamese:
                continue  # "ngày 28 tháng 7", "chiều 9/1": words of Vietnamese only
            if kind in HAN_CHARACTER and not any(c in text for c in HAN_CHARACTER[kind]):
                continue  # "11月3日", "2016年", "2026년": each match holds its character
            convert = getattr(self, f"_from_{kind}")
            for m in words.matches(pattern):
                result = convert(m, base)
                if result is not None:
                    yield result

    def _words_of(self, text: str) -> _TextWords:
        """The words and pattern matches of a text, kept for the last text read."""
        # A story with no date is read twice, for the years it writes and then for its
        # dates against the last of them: the second reading takes the first one's matches
        # (measured: a third of the date grammar's time on the dev corpus). One text is kept,
        # with its matches; a text read again later is scanned again.
        last = self._last_words
        if last is None or (last.text is not text and last.text != text):
            last = self._last_words = _TextWords(text)
        return last

    # One converter per pattern: groups -> DateMatch (or None when invalid).
    def _from_iso(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        day = int(m.group(3)) if m.group(3) else None
        value = iso(int(m.group(1)), int(m.group(2)), day)
        return DateMatch(m.span(), value) if value else None

    def _from_ymd(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return DateMatch(m.span(), value) if value else None

    def _from_dmy(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # Day first, as everywhere but the US; "1/22/2015" can only be month first.
        value = iso(year, second, first) if second <= 12 else iso(year, first, second)
        return DateMatch(m.span(), value) if value else None

    def _from_vi_full(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        return self._dated(m.span(), m.group(3), int(m.group(2)), int(m.group(1)), base)

    def _from_zh_full(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        start = self._dated(m.span(), m.group(1), int(m.group(2)), int(m.group(3)), base)
        if start is None or not m.group(5):
            return start
        end = iso(int(start.value[:4]), int(m.group(4) or m.group(2)), int(m.group(5)))
        return DateMatch(start.span, start.value, end, start.explicit_year) if end else None

    def _from_era(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        era = m.group()[:m.start(1) - m.start()].strip()
        year = self._era_base[era] + (1 if m.group(1) == "元" else int(m.group(1)))
        value = iso(year, int(m.group(2)) if m.group(2) else None,
                    int(m.group(3)) if m.group(3) else None)
        return DateMatch(m.span(), value, None, True) if value else None

    def _from_zh_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(1)), int(m.group(2)))
        return DateMatch(m.span(), value) if value else None

    def _from_zh_year(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(1)))
        return DateMatch(m.span(1), value) if value else None

    def _from_vi_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(2)), int(m.group(1)))
        return DateMatch(m.span(), value) if value else None

    def _from_vi_range(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        end_month, start_month = int(m.group(4)), int(m.group(2) or m.group(4))
        start = self._dated(m.span(), m.group(5), start_month, int(m.group(1)), base)
        if start is None:
            return None
        end = iso(int(start.value[:4]), end_month, int(m.group(3)))
        return DateMatch(start.span, start.value, end, start.explicit_year) if end else None

    def _from_vi_dm(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        return self._dated(m.span(), None, int(m.group(2)), int(m.group(1)), base)

    def _from_dm_article(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        return self._dated(m.span(), None, int(m.group(2)), int(m.group(1)), base)

    def _from_d_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        month = self._months[_key(m.group(3))]
        start = self._dated(m.span(), m.group(4), month, int(m.group(1)), base)
        if start is None or not m.group(2):
            return start
        end = iso(int(start.value[:4]), month, int(m.group(2)))
        return DateMatch(start.span, start.value, end, start.explicit_year) if end else None

    def _from_ordinal_d_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        before = _WORD.findall(m.string[max(0, m.start() - 20):m.start()])
        if before and _key(before[-1]) in self._part_words:
            return None  # "النصف الثاني من مايو": the second half of the month, no day
        return self._dated(m.span(), m.group(3), self._months[_key(m.group(2))],
                           self.ordinal_day_of[_key(m.group(1))], base)

    def _from_month_d(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        month = self._months[_key(m.group(1))]
        start = self._dated(m.span(), m.group(4), month, int(m.group(2)), base)
        if start is None or not m.group(3):
            return start
        end = iso(int(start.value[:4]), month, int(m.group(3)))
        return DateMatch(start.span, start.value, end, start.explicit_year) if end else None

    def _from_y_month_d(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(1)), self._months[_key(m.group(2))], int(m.group(3)))
        return DateMatch(m.span(), value) if value else None

    def _from_y_noun_d_month(self, m: re.Match[str],
                             base: dt.date | None) -> DateMatch | None:
        """A year, its noun, the day and the month ("2025. gada 14. oktobrī")."""
        value = iso(int(m.group(1)), self._months[_key(m.group(3))], int(m.group(2)))
        return DateMatch(m.span(), value) if value else None

    _from_y_noun_month_d = _from_y_month_d  # "2025 m. spalio 14 d."

    def _from_y_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(1)), self._months[_key(m.group(2))])
        return DateMatch(m.span(), value) if value else None

    def _from_month_comma_d(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(3)), self._months[_key(m.group(1))], int(m.group(2)))
        return DateMatch(m.span(), value) if value else None

    def _from_month_y(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        value = iso(int(m.group(2)), self._months[_key(m.group(1))])
        return DateMatch(m.span(), value) if value else None

    def _from_month(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        """A month alone ("ad aprile"): of the base's year, or the one before when that
        is too far ahead."""
        inferred = infer_year(self._months[_key(m.group(1))], 1, base)
        return DateMatch(m.span(1), inferred[:7], explicit_year=False) if inferred else None

    def _from_month_then(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        """A month before the words that make it a date ("Mart ayında"), of the year
        written before it ("2023 yılının Mart ayında") or else as a month alone."""
        month = self._months[_key(m.group(2))]
        if m.group(1):
            value = iso(int(m.group(1)), month)
            return DateMatch(m.span(), value) if value else None
        inferred = infer_year(month, 1, base)
        return DateMatch(m.span(2), inferred[:7], explicit_year=False) if inferred else None

    def _from_vi_month_alone(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        inferred = infer_year(int(m.group("number")), 1, base)
        return DateMatch(m.span("month"), inferred[:7], explicit_year=False) if inferred else None

    def _from_year(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        if self._counted_after.match(m.string, m.end(1)):
            return None  # a count ("hat 2000 Einwohner"), no year
        value = iso(int(m.group(1)))
        return DateMatch(m.span(1), value) if value else None

    def _from_year_span(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        """The first year of a span that ends in the story's year (a life's or a term's
        years, ended before, are no date of the story's events)."""
        first, last = int(m.group(1)), int(m.group(2))
        if base is None or not first < last or abs(last - base.year) > 1:
            return None
        value = iso(first)
        return DateMatch(m.span(1), value) if value else None

    _from_year_bracketed = _from_year  # "Tianjin (1980)": the year only
    _from_year_then = _from_year  # "des 1988 geschlossenen Vertrags": the year only

    def _from_relative(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        if base is None:
            return None
        day = base + dt.timedelta(days=self.relative[_key(m.group(1))])
        return DateMatch(m.span(), day.isoformat(), explicit_year=False, relative=True)

    def _from_unit(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        if base is None or COUNTED.search(m.string, max(0, m.start() - 20), m.start()):
            return None
        value = shifted(base, *self.relative_unit[_key(m.group(1))])
        return DateMatch(m.span(), value, explicit_year=False, relative=True) if value else None

    def _from_ago(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        """The year that many years before the base's ("hace diez años")."""
        if base is None:
            return None
        written = next((group for group in m.groups() if group), None)
        if written is None:  # a phrase of one year ("a year ago")
            years: int | None = 1
        else:
            years = int(written) if written.isdigit() else self.number_of.get(_key(written))
        value = iso(base.year - years) if years else None
        return DateMatch(m.span(), value, explicit_year=False, relative=True) if value else None

    def _from_weekday(self, m: re.Match[str], base: dt.date | None) -> DateMatch | None:
        before = m.string[max(0, m.start() - 24):m.start()]
        if base is None or self._ordinal(text_before=before) or self._counted(m, before):
            return None
        # News reports the weekday of a past day of this week (or today).
        back = (base.weekday() - self.weekday_of[_key(m.group(1))]) % 7
        day = base - dt.timedelta(days=back)
        return DateMatch(m.span(), day.isoformat(), explicit_year=False, relative=True,
                         weekday=True)

    def _counted(self, m: re.Match[str], text_before: str) -> bool:
        """A weekday's name in lower case with no head of its language's before it and no
        tail after it is an ordinal ("địa phương nước ngoài thứ hai", the second foreign
        town)."""
        words = self._weekday_heads.get(_key(m.group(1)))
        if words is None or m.group(1) != m.group(1).lower():
            return False
        heads, tails = words
        head = " " + text_before.lower().rstrip()
        tail = m.string[m.end():m.end() + 12].lower().lstrip()
        return not any(head.endswith(" " + word) for word in heads) and not any(
            tail.startswith(word) for word in tails)

    def _ordinal(self, text_before: str) -> bool:
        """A weekday's name after an ordinal's head is the ordinal ("lần thứ hai", the
        second time; "đứng thứ ba", ranks third)."""
        head = " " + text_before.lower().rstrip()
        return any(head.endswith(" " + word) for word in self._ordinal_heads)

    def _dated(self, span: Span, year: str | None, month: int, day: int,
               base: dt.date | None) -> DateMatch | None:
        if year:
            value = iso(int(year), month, day)
            return DateMatch(span, value) if value else None
        inferred = infer_year(month, day, base)
        return DateMatch(span, inferred, explicit_year=False) if inferred else None


COUNTED = re.compile(r"(?<![/\d])(?<!tháng )(?<!ngày )\d+\s+$", re.IGNORECASE)
"""A number before a counted unit: "3 tháng trước" is three months ago, not last month (but
"tháng 3 năm ngoái" is March last year)."""
