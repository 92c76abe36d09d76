"""Name runs: which capitalised words may be part of a person's name, where a run of them starts
and ends, and the shapes that vouch for a run alone (a known given name, a Vietnamese name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.person_marks import Marks
from citypact.textnorm import fold


def _is_name_token(ctx: ActorContext, marks: Marks, i: int, inner: bool = False) -> bool:
    """A word that can be part of a name; ``inner`` words may be demonyms ("Lo Russo")."""
    token = ctx.tokens.tokens[i]
    if _dotted_initials(ctx, marks, i):
        return True
    if not token.is_word or not token.is_capitalised or token.is_acronym:
        return False
    if i in ctx.place_at or i in ctx.org_at or i in ctx.local_government or i in ctx.head_at:
        return False
    if i in marks.titles or i in marks.honorifics or i in marks.plural:
        return False
    word = ctx.tokens.folded[i]
    if ctx.rules.non_name_word(token.text) or word in ctx.rules.portfolio_words \
            or any(c.isdigit() for c in word):
        return False
    if _non_name_ending(ctx, word):
        return False
    if ctx.is_function(i):
        return (inner and _ends_name(ctx, i)) or (not inner and (
            _surname_word(ctx, marks, i) or ctx.opens_vietnamese_name(i)
            or _given_name_word(ctx, i)))
    return inner or not ctx.is_demonym(i)


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
"""Initials written together, each with its dot ("M.H.M." of "M.H.M. Rizwan")."""


def _dotted_initials(ctx: ActorContext, marks: Marks, i: int) -> bool:
    """Initials written together right before a word of a name ("M.H.M. Rizwan", "K.S.
    Rao"): the name's first word, as a lone initial ("G. Lakshmi Prasanna") is."""
    tokens = ctx.tokens
    return (DOTTED_INITIALS.fullmatch(tokens.tokens[i].text) is not None
            and i not in ctx.place_at and i not in ctx.org_at and i not in marks.titles
            and i not in marks.honorifics and i not in marks.plural  # "H.E.": a style
            and i + 1 < len(tokens) and tokens.joined(i + 1)
            and _is_name_token(ctx, marks, i + 1, inner=True))


def _surname_word(ctx: ActorContext, marks: Marks, i: int) -> bool:
    """A Chinese surname that is a function word ("He", "An"), capitalised inside a
    sentence right before a given name: "Mayor He Xiong", "in the presence of An Wei,"."""
    tokens = ctx.tokens
    if tokens.folded[i] not in ctx.rules.east_asian_surnames or i == 0 or i + 1 >= len(tokens):
        return False
    before = tokens.tokens[i - 1]
    after_title = any(end == i for _, end in marks.titles.values())
    return (after_title or (before.is_word and not before.is_capitalised)) \
        and tokens.joined(i + 1) and tokens.tokens[i + 1].is_capitalised \
        and not ctx.is_function(i + 1)


def _given_name_word(ctx: ActorContext, i: int) -> bool:
    """A given name that is also a function word (a month: "julio"), capitalised inside a
    sentence (after a comma or a lower-case word, not in a headline's capitals) before a
    capitalised word of a name: "El alcalde, Julio Estrada Monzón, informó"; never a
    demonym ("the German Chancellor")."""
    tokens = ctx.tokens
    if i == 0 or i + 1 >= len(tokens) or tokens.folded[i] not in ctx.rules.given_names \
            or ctx.is_demonym(i):
        return False
    before = tokens.tokens[i - 1]
    return (before.text == "," or (before.is_word and not before.is_capitalised)) \
        and tokens.joined(i + 1) and tokens.tokens[i + 1].is_word \
        and tokens.tokens[i + 1].is_capitalised and not ctx.is_function(i + 1)


def _ends_name(ctx: ActorContext, i: int) -> bool:
    """A capitalised function word right after a name word and before a comma or a full
    stop ends that name: "Li Na, que lidera" ("na" is "in the"; a headline's "Smith In Rome"
    goes on)."""
    tokens = ctx.tokens
    return i + 1 < len(tokens) and tokens.tokens[i + 1].text in (",", ".", ";")


def _runs(ctx: ActorContext, marks: Marks) -> Iterator[tuple[int, int]]:
    tokens = ctx.tokens
    n = len(tokens)
    i = 0
    while i < n:
        if not _is_name_token(ctx, marks, i):
            i += 1
            continue
        vietnamese = tokens.folded[i] in ctx.rules.vietnamese_surnames
        j = i + 1
        # a possessive ends the name: what follows is the person's ("President Ho Chi
        # Minh's Temple", "Kennedy's Memorial")
        while j < n and tokens.joined(j) and not tokens.is_possessive(j - 1):
            if _is_name_token(ctx, marks, j, inner=True) or (
                    vietnamese and _is_syllable(ctx, j)) or _surname_honorific(ctx, marks, j):
                j += 1
            elif (after := _after_particles(ctx, j)) > j and _is_name_token(
                    ctx, marks, after, inner=True):
                j = after + 1  # "Stefano Lo Russo", "Ludwig van Beethoven", "Pieter van der Berg"
            elif j - i > 1 and ctx.joins_surnames(j):
                j += 2  # "Jordi Ferrer i Sala": a Catalan's two surnames
            else:
                break
        if not _after_building(ctx, marks, i) and not _before_building(ctx, j) \
                and not _building_named_after(ctx, i, j):
            yield (i, j)
        i = j


def _surname_honorific(ctx: ActorContext, marks: Marks, j: int) -> bool:
    """A one-word honorific right after a name word and before no name: a family name
    ("Sunita Kumari signed"; "Kumari Selja" is Miss Selja)."""
    tokens = ctx.tokens
    if j not in marks.honorifics or marks.honorifics[j] != (j, j + 1):
        return False
    nxt = j + 1
    return not (nxt < len(tokens) and tokens.joined(nxt) and tokens.tokens[nxt].is_word
                and tokens.tokens[nxt].is_capitalised)


def _after_building(ctx: ActorContext, marks: Marks, i: int) -> bool:
    """Right after a word of a building or a street ("Palazzo Santa Lucia", "Palazzo San
    Giacomo", "sul lungomare Nazario Sauro", Italian writing streets in lower case), or a
    lower-case word of a building ("el estadio Guillermo Amor"): the run names the building,
    not a person."""
    k = i - 1
    if k < 0 or not ctx.tokens.joined(i) or k in marks.titles:
        return False
    folded = ctx.tokens.folded[k]
    return ctx.tokens.tokens[k].is_word and (folded in ctx.rules.buildings
                                             or folded in ctx.rules.lowercase_buildings)


def _building_named_after(ctx: ActorContext, i: int, j: int) -> bool:
    """A run that opens with a word of a building or a body and goes on with a given name
    and more ("o Centro Paula Souza vai receber", "il Liceo Galileo Galilei"), or with a
    saint's word before a given name ("San Francesco"): the building, body or saint, not a
    person; not a surname alone ("il sindaco Sala")."""
    folded = ctx.tokens.folded
    if j - i >= 2 and folded[i] in ctx.rules.saints and folded[i + 1] in ctx.rules.given_names:
        return True  # a saint's name: a church, a feast, a town ("San Francesco")
    return j - i >= 3 and folded[i] in ctx.rules.buildings and folded[i + 1] in (
        ctx.rules.given_names)


def _before_building(ctx: ActorContext, j: int) -> bool:
    """Right before a word of a shrine written after its name ("the Maya Devi Temple"): the
    run names the shrine, not a person; a possessive names its person ("President Ho Chi
    Minh's Temple")."""
    if j - 1 > 0 and ctx.tokens.folded[j - 1] in ctx.rules.buildings_after:
        return True  # a building's word that may close a name run ("Sir Kashim Ibrahim House")
    return j < len(ctx.tokens) and ctx.tokens.joined(j) \
        and ctx.tokens.folded[j] in ctx.rules.buildings_after \
        and not ctx.tokens.is_possessive(j - 1)


def _after_particles(ctx: ActorContext, j: int) -> int:
    """The token after the lower-case particles that start at ``j`` ("van der"), when a
    token follows them in the same run; ``j`` when there is none. A function word of the
    document's language is a particle only when the language makes it one ("de la" in
    Spanish; not "al", "a" and "el")."""
    tokens = ctx.tokens
    own = ctx.rules.own_particles.get(ctx.doc.rules_language or "", frozenset())
    k = j
    while k + 1 < len(tokens) and tokens.folded[k] in ctx.rules.particles and tokens.joined(k + 1) \
            and (tokens.folded[k] in own or not ctx.is_function(k)):
        k += 1
    return k


def _is_syllable(ctx: ActorContext, j: int) -> bool:
    """A capitalised short word inside a Vietnamese name, even if it is a function word
    elsewhere ("Mai The Trung", "Bui Thanh Son")."""
    token = ctx.tokens.tokens[j]
    return (token.is_word and token.is_capitalised and not token.is_acronym
            and len(token.text) <= 6 and j not in ctx.place_at and j not in ctx.org_at
            and j not in ctx.title_tokens)


def _trim_start(ctx: ActorContext, start: int, end: int) -> int:
    """Drop leading words before a given name or Vietnamese family name in a long run."""
    first = ctx.tokens.folded[start]
    if ctx.surname_first and end - start >= 3 and ctx.tokens.folded[end - 1] in (
            ctx.rules.given_names):
        return end - 2  # "Aláírta Papp Katalin": the surname before the given name
    if _foreign_given_after_surname(ctx, start, end):
        return start + 1
    if end - start < 3 or first in ctx.rules.given_names \
            or first in ctx.rules.vietnamese_surnames:
        return start
    for i in range(start + 1, end - 1):
        word = ctx.tokens.folded[i]
        if ctx.tokens.tokens[i].text.islower():
            continue  # a particle ("Pieter van der Berg"), not the Vietnamese "Van"
        if word in ctx.rules.given_names or (
                word in ctx.rules.vietnamese_surnames and ctx.tokens.folded[start]
                not in ctx.rules.vietnamese_surnames):
            # a word that opens an Arabic name before another name word ("Minister for
            # Industries Abdul Karim Khan") is the name's
            return i - 1 if i - 1 >= start and ctx.tokens.folded[i - 1] in (
                ctx.rules.name_openers) else i
    return start


def _foreign_given_after_surname(ctx: ActorContext, start: int, end: int) -> bool:
    """A word that only the Vietnamese family names vouch for, before a given name of
    another language that opens a name of two words or more, is a word of the sentence: an
    ordinary word of the document's language ("Mai Enrico Letta aveva firmato", Italian
    "never"; "Vu Jean Dupont, le maire ...", French "seen"; "Ha Carlos López firmado"). A
    Vietnamese name goes on with Vietnamese syllables ("Vu Duc Dam"), never with such a
    given name. Not in a Vietnamese text, whose syllables keep their accents."""
    words = ctx.tokens.folded
    if ctx.keep_accents or end - start < 3:
        return False
    first, second = words[start], words[start + 1]
    return (first in ctx.rules.vietnamese_surnames and first not in ctx.rules.given_names
            and second in ctx.rules.given_names and second not in ctx.rules.vietnamese_surnames
            and second not in ctx.rules.vietnamese_middle)


def _shape_vouches(ctx: ActorContext, start: int, end: int) -> bool:
    """A Vietnamese name (family name + 2-3 short syllables) or a known given name first, or
    last after the surname in a language that writes it so ("Papp Katalin")."""
    return ctx.tokens.folded[start] in ctx.rules.given_names or _vietnamese_shape(
        ctx, start, end) or (ctx.surname_first and end - start == 2 and (
            ctx.tokens.folded[end - 1] in ctx.rules.given_names
            or _given_name_in_case(ctx, end - 1)))


def _given_name_in_case(ctx: ActorContext, i: int) -> bool:
    """A known given name with a case ending of the language ("Lászlóval": László)."""
    word = ctx.tokens.tokens[i].text
    cases = ctx.rules.name_cases.get(ctx.doc.rules_language or "", ())
    return any(word.lower().endswith(ending) and len(word) > len(ending) + 1
               and fold(word[:len(word) - len(ending)] + replacement) in ctx.rules.given_names
               for case in cases for ending, replacement in case.given)


def _vietnamese_shape(ctx: ActorContext, start: int, end: int) -> bool:
    """A Vietnamese family name and two or three short syllables."""
    words = ctx.tokens.folded[start:end]
    return (words[0] in ctx.rules.vietnamese_surnames and 3 <= len(words) <= 4
            and all(len(w) <= 6 and w.isalpha() for w in words))


def _non_name_ending(ctx: ActorContext, word: str) -> bool:
    """A folded word with one of the ends no name has ("Breydelstadion", "Витебского")."""
    # an end shorter than the word is one the word after its first letter ends with
    return word[1:].endswith(ctx.rules.non_name_endings)
