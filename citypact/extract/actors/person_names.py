"""A person's name as written, without a possessive ending, read back to the nominative in a
language that declines names ("Ondřejem Šimkem" -> "Ondřej Šimek")."""

from __future__ import annotations

import re
from collections.abc import Callable

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.rules import NameCase, Rewrite
from citypact.textnorm import fold


def name_of(ctx: ActorContext, start: int, end: int) -> str:
    """A name as written, without a possessive ending ("Patt McCrory’s"), in the nominative
    (see ``nominative``)."""
    text = ctx.tokens.surface(start, end)
    if ctx.tokens.is_possessive(end - 1):
        text = text[:-2]
    language = ctx.doc.rules_language or ""
    return nominative(text, ctx.rules.name_cases.get(language, ()), ctx.rules.given_names,
                      surname_first=ctx.surname_first,
                      own=ctx.rules.own_given_names.get(language),
                      written=lambda word: re.search(rf"(?<!\w){re.escape(word)}(?!\w)",
                                                     ctx.doc.text) is not None)


def nominative(name: str, cases: tuple[NameCase, ...], given_names: frozenset[str],
               surname_first: bool = False, own: frozenset[str] | None = None,
               written: Callable[[str], bool] | None = None) -> str:
    """A name of a language that declines names, read back to the nominative ("Ondřejem
    Šimkem" -> "Ondřej Šimek", "Андрієм Садовим" -> "Андрій Садовий"): its first word,
    unless a known given name as written, is one once an ending of a case is replaced; the
    other words then take that case's surname rewrites. In a language that writes the given
    name last, only that word takes the ending ("Papp Lászlóval" -> "Papp László"). A given
    name of another language only (``own``: the language's) is a case of one of the
    language's own when an ending makes it one ("Petru Kubovi": Petr). Of a surname's
    readings ("Kubovi": Kub or Kuba), the first the text writes (``written``), else the
    first."""
    words = name.split(" ")
    given_at = len(words) - 1 if surname_first else 0
    if not cases or len(words) < 2:
        return name
    last_only = tuple(case for case in cases if not case.given)
    if last_only:
        return _last_word_nominative(words, last_only, written)
    if fold(words[given_at]) in given_names:
        if own is None or fold(words[given_at]) in own:
            return name
        given_names = own
    for case in cases:
        given = _rewritten(words[given_at], case.given, given_names)
        if given is not None and surname_first:
            return " ".join([*words[:-1], given])
        if given is not None:
            return " ".join([given, *(_surname(w, case.surnames, written) for w in words[1:])])
    return name


def _last_word_nominative(words: list[str], cases: tuple[NameCase, ...],
                          written: Callable[[str], bool] | None) -> str:
    """A name of a language whose given name stays in the nominative and whose last word
    alone takes the case (Finnish "Mikko Salmisen" -> "Mikko Salminen"): the last word read
    through the first case that fits, one that counts only where written when so marked."""
    last = words[-1]
    for case in cases:
        reading = _surname(last, case.surnames, written)
        if reading != last and (not case.written_only or (written is not None
                                                          and written(reading))):
            return " ".join([*words[:-1], reading])
    return " ".join(words)


def _surname(word: str, rewrites: tuple[Rewrite, ...],
             written: Callable[[str], bool] | None) -> str:
    """A surname's nominative: the first of its rewrites the text writes, else the first."""
    lower = word.lower()
    readings = [word[:len(word) - len(ending)] + replacement for ending, replacement in rewrites
                if lower.endswith(ending) and len(word) > len(ending) + 1]
    if written is not None:
        seen = next((r for r in readings if written(r)), None)
        if seen is not None:
            return seen
    return readings[0] if readings else word


def _rewritten(word: str, rewrites: tuple[Rewrite, ...],
               known: frozenset[str] | None = None) -> str | None:
    """The word with the first of ``rewrites`` whose ending it has (one that gives a word of
    ``known``, when given), or ``None``."""
    lower = word.lower()
    for ending, replacement in rewrites:
        if lower.endswith(ending) and len(word) > len(ending) + 1:
            candidate = word[:len(word) - len(ending)] + replacement
            if known is None or fold(candidate) in known:
                return candidate
    return None
