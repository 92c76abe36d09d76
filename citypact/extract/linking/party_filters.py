"""The parties a sentence names that are no parties of the relation it tells: those after a
denied cue, witnesses, a roll call, speakers and sources, who report it, a partner set aside,
a preamble's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from citypact.extract.linking.clauses import foreign, joined, unique_parties
from citypact.extract.linking.cues import OPENERS, SentenceCues
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.wishes import SUBJECT_REACH


def _undenied(text: str, parties: list[PartyMention],
              cues: SentenceCues) -> list[PartyMention]:
    """The parties of a sentence but those named after a denied cue or an ``attendance``
    phrase, before the next cue or word of contrast ("nessun accordo con Sarajevo", "nhưng
    không làm việc với lãnh đạo tỉnh Bắc Ninh", "The event was attended by ..."): what did
    not happen with them, relates them to nobody, wherever else the sentence names them;
    what they only witnessed, unless the sentence named them acting before ("Kochi and Santa
    Catarina marked the anniversary ... attended by Santa Catarina Vice Gov. Boehm") or, after
    witnesses that open it, after them ("In the presence of Chief Minister ..., the
    Government of Rajasthan and ... signed")."""
    # a cue word capitalised inside the sentence is a word of a body's name ("đại diện Cơ
    # quan Hợp tác Quốc tế Nhật Bản"): it ends no list of attendees
    starts = sorted(h.span[0] for h in (*cues.kinds, *cues.events, *cues.contrasts)
                    if h.span[0] == cues.span[0] or not text[h.span[0]].isupper())
    denied: set[str] = set()
    attendance = [r for r in cues.references if r.label == "attendance"]
    opening = cues.span[0] + len(text[cues.span[0]:cues.span[1]]) - len(
        text[cues.span[0]:cues.span[1]].lstrip(OPENERS))
    for cue in (*cues.denied, *attendance):
        end = next((s for s in starts if s > cue.span[1]), cues.span[1])
        acting: set[str] = set()
        if cue in attendance:
            acting = {p.name for p in parties if p.span[1] <= cue.span[0]}
            comma = text.rfind(",", cue.span[1], end)
            if _opens(text, opening, cue.span[0], parties) and comma >= 0 \
                    and end < cues.span[1]:
                # opening the sentence, the witnesses end at its last comma before the next
                # cue, and the subject after it acts ("In the presence of Chief Minister ...,
                # the Government of Rajasthan and the Tuscany Region of Italy signed ..."); a
                # subject told with its people between commas ("Today, in the presence of
                # Commissioner ..., the Mayor of Lisbon, Rui Carvalho, and the Mayor of
                # Maputo, Amélia Nhantumbo, signed", the last comma right before the cue)
                # starts at the first comma after the witnesses that a party closely follows
                # (not a witness's clause: "arrivato da Tokyo, Kenji Watanabe, e una
                # delegazione di trifolau di Alba, che hanno tenuto ...")
                if not text[comma + 1:end].strip() and not any(
                        p.span[0] >= comma and p.span[1] <= end for p in parties):
                    comma = next((c for c in _commas(text, cue.span[1], end)
                                  if any(c <= p.span[0] <= c + SUBJECT_REACH
                                         and p.span[1] <= end for p in parties)), comma)
                end = comma
                acting = {p.name for p in parties if p.span[0] >= end}
        denied |= {p.name for p in parties if cue.span[1] <= p.span[0] < end} - acting
    for cue in (r for r in cues.references if r.label == "attendance_before"):
        # the guests written before the verb, back to the clause's start ("中国驻米兰总领事
        # 刘晨出席签字仪式"): witnesses, unless the sentence names them acting elsewhere
        start = max([cues.span[0], *(s for s in starts if s < cue.span[0]),
                     *(i + 1 for i in (text.rfind(c, cues.span[0], cue.span[0])
                                       for c in CLAUSE_MARKS) if i >= 0)])
        witnesses = {p.name for p in parties if start <= p.span[0] < cue.span[0]}
        denied |= witnesses - {p.name for p in parties
                               if not start <= p.span[0] < cue.span[0]}
    return [p for p in parties if p.name not in denied and p.name not in _roll_call(parties, cues)]


# How far after a comma the first party of a subject may start ("the Mayor of "): the reach
# this code has always run with, wishes.SUBJECT_REACH (40), which shadowed a first definition
# of 20 when both stood in linking/sentence.py.

LEAD_IN = re.compile(r"[^,;:]{1,30},\s*")
"""A short phrase before a comma that may open a sentence before its witnesses ("Today, in
the presence of ...")."""


def _opens(text: str, opening: int, start: int, parties: list[PartyMention]) -> bool:
    """Whether a phrase starting at ``start`` opens the sentence that starts at ``opening``,
    right at its start or after a short lead-in with no party ("Today, in the presence of")."""
    return start == opening or (LEAD_IN.fullmatch(text, opening, start) is not None
                                and not any(opening <= p.span[0] < start for p in parties))


def _commas(text: str, start: int, end: int) -> Iterator[int]:
    """The offsets of the commas between ``start`` and ``end``, in order."""
    return (start + i for i, c in enumerate(text[start:end]) if c == ",")


def _roll_call(parties: list[PartyMention], cues: SentenceCues) -> set[str]:
    """The parties of a list that a ``roll_call`` phrase closes before any cue of the
    sentence ("Mayors and officials of Genoa, Bologna, ... and Harbin, among others,
    discussed ..."): the participants of a gathering, partners of none of the others there.
    After a cue the list is the cue's ("signed agreements with Lyon and Kyoto, among
    others") and stays."""
    calls = [r for r in cues.references if r.label == "roll_call"]
    if not calls:
        return set()
    first_cue = min((h.span[0] for h in (*cues.kinds, *cues.events)), default=cues.span[1])
    ends = [c.span[0] for c in calls if c.span[0] < first_cue]
    return {p.name for p in parties if ends and p.span[1] <= max(ends)}


CLAUSE_MARKS = ",，;；:："
"""Marks that end a clause: the guests before an ``attendance_before`` verb start after one."""


def _after_preamble(text: str, parties: list[PartyMention],
                    cues: SentenceCues) -> list[PartyMention]:
    """The parties after a colon that closes a phrase with no cue of its own, when two or
    more places are named there ("Köln ist mit diesem Kurs nicht allein: Auch Düsseldorf hat
    seine Beziehungen zu Moskau eingefroren ..."): the relation is theirs, not the
    preamble's."""
    colon = text.find(":", cues.span[0], cues.span[1])
    if colon < 0 or any(h.span[0] < colon for h in (*cues.kinds, *cues.events)) or any(
            r.span[0] < colon and r.label == "between" for r in cues.references):
        return parties
    after = [p for p in parties if p.span[0] > colon]
    if len(unique_parties([p for p in after if p.is_local and p.via == "place"])) < 2:
        return parties
    return after


def _without_besides(text: str, parties: list[PartyMention], cues: SentenceCues,
                     joiners: frozenset[str]) -> list[PartyMention]:
    """The parties of a sentence but those listed right after a ``besides`` word that opens
    it ("Neben Châteauroux hat Gütersloh Partnerstädte in Falun und Grudziądz"): a partner
    named already, set aside; the relation the sentence tells is with the others."""
    start = cues.span[0] + len(text[cues.span[0]:cues.span[1]]) - len(
        text[cues.span[0]:cues.span[1]].lstrip(OPENERS))
    opening = next((r for r in cues.references if r.label == "besides"
                    and r.span[0] == start), None)
    after = [p for p in parties if opening is not None and p.span[0] >= opening.span[1]]
    if opening is None or not after or text[opening.span[1]:after[0].span[0]].strip():
        return parties  # "Besides, he said ...": an adverb, no partner set aside
    group = joined(text, after, opening.span[1], joiners)
    if len(group) > 1 and text[group[-2].span[1]:group[-1].span[0]].strip() == "," and (
            SUBJECT_VERB.match(text, group[-1].span[1]) is not None):
        # "Oltre a Capodistria, Ferrara è gemellata con ...", "Selain Busan, Surabaya juga
        # memiliki ...": the comma closes the phrase set aside, its subject comes after
        group = group[:-1]
    aside = {id(p) for p in group}
    starts = [h.span[0] for h in (*cues.kinds, *cues.events)]
    if starts and not any(id(p) not in aside and p.span[0] < min(starts) for p in parties) \
            and not _subject_in_twin_phrase(parties, cues):
        # no subject of its own before the relation: the partner set aside is one more of
        # those it relates ("Oltre a Chioggia ne fanno parte le città croate di Fiume,
        # Sebenico e Pola": a network's members)
        return parties
    return [p for p in parties if id(p) not in aside]


def _subject_in_twin_phrase(parties: list[PartyMention], cues: SentenceCues) -> bool:
    """Whether a party stands inside a ``twins_listed`` phrase, the town whose twins it lists
    ("Кроме Йоэнсуу, побратимами Петрозаводска являются ..."): the sentence's own subject,
    named after the relation word."""
    return any(r.label == "twins_listed" and r.span[0] < p.span[0] and p.span[1] < r.span[1]
               for r in cues.references for p in parties)


SUBJECT_VERB = re.compile(r"[ \t]+[^\W\d_A-Z][^\W\d_]*")
"""A lower-case word right after a name: the verb of the subject it names."""


SPEAKER_GAP = 3
"""Characters between a person's name and the ``speaker`` verb that makes them the source."""


def _without_speakers(parties: list[PartyMention], cues: SentenceCues) -> list[PartyMention]:
    """A person named as who says the sentence ("..., Ms Marsh added", "said Reyes") is its
    source, not a party of what it reports, when it names two parties of different
    countries without them."""
    said = [r.span for r in cues.references if r.label == "speaker"]
    rest = [p for p in parties if p.via != "person" or not any(
        0 <= s[0] - p.span[1] <= SPEAKER_GAP or 0 <= p.span[0] - s[1] <= SPEAKER_GAP
        for s in said)]
    locals_ = unique_parties([p for p in rest if p.is_local])
    if len(rest) < len(parties) and any(foreign(a, b) for a, b in combinations(locals_, 2)):
        return rest
    return parties


SOURCE_GAP = 5
"""Characters between a ``source`` phrase and the body it names (" the ")."""


def _without_sources(parties: list[PartyMention], cues: SentenceCues,
                     text: str = "") -> list[PartyMention]:
    """A body named as where the sentence's words come from ("According to a statement issued
    by the CM Secretariat, the two sides discussed ...") is its source, no party; one named
    after a comma that closes the source's phrase is the subject of what it says ("据了解，洛阳市
    ...", "によると、横浜市は")."""
    ends = [r.span[1] for r in cues.references if r.label == "source"]
    # written after its body ("成都市人民政府外事办公室消息，"): glued to it
    starts = [r.span[0] for r in cues.references if r.label == "source_after"]
    return [p for p in parties if not any(0 <= p.span[0] - end <= SOURCE_GAP
                                          and not _closed_before(text, end, p.span[0])
                                          for end in ends)
            and p.span[1] not in starts]


def _closed_before(text: str, end: int, start: int) -> bool:
    """Whether a clause mark stands between a source phrase's end and a party: the phrase
    named no body ("据悉，"), and the party after the mark opens the clause it introduces."""
    return any(mark in text[end:start] for mark in SOURCE_CLOSERS)


SOURCE_CLOSERS = f"{CLAUSE_MARKS}、"
"""Marks that close a source's phrase, Japanese's comma too ("発表によると、")."""


def _only_sources(parties: list[PartyMention], cues: SentenceCues) -> bool:
    """Whether the sentence's parties are all people who only say it: named by a verb of
    saying ("Een officiële jumelage staat nog niet op de agenda", zei Maes) or before a
    reporting verb that opens what they said ("noemde het voorstel sympathiek, maar wees erop
    dat een stedenband ook capaciteit vraagt"). The relation they speak of is no party's."""
    said = [r.span for r in cues.references if r.label == "speaker"]
    first = min((h.span[0] for h in (*cues.kinds, *cues.events)), default=cues.span[1])
    reports = [r.span for r in cues.references if r.label == "reported" and r.span[1] <= first]
    return bool(parties) and all(p.via == "person" and (
        any(0 <= s[0] - p.span[1] <= SPEAKER_GAP or 0 <= p.span[0] - s[1] <= SPEAKER_GAP
            for s in said)
        or any(p.span[1] <= r[0] for r in reports)) for p in parties)


QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")
"""A quoted passage: what a speaker says, in the quotation marks of the languages we read."""


def _before_report(parties: list[PartyMention], cues: SentenceCues) -> list[PartyMention]:
    """The parties named before a reporting verb that comes after every cue ("recibió a una
    delegación de Aquisgrán y recordó que el vínculo nació ... de la Escuela de
    Traductores"): what was said or recalled names no party of the relation told."""
    ends = [h.span[1] for h in (*cues.kinds, *cues.events)]
    report = next((r for r in cues.references if r.label == "reported"
                   and ends and max(ends) <= r.span[0]), None)
    if report is None:
        return parties
    return [p for p in parties if p.span[0] < report.span[0]]


def _after_report(parties: list[PartyMention], cues: SentenceCues,
                  text: str = "") -> list[PartyMention]:
    """The parties named after a reporting verb that comes before every cue, when they are
    two or more and a word of the relation itself follows ("O governador lembrou que Curitiba
    e Shijiazhuang são cidades-irmãs"): who recalls the relation is no party of it. (An event
    alone is no relation of theirs: "cho biết ... doanh nghiệp từ Busan và Osaka tham gia hội
    chợ".) So are the places of the speaker's words quoted before it ("«Zhejiang conoce el
    valor del agua», dijo X, quien recordó que el Gobierno Provincial mantiene ... un convenio
    con ... Mendoza"), even when one party is named after it."""
    starts = [h.span[0] for h in (*cues.kinds, *cues.events)]
    report = next((r for r in cues.references if r.label == "reported"
                   and cues.kinds and r.span[1] <= min(starts)), None)
    if report is None:
        return parties
    told = [p for p in parties if p.span[0] >= report.span[1]]
    if len(unique_parties([p for p in told if p.is_local])) >= 2:
        return told
    quotes = [m.span() for m in QUOTATION.finditer(text, cues.span[0], report.span[0])]
    said = [p for p in parties if p.span[0] < report.span[0]]
    quoted = bool(quotes) and all(any(s <= p.span[0] and p.span[1] <= e for s, e in quotes)
                                  for p in said if p.via != "person")
    return told if told and quoted else parties
