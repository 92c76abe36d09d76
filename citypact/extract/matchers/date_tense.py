"""The tense of a date from the words around it, and a yearless date placed in its year.

"ouvrira le 15 juin" is to come, "le 10 mars dernier" is past: the words of
``[tense_cues]`` in ``rules/dates.toml`` tell which year a date without one is in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from citypact.extract.matchers.date_values import DateMatch, _in_year, _weekday
from citypact.extract.matchers.date_words import _alternation
from citypact.model import Span


@dataclass(frozen=True, slots=True)
class _Tense:
    """The words of one language that tell the tense of a date (``[tense_cues]``)."""

    past_by: re.Pattern[str]
    future_by: re.Pattern[str]
    future_verb: re.Pattern[str]
    past_verb: re.Pattern[str]
    verb_after: re.Pattern[str]
    carried: re.Pattern[str] | None = None
    """Words opening a clause that carry the sentence's tense into it ("before", "then")."""
    past_beside: re.Pattern[str] | None = None
    future_beside: re.Pattern[str] | None = None
    """A tense word right before or after the date ("next Wednesday", "mercredi dernier")."""
    verb_final: bool = False
    """The language ends its clause with its verb (Korean): the last verb of the date's
    clause after it tells the date's tense."""
    past_act: re.Pattern[str] | None = None
    """A done act told right before the date, in its clause ("The agreement was signed on 10
    March", "è stato firmato il 10 marzo", "undertecknades den 10 mars"): a past date, the
    last such day, when no other word tells the tense."""
    habitual: re.Pattern[str] | None = None
    """Words of a habit in the date's sentence ("every year", "ogni anno", "hằng năm"): its
    present tells what happens each time, no timetable to come ("the fair takes place each
    October")."""

    @classmethod
    def of(cls, cues: dict[str, Any]) -> _Tense:
        past, future = _alternation(cues["past"]), _alternation(cues["future"])
        verbs, past_verbs = str(cues["future_verbs"]), str(cues["past_verbs"])
        flags = re.IGNORECASE
        return cls(
            re.compile(rf"(?:^|\W)(?:{past})\s+(?:\w+\s+){{0,2}}$|^[\s,]*(?:{past})\b", flags),
            re.compile(rf"(?:^|\W)(?:{future})\s+(?:\w+\s+){{0,2}}$|^[\s,]*(?:{future})\b", flags),
            re.compile(rf"(?<!\w)(?:{verbs})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{past_verbs})(?!\w)"),
            re.compile(rf"^\W*{_not_relative(cues)}(?:\w+\W+){{0,2}}(?:{verbs})(?!\w)"),
            re.compile(rf"\s*(?:{_alternation(cues['carried'])})\b", flags)
            if cues.get("carried") else None,
            re.compile(rf"(?:^|\W)(?:{past})\s+$|^\s*(?:{past})\b", flags),
            re.compile(rf"(?:^|\W)(?:{future})\s+$|^\s*(?:{future})\b", flags),
            bool(cues.get("verb_final", False)),
            re.compile(rf"(?<!\w)(?:{cues['past_acts']})(?!\w)")
            if cues.get("past_acts") else None,
            re.compile(rf"(?<!\w)(?:{cues['habitual']})(?!\w)", flags)
            if cues.get("habitual") else None)

    def of_date(self, text: str, span: Span) -> int:
        """-1 when the date is told as past, 1 as to come, 0 when its words do not say; -2 and
        2 when a tense word stands right beside it ("last Wednesday", "mercredi prochain")."""
        clause = re.split(r"[.,;:!?\n]", text[max(0, span[0] - 120):span[0]])[-1]
        after = re.split(r"[.,;:!?\n(]", text[span[1]:span[1] + 60])[0]
        if self.past_by.search(clause) or self.past_by.search(after):
            beside = self.past_beside is not None and bool(
                self.past_beside.search(clause) or self.past_beside.match(after))
            return -2 if beside else -1
        if self.future_by.search(clause) or self.future_by.search(after):
            beside = self.future_beside is not None and bool(
                self.future_beside.search(clause) or self.future_beside.match(after))
            return 2 if beside else 1
        if self.habitual is not None and self.habitual.search(" ".join((
                re.split(r"[.!?\n]", text[max(0, span[0] - 200):span[0]])[-1],
                text[span[0]:span[1]], re.split(r"[.!?\n]", text[span[1]:span[1] + 200])[0]))):
            return 0  # "the museum opens in May every year": a habit, no timetable
        verbs = list(self.future_verb.finditer(clause))
        if verbs:
            between = clause[verbs[-1].end():]
            if len(between.split()) <= FUTURE_VERB_REACH and not self.past_verb.search(between):
                return 1
        if self.verb_after.search(after):
            return 1
        if self.verb_final:
            # "22일 다낭시와 우호협력 협약을 체결할 예정이다": the clause's last verb
            tail = re.split(r"[.,;:!?\n]", text[span[1]:span[1] + 200])[0]
            told = sorted([*((m.start(), 1) for m in self.future_verb.finditer(tail)),
                           *((m.start(), -1) for m in self.past_verb.finditer(tail))])
            if told and told[-1][1] > 0:
                return 1
        # A clause after a comma that opens with a word carrying the tense on ("before
        # returning", "then") takes the sentence's future ("The delegation will travel on to
        # Ningbo, ..., before returning to Vienna on Wednesday"); so does a date that only its
        # preposition parts from an apposition before it ("he will lead a mission to
        # Bengaluru, the state capital, in November").
        short = len(clause.split()) <= SHORT_CLAUSE_WORDS and text[
            max(0, span[0] - len(clause) - 1):span[0] - len(clause)] == ","
        if short or (self.carried is not None and self.carried.match(clause)):
            sentence = re.split(r"[.;:!?\n]", text[max(0, span[0] - 200):span[0]])[-1]
            verbs = list(self.future_verb.finditer(sentence))
            if verbs:
                between = sentence[verbs[-1].end():]
                if len(between.split()) <= 2 * FUTURE_VERB_REACH and not (
                        self.past_verb.search(between)):
                    return 1
        return -1 if self._act_done(clause) else 0

    def _act_done(self, clause: str) -> bool:
        """A done act a few words before the date in its clause ("was signed on")."""
        if self.past_act is None:
            return False
        acts = list(self.past_act.finditer(clause))
        return bool(acts) and len(clause[acts[-1].end():].split()) <= PAST_ACT_REACH


