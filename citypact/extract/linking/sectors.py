"""The sectors of a link: those its sentence gives the pair (a keyword inside a name speaks of
that name only) and those of a list that follows it."""

from __future__ import annotations

import re

from citypact.extract.linking.cues import SentenceCues
from citypact.extract.linking.parties import PartyMention
from citypact.extract.pipeline import Doc


def pair_sectors(cues: SentenceCues, inside: list[PartyMention], a: PartyMention,
                 b: PartyMention, listed: set[str]) -> tuple[str, ...]:
    """The sectors a sentence gives a pair. A keyword inside an organisation's name ("Chamber
    of Commerce", "Agricultural University") speaks of that organisation only: it counts for
    its own links, not for the others of the sentence. One inside a place's name ("Santiago
    de Compostela", "Porto") speaks of no field at all."""
    names = [p.span for p in inside if (p.via == "org" and p.name not in (a.name, b.name))
             or p.via == "place"]
    found = {hit.label for hit in cues.sector_hits
             if not any(s <= hit.span[0] and hit.span[1] <= e for s, e in names)}
    return tuple(sorted(found | listed))


LIST_ITEM = re.compile(r"\s*(?:[•·▪‣*\-–]|[a-zA-Z0-9]{1,2}[.)])\s+")
"""The start of a list item: "• ", "- ", "a. ", "1) "."""


def listed_sectors(doc: Doc, index: int, all_cues: list[SentenceCues]) -> set[str]:
    """A sentence that opens a list ("... an MoU in these areas:") gets the sectors of the
    list's items: the areas of cooperation of an agreement."""
    start, end = doc.sentences[index]
    if not doc.text[start:end].rstrip().endswith(":"):
        return set()
    found: set[str] = set()
    for near in range(index + 1, len(doc.sentences)):
        item_start, _ = doc.sentences[near]
        line_start = doc.text.rfind("\n", 0, item_start) + 1
        if LIST_ITEM.match(doc.text, line_start) is None:
            break
        found.update(all_cues[near].sectors)
    return found
