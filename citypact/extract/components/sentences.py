"""Sentence splitting: a rule-based splitter that keeps exact offsets.

Measured alternatives (dependencies.md §6): pysbd has no Vietnamese and runs at
28 kchar/s on Italian; spaCy's Vietnamese tokenizer pulls pyvi (+236 MB). A line
break always ends a sentence (news text keeps paragraphs, captions and headlines
on their own lines); inside a line, ``.!?…`` followed by a space and a capital,
digit or quote ends one unless the word before is a known abbreviation or an
initial.
"""

from __future__ import annotations

import dataclasses
import re

from citypact.extract.pipeline import Doc
from citypact.extract.rules import load_rule_file, string_list, supported_languages
from citypact.model import Span
from citypact.textnorm import fold

_CANDIDATE = re.compile(r"[.!?…؟]+[\"'”’“‘»«)\]]*(?=\s+[\"'“‘„‚«»(\[]?[\w])"
                        r"|[。！？]+[”’」』）)]*(?=\s*[^\s”’」』）)])")
"""A sentence end: its stops (Arabic's question mark "؟" among them), closing quotes, then a
space and a word or an opening quote (Dutch
and German open with low quotes and close with high ones: „Wij willen samenwerken“); or a
full-width stop of Chinese, which writes no space after it ("签署协议。双方将……")."""
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_GLUED = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=[^\W\d_]{2})")
"""A sentence end with its space lost ("opportunities.Favaro said"), found where a lower-case
word meets a capitalised one."""


def load_month_names() -> frozenset[str]:
    """Month names of every language (lower-case): "28. September" is one date."""
    table = load_rule_file("dates.toml").get("months", {})
    return frozenset(name for names in table.values() for entry in names
                     for name in str(entry).lower().split("|"))


def load_abbreviations() -> frozenset[str]:
    """All abbreviations of every language (lower-case, without the final period)."""
    table = load_rule_file("sentences.toml").get("abbreviations", {})
    words: set[str] = set()
    for lang in ("common", *supported_languages()):
        words.update(w.lower() for w in string_list(table, lang, "sentences.toml"))
    return frozenset(words)


def split_sentences(text: str, abbreviations: frozenset[str],
                    months: frozenset[str] = frozenset()) -> tuple[Span, ...]:
    """Sentence spans of a text, trimmed of surrounding spaces, covering every word."""
    spans: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        spans.extend(_split_line(line, line_start, abbreviations, months))
        line_start += len(line) + 1
    return tuple(spans)


def _glued_ends(line: str) -> list[int]:
    return [m.end() for m in _GLUED.finditer(line)
            if line[m.start() - 1].islower() and line[m.end()].isupper()
            and line[m.end() + 1].islower()]


def _split_line(line: str, offset: int, abbreviations: frozenset[str],
                months: frozenset[str] = frozenset()) -> list[Span]:
    spans: list[Span] = []
    start = 0
    glued = _glued_ends(line)
    for match in _CANDIDATE.finditer(line):
        while glued and glued[0] <= match.start():
            spans.append(_trimmed(line, start, glued[0], offset))
            start = glued.pop(0)
        next_char = line[match.end():].lstrip()[:1]
        if next_char.islower():
            continue
        if match.group().startswith(".") and _is_abbreviation(line[:match.start()], abbreviations):
            continue
        if match.group() == "." and (_ordinal_date(line, match, months)
                                     or _AGENCY_DASH.match(line, match.end())):
            continue
        spans.append(_trimmed(line, start, match.end(), offset))
        start = match.end()
    for end in glued:
        if end > start:
            spans.append(_trimmed(line, start, end, offset))
            start = end
    spans.append(_trimmed(line, start, len(line), offset))
    return [s for s in spans if s[1] > s[0]]


