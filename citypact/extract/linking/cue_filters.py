"""Cues of a sentence that tell no relation of its towns: a heading's rubric or run-in heading,
a cue word inside a name, a twinning of two clubs' fans."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from citypact.extract.linking.cues import SentenceCues
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import Span

RUBRIC = re.compile(r"\s*[:|]")
"""After a relation word that opens a headline, the mark of a section's rubric
("Jumelage : Angers et Wuxi renouvellent leur accord de coopération")."""


RUN_IN_HEADING = re.compile(r"^([^\W\d_][^\d.!?\n]*?)\.[ \t]+\S", re.MULTILINE)
"""A line opened by a phrase and its full stop, run into the paragraph's text ("Mensa
scolastica. Dal prossimo anno ...")."""


RUN_IN_WORDS = 6
"""Most words of a paragraph's run-in heading ("Patto di amicizia con Beppu. Via libera ...")."""


def run_in_headings(text: str) -> list[Span]:
    """The paragraphs' run-in headings of a round-up ("Patto di amicizia con Beppu. Via
    libera allo schema ...", "Mensa scolastica. Dal prossimo anno ..."): short phrases with
    no number that open their lines, when two or more lines open so (one such line is a
    story's short first sentence: "Un gemellaggio tra Firenze e Huế. È l'auspicio ...")."""
    found = [(m.start(1), m.end(1) + 1) for m in RUN_IN_HEADING.finditer(text)
             if len(m.group(1).split()) <= RUN_IN_WORDS and m.group(1)[:1].isupper()
             and not m.group(1).isupper()]  # not a dateline ("HOF. Trotz ...")
    return found if len(found) >= 2 else []


def without_rubric(text: str, cues: SentenceCues,
                   headings: Sequence[Span] = ()) -> SentenceCues:
    """A sentence's cues but a relation word that opens it as a rubric ("Jumelage :",
    "Gemellaggi |"), or any of a paragraph's run-in heading (``headings``): it names the
    section, not the relation of the pair that follows."""
    start = cues.span[0] + len(text[cues.span[0]:cues.span[1]]) - len(
        text[cues.span[0]:cues.span[1]].lstrip())
    heading = any(s == start and text[s:e] == text[start:cues.span[1]].rstrip()
                  for s, e in headings)
    kinds = tuple(hit for hit in cues.kinds
                  if not heading and not (hit.span[0] == start and RUBRIC.match(text, hit.span[1])))
    if len(kinds) == len(cues.kinds):
        return cues
    return dataclasses.replace(cues, kinds=kinds)


def outside_names(cues: SentenceCues, names: list[Span]) -> SentenceCues:
    """A sentence's cues but those written inside an organisation's name ("joined the
    International Urban and Regional Cooperation programme"): a name is no relation, even
    the name of a programme, which is no party either."""
    def outside(hit: LexiconHit) -> bool:
        return not any(s <= hit.span[0] and hit.span[1] <= e for s, e in names)
    kinds = tuple(filter(outside, cues.kinds))
    events = tuple(filter(outside, cues.events))
    if (kinds, events) == (cues.kinds, cues.events):
        return cues
    return dataclasses.replace(cues, kinds=kinds, events=events)


FANS_BEFORE = 40
"""Characters from a word of a club's supporters to the relation they are the subject of
("ultras di Francoforte, da sempre gemellati con ...")."""


FANS_AFTER = 12
"""Characters from a relation to the supporters it is with ("gemellati con la curva")."""


def outside_fans(cues: SentenceCues, fans: list[Span]) -> SentenceCues:
    """A sentence's relation words but those of a club's supporters ("I tifosi dell'Atalanta,
    gemellati da anni con quelli dell'Eintracht", "gemellati con la curva Nord di Bergamo"):
    the twinning of two clubs' fans relates no towns, nor the clubs."""
    def outside(hit: LexiconHit) -> bool:
        return not any(0 <= hit.span[0] - end <= FANS_BEFORE
                       or 0 <= start - hit.span[1] <= FANS_AFTER for start, end in fans)
    kinds = tuple(filter(outside, cues.kinds))
    if len(kinds) == len(cues.kinds):
        return cues
    return dataclasses.replace(cues, kinds=kinds)
