"""Links written as tables and lists rather than sentences: a table of a place's partners
flattened into lines ("Partner | Country | Year"), and pairs listed one a line after a
sentence that introduces them ("A (X) – B (Y): theme")."""

from __future__ import annotations

import re

from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.sentence import CONFIDENCE
from citypact.extract.linking.story import _Candidate, _Story
from citypact.extract.linking.wishes import sentence_kind
from citypact.model import LinkKind, Span, formality
from citypact.textnorm import fold

_CELL = re.compile(r"\s*\|\s*")
_TABLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _partner_table_rows(story: _Story, told: list[_Candidate]) -> list[_Candidate]:
    """A table flattened into lines whose first column lists a place's partners ("Partner |
    Country | Year", then "Speyer | Germania | 1989"): each row's place is a partner of the
    place the line before the table names alone ("I GEMELLAGGI DI RAVENNA"), else of the
    story's place whose partner is one of the rows; dated by the row's year, of the kind
    that line states, else of the kind the story tells of a row ("twinned in 1984" before
    "San Francisco | United States | 1984"), else a cooperation."""
    doc, found = story.doc, []
    lines: list[tuple[Span, str]] = []
    start = 0
    for line in doc.text.split("\n"):
        lines.append(((start, start + len(line)), line))
        start += len(line) + 1
    index = 0
    while index < len(lines):
        head = lines[index][1]
        index += 1
        column = fold(_CELL.split(head)[0]) if "|" in head else ""
        if column not in story.lex.partner_columns | story.lex.place_columns:
            continue
        rows: list[Span] = []
        while index < len(lines) and lines[index][1].count("|") == head.count("|"):
            rows.append(lines[index][0])
            index += 1
        intro = next(((span, text) for span, text in reversed(lines[:index - len(rows) - 1])
                      if text.strip()), None)
        if column not in story.lex.partner_columns and (
                intro is None or _stated_kind(story, intro[0]) is None):
            continue  # a column of places under no relation: flights, figures
        found.extend(_table_links(story, intro[0] if intro else None, rows, told))
    return found


def _stated_kind(story: _Story, line: Span) -> LinkKind | None:
    """The kind of relation a line states: that of the sentence holding its start, else of
    the first sentence begun on it that states one (after a heading's number, "2. Our
    partner cities")."""
    kinds = (sentence_kind(story.cues[i]) for i, (start, end) in enumerate(story.doc.sentences)
             if start <= line[0] < end or line[0] <= start < line[1])
    return next((kind for kind in kinds if kind is not None), None)


def _table_links(story: _Story, intro: Span | None, rows: list[Span],
                 told: list[_Candidate]) -> list[_Candidate]:
    def first_cell(row: Span) -> PartyMention | None:
        cell_end = story.doc.text.index("|", row[0])
        return next((p for p in story.parties if row[0] <= p.span[0] < cell_end
                     and p.is_local and p.kind != "org"), None)

    partners = [(row, first_cell(row)) for row in rows]
    named = [p for p in story.parties if intro is not None and p.is_local
             and intro[0] <= p.span[0] < intro[1]]
    home = named[0].name if len({p.name for p in named}) == 1 else None
    if home is None and story.main is not None:
        pair = {story.main[0].name, story.main[1].name}
        listed = pair & {p.name for _, p in partners if p is not None}
        home = next(iter(pair - listed)) if len(listed) == 1 else None
    if home is None:
        return []
    names = {p.name for _, p in partners if p is not None}
    stated = _stated_kind(story, intro) if intro is not None else None
    kinds: list[LinkKind] = [c.kind for c in told if home in c.parties
                             and names & set(c.parties)]
    kind: LinkKind = "cooperation"
    if stated is not None:
        kind = stated
    elif kinds:
        kind = min(kinds, key=formality)
    found: list[_Candidate] = []
    for row, partner in partners:
        if partner is None or partner.name == home:
            continue
        year = _TABLE_YEAR.search(story.doc.text, row[0], row[1])
        # a row's own cell states its relation ("Tainan | Taiwan | Sister city | 1997")
        own = _stated_kind(story, row) or kind
        found.append(_Candidate((home, partner.name), own if own != "proposal" else
                                "cooperation", year.group() if year else None, (),
                                CONFIDENCE["split"], row))
    return found


_PAIR_DASH = re.compile(
    r"\s*(?:\([^()]*\)\s*|,[^,:;()\n\u2013\u2014-]{2,30}?)?"
    r"(?:[-\u2013\u2014/&]|\band\b|\bwith\b)\s*")