_AGENCY_DASH = re.compile(r"\s*\([^()]{1,30}\)\s*[-–—]")
"""After the abbreviation closing a dateline's place, its agency and dash ("SPRINGFIELD,
Ill. (AP) —"): the period ends nothing."""
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_SPACED_DAY = re.compile(r" \d{1,2}\. (?:1[89]|20)\d\d(?!\d)")
"""After a day's dot, the month's number and the year ("12. 3. 2024")."""
_SPACED_MONTH = re.compile(r"(?<!\d)\d{1,2}\. \d{1,2}$")
_SPACED_YEAR = re.compile(r" (?:1[89]|20)\d\d(?!\d)")


def _ordinal_date(line: str, match: re.Match[str], months: frozenset[str]) -> bool:
    """A day written as an ordinal before its month ("am 28. September") ends nothing; nor do
    the dots of a date written in numbers with spaces ("12. 3. 2024", Czech and Slovak)."""
    if not _ORDINAL.search(line[:match.start()]):
        return False
    if _SPACED_DAY.match(line, match.end()) or (
            _SPACED_MONTH.search(line, 0, match.start())
            and _SPACED_YEAR.match(line, match.end())):
        return True
    following = _NEXT_WORD.match(line, match.end())
    return following is not None and following.group(1).lower() in months


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1).lower()
    # A single letter is an initial ("J. Smith", "U.S."), not a sentence end; not a year's
    # lower-case abbreviation ("w 1994 r.", Polish "roku"), which ends one before a capital.
    if len(word) == 1 and word.isalpha():
        year = _YEAR_LETTER.search(before)
        return year is None or not year.group(1).islower()
    return word in abbreviations and word not in LIST_ENDINGS


_YEAR_LETTER = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s+([^\W\d_])$")
"""A lower-case letter after a year: the year's abbreviation ("1994 r.", Russian "1994 г."),
no initial."""

LIST_ENDINGS = frozenset({"etc", "ecc", "usw", "etc.", "ect"})
"""Abbreviations that end a list and, before a capital letter, the sentence too."""


def _trimmed(line: str, start: int, end: int, offset: int) -> Span:
    piece = line[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    return (offset + start + lead, offset + end - trail)


@dataclasses.dataclass(frozen=True, slots=True)
class Furniture:
    """What a web page around the story leaves in its text (``sentences.toml`` [furniture]),
    folded, over every language: a page may be in one language and its menus in another."""

    list_headings: frozenset[str]
    labels: tuple[str, ...]
    words: frozenset[str]
    credit: re.Pattern[str] | None = None
    """A photo's credit label and what follows it up to the end of its bracket or line."""
    credit_joiners: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Furniture:
        table = load_rule_file("sentences.toml").get("furniture", {})

        def words(key: str, folded: bool = True) -> set[str]:
            found: set[str] = set()
            for lang in ("common", *supported_languages()):
                found.update(fold(w) if folded else w.lower()
                             for w in string_list(table.get(key, {}), lang, "sentences.toml"))
            return found

        labels = "|".join(re.escape(w) for w in sorted(words("credits", False), key=len,
                                                         reverse=True))
        credit = re.compile(rf"(?:^|(?<=[(\[.–—-])|(?<=[.–—-] ))(?:{labels})\s*:\s*"
                            rf"(?P<name>[^\n()\[\].:;|]{{2,60}}?)\s*(?=[)\]]|$)",
                            re.IGNORECASE | re.MULTILINE) if labels else None
        return cls(frozenset(words("list_headings")),
                   tuple(sorted(words("labels"), key=len, reverse=True)),
                   frozenset(words("words")), credit, frozenset(words("credit_joiners", False)))


_BREADCRUMB = re.compile(r"[^\n>»›/]{1,40}(?:\s[>»›/]\s[^\n>»›/]{1,40}){2,}")
"""A page's path, three sections or more ("Home > News > International", "Trang chủ »
Chính trị » Đối ngoại", "Home / Novità / Notizie"): its places name sections, not the
story's parties."""


def _is_breadcrumb(line: str) -> bool:
    """Sections that each open with a capital ("Revenue rose > 5% > the target" is none)."""
    return _BREADCRUMB.fullmatch(line) is not None and all(
        part.strip()[:1].isupper() for part in re.split(r"\s[>»›/]\s", line))


MENU_ITEMS = 4
"""Fewest items of a page's menu written on one line."""
MENU_ITEM_WORDS = 4
"""Most words of one item of a menu."""
_MENU_SEPARATOR = re.compile(r"\s[|•·]\s")


def _is_menu(line: str) -> bool:
    """A page's menu: short items parted by bars or bullets ("News | Sport | Swindon |
    Wiltshire | Chippenham", "Thời sự | Hà Nội | TP.HCM | Quốc tế"): its towns name
    sections, not the story's places. No item is a bare number, as the cells of a table
    flattened into lines are ("San Francisco | United States | 1984")."""
    items = [item.strip() for item in _MENU_SEPARATOR.split(line)]
    return len(items) >= MENU_ITEMS and not _SENTENCE_INSIDE.search(line) and all(
        0 < len(item.split()) <= MENU_ITEM_WORDS and not item.isdigit() for item in items)


WIDGET_LENGTH = 80
"""Longest line read as a weather widget."""
_TEMPERATURE = re.compile(r"(?<![\w°])-?\d{1,2}\s?°\s?[CF]\b")


def _is_widget(line: str) -> bool:
    """A weather widget: a short line with a temperature and no sentence ("Swindon 12°C
    Light rain", "Hạ Long 26°C Có mây", "Hanoi 27°C  HCM City 32°C")."""
    return len(line) <= WIDGET_LENGTH and _TEMPERATURE.search(line) is not None \
        and not _SENTENCE_INSIDE.search(line)


HEADLINE_LENGTH = 160
"""Longest line read as another story's headline in a list of them."""
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’»)]*(?:\s|$)")
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•·*»>]+)\s*")
_CLOSING_MARK = re.compile(r"[?!][\"'”’»)]*\s*$")