def _not_relative(cues: dict[str, Any]) -> str:
    """A guard against a relative word opening the words after a date: the verb of "signed
    ... on Monday that will let students ..." tells what the instrument does, not when."""
    relatives = cues.get("relatives")
    return rf"(?!(?:{_alternation(relatives)})\W)" if relatives else ""


SHORT_CLAUSE_WORDS = 1
"""How many words may stand between a comma and a date for the date to take the tense of
the clause before the comma (its preposition: ", in November")."""
FUTURE_VERB_REACH = 12
"""How many words a future verb may stand before the date it tells ("sẽ ký kết thỏa thuận
hợp tác với Blois vào ngày 15/6": Vietnamese words are syllables)."""
PAST_ACT_REACH = 5
"""How many words a done act may stand before the date it dates ("was signed in Hue on")."""


def _placed(match: DateMatch, base: dt.date, tense: int) -> DateMatch:
    """A yearless date in the year its tense or its weekday tells: on or before the base when
    told as past, on or after it when to come ("ouvrira le 15 juin" in a February story), the
    year whose calendar has the weekday written before it ("Tuesday 4 June")."""
    if match.explicit_year:
        return match
    if match.weekday:  # a weekday to come is the next one
        day = dt.date.fromisoformat(match.value)
        # the publication's own weekday is today, unless "next" or "last" stands beside it
        if tense > 0 and (day < base or (tense > 1 and day == base)):
            return dataclasses.replace(match, value=(day + dt.timedelta(days=7)).isoformat())
        if tense < -1 and day == base:
            return dataclasses.replace(match, value=(day - dt.timedelta(days=7)).isoformat())
        return match
    if match.relative:
        return match
    if match.named_weekday is not None and len(match.value) == 10:
        years = [y for y in (base.year, base.year - 1, base.year + 1)
                 if _weekday(y, match.value) == match.named_weekday]
        if years:
            return _in_year(match, years[0])
    if tense == 0:
        return match
    key = match.value[5:] if len(match.value) == 10 else match.value[5:7]
    here = base.isoformat()[5:5 + len(key)]
    if tense > 0:
        return _in_year(match, base.year if key >= here else base.year + 1)
    return _in_year(match, base.year if key <= here else base.year - 1)