"""Between the two towns of a listed pair: the first town's bracket or country after a comma,
a dash, "and" or "with" ("Wuxi (Jiangsu) – Tampere", "Wuxi, China and Tampere")."""
_ROW_OPENING = 4
"""Most characters before a listed pair's first town (a bullet, a number)."""


def _pair_list_rows(story: _Story) -> list[_Candidate]:
    """The pairs of a list written one a line, "A (X) – B (Y): theme", after a sentence that
    ends with a colon and names them as pairs of a relation ("The new pairs and their themes
    of cooperation are:"): each line pairs its two towns, of the kind the opening sentence
    states, dated by it or by the sentence just before it ("presented at the kick-off held on
    4 February"), with the fields of its own line. A town of one line is no partner of
    another line's."""
    found: list[_Candidate] = []
    sentences = story.doc.sentences
    for index, (start, end) in enumerate(sentences):
        cues = story.cues[index]
        if not story.doc.text[start:end].rstrip().endswith(":") or not any(
                r.label == "pair_list" for r in cues.references):
            continue
        kind: LinkKind = sentence_kind(cues) or "cooperation"
        date = story.own_dates.get(index)
        if date is None and index > 0:
            date = story.own_dates.get(index - 1)
        for row in range(index + 1, len(sentences)):
            if not any(ch.isalpha() for ch in story.doc.text[slice(*sentences[row])]):
                continue  # a line's number, read as a sentence of its own ("1.")
            pair = _listed_pair(story, sentences[row])
            if pair is None:
                break
            found.append(_Candidate(pair, kind, date, story.cues[row].sectors,
                                    CONFIDENCE["split"], sentences[row]))
    return found


def _listed_pair(story: _Story, span: Span) -> tuple[str, str] | None:
    """The two towns a line opens with, joined by a dash ("• Wuxi (Jiangsu) – Tampere")."""
    towns = [p for p in story.parties if span[0] <= p.span[0] < span[1]
             and p.is_local and p.kind != "org"]
    if len(towns) < 2 or towns[0].span[0] - span[0] > _ROW_OPENING:
        return None
    first = towns[0]
    joint = _PAIR_DASH.match(story.doc.text, first.span[1], span[1])
    second = next((p for p in towns if joint and p.span[0] == joint.end()), None)
    return None if second is None or second.name == first.name else (first.name, second.name)


_ROW_LENGTH = 80
"""Most characters of a listed partner's line ("- Kufstein (Austria), dal 1969;"): a longer
line is a sentence of its own, not an entry of the list."""


def _partner_list_rows(story: _Story) -> list[_Candidate]:
    """The partners of one place listed one a line after a sentence that names that place
    alone, states a relation and ends with a colon ("Rovereto è gemellata con:", then "-
    Kufstein (Austria), dal 1969;"): each line's first town is the place's partner, of the
    kind the opening sentence states, dated by the line's own year."""
    found: list[_Candidate] = []
    sentences = story.doc.sentences
    for index, (start, end) in enumerate(sentences):
        cues = story.cues[index]
        kind = sentence_kind(cues)
        if kind is None or not story.doc.text[start:end].rstrip().endswith(":") or any(
                r.label == "pair_list" for r in cues.references):
            continue
        named = {p.name for p in story.parties if start <= p.span[0] < end and p.is_local
                 and p.kind != "org"}
        if len(named) != 1:
            continue
        home = next(iter(named))
        for row in sentences[index + 1:]:
            if not any(ch.isalpha() for ch in story.doc.text[slice(*row)]):
                continue  # a line's number, read as a sentence of its own ("1.")
            partner = _listed_partner(story, row)
            if partner is None:
                break
            if partner == home:
                continue
            year = _TABLE_YEAR.search(story.doc.text, row[0], row[1])
            found.append(_Candidate((home, partner), kind, year.group() if year else None,
                                    (), CONFIDENCE["split"], row))
    return found


def _listed_partner(story: _Story, span: Span) -> str | None:
    """The town a short line opens with, alone ("- Kufstein (Austria), dal 1969;"); None for
    a line that pairs two towns ("Wuxi – Tampere") or is a sentence."""
    if span[1] - span[0] > _ROW_LENGTH or _listed_pair(story, span) is not None:
        return None
    towns = [p for p in story.parties if span[0] <= p.span[0] < span[1]
             and p.is_local and p.kind != "org"]
    if not towns or towns[0].span[0] - span[0] > _ROW_OPENING:
        return None
    return towns[0].name