def _is_headline(line: str) -> bool:
    """A line of a list of other stories: short, one phrase; its number or bullet ("1.",
    "-", "»") and a closing question or exclamation mark ("Can Limerick save its twinning?")
    are no sentence's end."""
    core = _CLOSING_MARK.sub("", _ENUMERATOR.sub("", line))
    return len(line) <= HEADLINE_LENGTH and not _SENTENCE_INSIDE.search(core)


TEASER_LENGTH = 400
"""Longest line read as the cut lead of another story in a list of them."""
_CUT = re.compile(r"(?:\.\.\.|…)\s*(?:\]|\))?\s*$")


def _is_teaser(line: str) -> bool:
    """Another story's lead cut short under its headline, as lists of related stories give
    it ("Ngày 12/10, UBND thành phố Hải Phòng và thành phố Ulsan đã ký thỏa thuận..."): a
    line that ends with an ellipsis."""
    return len(line) <= TEASER_LENGTH and _CUT.search(line) is not None


def _capital_heading(line: str, headings: frozenset[str]) -> bool:
    """A list heading in capitals opening a line, its headline after it on the same line
    ("LEGGI ANCHE Bra firma un protocollo con Gap", "READ MORE Bath celebrates ...")."""
    words = _ENUMERATOR.sub("", line).split()
    caps = 0
    while caps < len(words) and words[caps].isupper():
        caps += 1
    return 0 < caps < len(words) and any(
        fold(" ".join(words[:n])) in headings for n in range(caps, 0, -1)) \
        and _is_headline(" ".join(words[caps:]))


MENU_RUN = 5
"""Fewest menu items written one a line that make a menu."""
MENU_LINE_WORDS = 3
"""Most words of a menu item written on its own line."""
MENU_SHORT_SHARE = 0.8
"""Share of a menu's items of one or two words ("Hà Nội", "Sport"): a block of signatures
alternates longer titles and names ("IL SEGRETARIO GENERALE", "Paolo Dal Molin")."""


def _menu_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MENU_LINE_WORDS and words[0][:1].isupper() \
        and not any(c.isdigit() for c in line) and not _SENTENCE_INSIDE.search(line) \
        and not line.rstrip().endswith((":", ",", ";"))


def _menu_runs(lines: list[str]) -> set[int]:
    """The lines of a menu written one item a line, as extraction flattens a page's
    navigation ("Thời sự", "Hà Nội", "TP.HCM", "Đà Nẵng", "Quốc tế"): five short capitalised
    items or more in a row, most of one or two words, blank lines between them aside. A list
    that a line ending with a colon introduces ("Our twin towns:") is the story's."""
    found: set[int] = set()
    run: list[int] = []
    before = ""  # the last non-empty line before the run
    for index, line in enumerate([*lines, "."]):
        if not line.strip():
            continue
        if _menu_item(line.strip()):
            run.append(index)
            continue
        if len(run) >= MENU_RUN and not before.rstrip().endswith(":") and sum(
                len(lines[i].split()) <= 2 for i in run) >= MENU_SHORT_SHARE * len(run):
            found.update(run)
        run = []
        before = line
    return found


def page_furniture(text: str, furniture: Furniture) -> tuple[Span, ...]:
    """The lines of a text that belong to the page, not to its story: a list of other
    stories' headlines after its heading ("Related articles", "Tin liên quan", "Leggi
    anche"), a tag line ("Tags: Hanoi, Japan"), a breadcrumb, a menu, a weather widget, the
    publisher's address ("Tòa soạn: ..."), a cookie banner, a photo's
    credit ("(Photo: Clare Keogh)": the name only, inside its line). Their places and words
    of cooperation are another story's ("Limerick marks 25 years of twinning with
    Spokane")."""
    spans: list[Span] = []
    in_list = False
    start = 0
    lines = text.split("\n")
    menus = _menu_runs(lines)
    for index, line in enumerate(lines):
        span = (start, start + len(line))
        start += len(line) + 1
        key = fold(line)
        if not key:
            continue
        if index in menus:
            in_list = False
            spans.append(span)
            continue
        if key in furniture.list_headings or key in furniture.labels:
            in_list = True  # a label alone opens its line of tags ("Tags", then the tags)
            spans.append(span)
            continue
        if in_list and (_is_headline(line) or _is_teaser(line)):
            spans.append(span)
            continue
        in_list = False
        head = fold(line.split(":", 1)[0]) if ":" in line else ""
        if head in furniture.labels or head in furniture.list_headings or any(
                word in furniture.words for word in key.split()) or _is_breadcrumb(line) \
                or _is_menu(line) or _is_widget(line) \
                or _capital_heading(line, furniture.list_headings):
            spans.append(span)  # "Leggi anche: Rimini e Sopot ..." is another story's too
        elif furniture.credit is not None:
            spans.extend((span[0] + m.start("name"), span[0] + m.end("name"))
                         for m in furniture.credit.finditer(line)
                         if _credited_name(m.group("name"), furniture.credit_joiners))
    return tuple(spans)


CREDIT_WORDS = 5
"""Most words of a photographer's or an agency's name after a credit label."""


def _credited_name(name: str, joiners: frozenset[str]) -> bool:
    """A name, not a caption: a few words, each capitalised or a joiner ("Clare Keogh",
    "TTXVN", "City of York Council"; not "il sindaco Rinaldi con la sindaca Marsh")."""
    words = name.split()
    return 0 < len(words) <= CREDIT_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in joiners for w in words)


class SentencesComponent:
    """Assign ``sentences`` (spans in text order) and ``furniture`` (the page's lines
    around the story)."""

    name = "sentences"
    requires: tuple[str, ...] = ()
    assigns = ("sentences", "furniture")

    def __init__(self) -> None:
        self._abbreviations = load_abbreviations()
        self._months = load_month_names()
        self._furniture = Furniture.load()

    def __call__(self, doc: Doc) -> Doc:
        return dataclasses.replace(
            doc, sentences=split_sentences(doc.text, self._abbreviations, self._months),
            furniture=page_furniture(doc.text, self._furniture))
