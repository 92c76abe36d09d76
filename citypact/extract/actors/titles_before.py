"""Titles before a name: the role phrase that a title or honorific opens before a person's name,
across the role's field and complement ("Vice Mayor of the City of Turin Michela Favaro"), also
before a comma ("the Mayor of Annecy, Mr François Delmas")."""

from __future__ import annotations

from functools import cache

from citypact.extract.actors.context import ActorContext
from citypact.extract.actors.name_runs import _non_name_ending
from citypact.extract.actors.person_marks import Cue, Marks
from citypact.extract.actors.text import APOSTROPHES
from citypact.gazetteer.rules import load_common_words
from citypact.textnorm import fold

MAX_ROLE_CONNECTORS = 6
MAX_ROLE_WORDS = 2
MAX_PORTFOLIO_WORDS = 4
"""Lower-case words of a portfolio that an opener starts ("chargé des relations
internationales"), which do not count among the role's words."""
MAX_FIELD_CAPITALS = 2
"""Capitalised words of an office's field between the title and the name ("Schepen van
Internationale Samenwerking Lieve Maes")."""


def _title_before_comma_honorific(ctx: ActorContext, marks: Marks, start: int) -> Cue | None:
    """The title that an honorific and the name follow after a comma ("Thị trưởng thành phố
    Annecy, ông François Delmas, ...", "the Mayor of Annecy, Mr François Delmas")."""
    honorific = _honorifics_before(ctx, marks, start)
    comma = honorific - 1 if honorific is not None else -1
    if comma < 1 or ctx.tokens.tokens[comma].text != ",":
        return None
    cue = _left_cue(ctx, marks, comma)
    if cue is None:
        cue = _title_before_body(ctx, marks, comma)
    if cue is None or cue.title is None or cue.role is None:
        return None
    cue.honorific = True
    return cue


def _title_before_body(ctx: ActorContext, marks: Marks, comma: int) -> Cue | None:
    """The title before a comma and the body it heads, between commas ("Principal
    Secretary, Industries Department, Smt. Sasmita Mohapatra"): the body is what the
    person acts for."""
    org = ctx.org_at.get(comma - 1)
    k = comma - 1
    while org is not None and k >= 0 and ctx.org_at.get(k) == org:
        k -= 1
    if org is None or k < 1 or ctx.tokens.tokens[k].text != ",":
        return None
    cue = _left_cue(ctx, marks, k)
    field = _field_before(ctx, marks, k)
    if cue is None and field is not None:
        # a body whose name lists its fields with a comma ("Additional Chief Secretary,
        # Tourism, Art and Culture Department, Smt. Gayatri Shekhawat")
        k = field
        cue = _left_cue(ctx, marks, k)
    if cue is not None:
        cue.extra = (k + 1, comma)
    return cue


MAX_LISTED_FIELD = 2
"""Most capitalised words of one field listed before a body's name ("Tourism, Art and Culture
Department")."""


def _field_before(ctx: ActorContext, marks: Marks, comma: int) -> int | None:
    """The comma before the one or two capitalised words that end at ``comma``: a field that
    a body's name lists first; None when there is none."""
    tokens = ctx.tokens
    j = comma - 1
    while j >= 0 and comma - j <= MAX_LISTED_FIELD and tokens.tokens[j].is_word \
            and tokens.tokens[j].is_capitalised and j not in marks.titles \
            and j not in marks.honorifics and j not in ctx.place_at:
        j -= 1
    return j if j < comma - 1 and j >= 1 and tokens.tokens[j].text == "," else None


# --- runs ----------------------------------------------------------------------------

def _left_cue(ctx: ActorContext, marks: Marks, start: int) -> Cue | None:
    """A title or honorific before the name, across the role's complement; none across a
    coordinator right before the name ("re-elected Margaret Pryce as chairman and Tom
    Whitfield as treasurer": the chairman is the name before "and")."""
    tokens = ctx.tokens
    k = start - 1
    if k >= 0 and tokens.folded[k] in ctx.coordinators and not _accented_closer(ctx, k):
        return None
    if _nationality_before(ctx, start):
        return Cue(nationality=k)
    connectors = words = unknown = 0
    while k >= 0 and tokens.joined(k + 1):
        token = tokens.tokens[k]
        honorific = _honorifics_before(ctx, marks, k + 1)
        if (honorific is not None or k in marks.titles) and words > MAX_ROLE_WORDS:
            if honorific is None and tokens.folded[k] in ctx.rules.portfolio_openers \
                    and words <= MAX_PORTFOLIO_WORDS:
                # a title that opens the portfolio of the title before it ("l'adjointe
                # déléguée aux relations internationales et aux jumelages, Claire Dumas")
                words = 0
                k -= 1
                continue
            return None  # too many words for a title's complement, and no portfolio's
        if honorific is not None:
            return _title_before_honorific(ctx, marks, honorific)
        if k in marks.titles:
            return _cue_of_title(ctx, marks, k, start)
        skipped = _skip_aside(ctx, marks, k, start)
        if skipped is not None:
            k = skipped
            continue
        if (unknown or tokens.folded[k + 1] in ctx.rules.portfolio_words) and _joins_fields(
                ctx, k):
            # a list of the office's fields ("Minister for IT, Industries & Commerce Sri D.
            # Srinivas", "consejero de Cultura, Agricultura y Pesca, Juan ..."): each field
            # of capitalised words counts on its own
            unknown = 0
            k -= 1
            continue
        if not token.is_word:
            return None
        if not token.is_capitalised:
            counted = _count_lower_word(ctx, k, connectors, words)
            if counted is None:
                return None
            connectors, words = counted
        elif _field_word(ctx, k) or _non_name_ending(ctx, tokens.folded[k]):
            # "Đối" of "Ban Đối ngoại": a field of the office; "Витебского" of "председатель
            # Витебского горисполкома": the adjective of its body
            words += 1
        elif tokens.folded[k] in ctx.rules.portfolio_words:
            pass  # the office's portfolio: "wethouder Economie Jasper Kooistra"
        else:
            if _opens_other_name(ctx, k, start):
                return None  # "il sindaco Nicola Finco riceverà il collega Frank Schneider"
            unknown += 1
            if unknown > MAX_FIELD_CAPITALS or not (
                    _beside_connector_or_place(ctx, k) or _field_goes_left(ctx, k)
                    or (k > 0 and _joins_fields(ctx, k - 1)) or _ends_suspended(ctx, k)):
                return None
        k -= 1
    return None


def _cue_of_title(ctx: ActorContext, marks: Marks, k: int, start: int) -> Cue:
    """The cue of the title at token ``k`` before the name at ``start``: the office before a
    style it qualifies, else the title with the office whose portfolio it opens, as its
    holder's role."""
    title = marks.titles[k]
    office = _office_before_style(ctx, marks, title, start)
    if office is not None:
        return office
    if ctx.tokens.folded[k] in ctx.rules.portfolio_openers:
        # "la vicepresidente della Regione francese delegata agli Affari europei": a
        # title that opens the portfolio of an office named before it
        title = _title_before_opener(ctx, marks, title[0]) or title
    title = _holder_title(ctx, marks, title)
    return Cue(role=(_role_prefix(ctx, marks, title[0]), start), title=title)


def _skip_aside(ctx: ActorContext, marks: Marks, k: int, start: int) -> int | None:
    """The token where the leftward scan goes on past token ``k`` when it is part of a role
    the scan crosses whole (a place, a body, an aside between commas or brackets, an
    apostrophe, a dash, a title's colon); None when it is none of them."""
    token = ctx.tokens.tokens[k]
    if k in ctx.place_at or k in ctx.org_at or k in ctx.local_government \
            or k in ctx.bare_place_nouns:
        return _entity_start(ctx, k) - 1
    if token.text == "," and (k == start - 1 or _place_aside(ctx, k + 1, _before_comma(
            ctx, start))):
        # "Le maire de Saint-Louis, au Sénégal, Mamadou Diop", "Thị trưởng thành phố
        # Kofu, tỉnh Yamanashi Tanaka Kenji"
        return k - 1
    if token.text == ")":
        opened = _opening(ctx, k)
        if opened is not None and (_place_aside(ctx, opened + 1, k)
                                   or _qualifier_aside(ctx, opened + 1, k)
                                   or _short_name_aside(ctx, opened, k)
                                   or _gloss_aside(marks, opened, k)
                                   or _acronym_aside(ctx, marks, opened, k)
                                   or (k == start - 1
                                       and _portfolio_aside(ctx, marks, opened, k))):
            # "El alcalde de Puebla (México), Eduardo Rivera", "Mayor of Gimhae city
            # (Republic of Korea) Park Sung-ho"
            return opened - 1
    if token.text in APOSTROPHES or token.text in "-–":
        return k - 1
    if token.text == ":" and k == start - 1 and k - 1 in marks.titles:
        return k - 1  # a title and its colon, as a newsletter signs off ("Editor: Phil Armstrong")
    return None


def _count_lower_word(ctx: ActorContext, k: int, connectors: int,
                      words: int) -> tuple[int, int] | None:
    """The role's connectors and words counted with the lower-case word ``k``; None when it
    breaks a clause or the counts pass what a role's complement holds."""
    if ctx.tokens.tokens[k].text.lower() in ctx.people.role_breaks:
        return None  # "Le ministre a adressé ses félicitations à": a clause, no role
    if ctx.tokens.folded[k] in ctx.rules.connectors or ctx.is_function(k) \
            or _agreeing_adjective(ctx, k):
        connectors += 1
    elif ctx.tokens.folded[k] in ctx.rules.portfolio_openers and words <= MAX_PORTFOLIO_WORDS:
        words = 0  # "chargé des relations internationales": its portfolio's words
    else:
        words += 1
    if connectors > MAX_ROLE_CONNECTORS or words > MAX_ROLE_WORDS + MAX_PORTFOLIO_WORDS:
        return None
    return connectors, words


MIN_AGREEING_ENDING = 3
"""Letters of the shortest adjective ending that marks a lower-case word as an adjective of
the noun after it ("-ого", not "-ой", which nouns end in too)."""


def _agreeing_adjective(ctx: ActorContext, k: int) -> bool:
    """A lower-case adjective agreeing with the capitalised or lower-case noun after it, in a
    language that declines them ("глава Петрозаводского городского округа"): it qualifies
    the role's noun and counts as no word of its own."""
    word = ctx.tokens.folded[k]
    return k + 1 < len(ctx.tokens) and ctx.tokens.tokens[k + 1].is_word and any(
        len(ending) >= MIN_AGREEING_ENDING and word.endswith(ending)
        and len(word) > len(ending) + 1 for ending in ctx.people.place_adjective_endings)


def _opens_other_name(ctx: ActorContext, k: int, start: int) -> bool:
    """Token ``k``, before the name at ``start`` with a lower-case word between, is a known
    given name before a capitalised word: another person's name, which no role spans."""
    tokens = ctx.tokens
    return (tokens.folded[k] in ctx.rules.given_names and k + 1 < start
            and tokens.joined(k + 1) and tokens.tokens[k + 1].is_capitalised
            and any(tokens.tokens[j].is_word and not tokens.tokens[j].is_capitalised
                    for j in range(k + 1, start)))


def _nationality_before(ctx: ActorContext, start: int) -> bool:
    """A nationality's adjective in lower case right before the name, after an article or
    its elided form that makes it a noun (``nationality_articles``: "la etíope Tigist Alemu",
    "al japonés Kenji Tanaka", "l'etiope"; not German "des japanischen Konzertveranstalters
    Kajimoto", an adjective of the noun after it): it says who the person is, as a title
    would, and what country they act for."""
    tokens, k = ctx.tokens, start - 1
    if k < 1 or not tokens.joined(k + 1) or tokens.tokens[k].is_capitalised \
            or not ctx.is_demonym(k):
        return False
    before = k - 1
    if tokens.tokens[before].text in APOSTROPHES and before > 0:
        before -= 1  # "l'etiope"
    return tokens.joined(k) and tokens.folded[before] in ctx.people.nationality_articles


OPENER_REACH = 5
"""Tokens between an office and the title that opens its portfolio ("della Regione
francese")."""


def _title_before_opener(ctx: ActorContext, marks: Marks,
                         opener: int) -> tuple[int, int] | None:
    """Another title a few tokens before a portfolio's opener, over connectors, bodies,
    places and lower-case adjectives only: the office the opener's portfolio is of."""
    tokens = ctx.tokens
    for k in range(opener - 1, max(opener - 1 - OPENER_REACH, -1), -1):
        if k in marks.titles:
            return marks.titles[k]
        token = tokens.tokens[k]
        if not tokens.joined(k + 1) or not token.is_word or not (
                k in ctx.local_government or k in ctx.place_at or k in ctx.org_at
                or not token.is_capitalised):
            return None
    return None


def _before_comma(ctx: ActorContext, start: int) -> int:
    """``start``, or the comma right before it."""
    return start - 1 if ctx.tokens.tokens[start - 1].text == "," else start


def _joins_fields(ctx: ActorContext, k: int) -> bool:
    """A comma or an ampersand between two capitalised words, inside a role: it joins two
    fields of one portfolio ("IT, Industries & Commerce"); so does a coordinator ("for
    Economic Development and Tourism")."""
    tokens = ctx.tokens
    return (tokens.tokens[k].text in (",", "&") or tokens.folded[k] in ctx.coordinators) \
        and 0 < k < len(tokens) - 1 and all(
        tokens.tokens[i].is_word and tokens.tokens[i].is_capitalised and i not in ctx.place_at
        and i not in ctx.org_at and i not in ctx.title_tokens for i in (k - 1, k + 1))


HOLDER_REACH = 2
"""Connectors between a title and the title it is the complement of ("adjunto do")."""


def _holder_title(ctx: ActorContext, marks: Marks, title: tuple[int, int]) -> tuple[int, int]:
    """The title whose complement a title is ("o adjunto do prefeito", "the deputy to the
    mayor"): the person holds the first one."""
    k = title[0] - 1
    while k >= 0 and title[0] - k <= HOLDER_REACH and ctx.tokens.joined(k + 1) and (
            ctx.tokens.folded[k] in ctx.rules.connectors) and k not in marks.titles and (
            ctx.tokens.folded[k] not in ctx.coordinators):  # "sindaco e presidente": two offices
        k -= 1
    if k < title[0] - 1 and k in marks.titles and ctx.tokens.joined(k + 1):
        return _holder_title(ctx, marks, marks.titles[k])
    return title


def _honorifics_before(ctx: ActorContext, marks: Marks, i: int) -> int | None:
    """The first token of the honorifics written right before token ``i``, each with or
    without its dot ("Prof. Dr. Elke Hansen", "Mr. Park"), or None."""
    first = None
    k = i - 1
    while k >= 0:
        k = _before_retired(ctx, k)
        if ctx.tokens.tokens[k].text == "." and k - 1 in marks.honorifics:
            k -= 1  # the honorific's dot, a token of its own ("Dr" ".")
        if k not in marks.honorifics:
            break
        first = marks.honorifics[k][0]
        k = first - 1
    return first


RETIRED = frozenset({"retd", "rtd", "retired"})
"""Words of the bracket after a rank that says its holder has left the forces ("Rear Admiral
(Retd.) Nishantha Wijesekera")."""


def _before_retired(ctx: ActorContext, k: int) -> int:
    """The token before a bracketed "(Retd.)" that ends at ``k``, else ``k``."""
    tokens = ctx.tokens
    if k < 2 or tokens.tokens[k].text != ")":
        return k
    j = k - 1
    if tokens.tokens[j].text == ".":
        j -= 1
    if j >= 1 and tokens.folded[j] in RETIRED and tokens.tokens[j - 1].text == "(":
        return j - 2
    return k


def _accented_closer(ctx: ActorContext, k: int) -> bool:
    """A copula that folds into a coordinator ("è", "é": "e", and) closes a title's phrase
    ("Nuovo presidente è Marco Rossi"): written with its accent, it coordinates nothing."""
    written = ctx.tokens.tokens[k].text.lower()
    return written != ctx.tokens.folded[k] and ctx.tokens.folded[k] in ctx.people.role_closers


def _title_before_honorific(ctx: ActorContext, marks: Marks, honorific: int) -> Cue:
    """The honorific's cue, with the role of a title written before it ("The Mayor of
    Kendal, Cllr Peter Bolton"; "Mayor of Gimhae Mr Park")."""
    before = _left_cue(ctx, marks, honorific)
    if before is None or before.title is None or before.role is None:
        # the style of an office is the role it alone gives ("Cr Ben Foster", "Coun. Harpreet
        # Dhillon": a councillor), with no title that would make its holders one place's
        style = marks.honorifics.get(honorific)
        office = style if style is not None and fold(
            ctx.tokens.surface(*style)) in ctx.people.office_honorifics else None
        return Cue(role=office, honorific=True)
    # honorifics in a row ("Governor H.E. Prof. Peter Anyang"): the role ends at the first
    end = before.role[1] if before.honorific else honorific
    return Cue(role=(before.role[0], end), title=before.title, honorific=True)


def _office_before_style(ctx: ActorContext, marks: Marks, title: tuple[int, int],
                         start: int) -> Cue | None:
    """The cue of an office written before a style right before the name ("Mayor of Montego
    Bay Councillor Desmond Blackwood": the mayor), or None."""
    if title[1] != start or fold(ctx.tokens.surface(*title)) not in ctx.people.styles:
        return None
    before = _left_cue(ctx, marks, title[0])
    if before is None or before.title is None or before.role is None or before.honorific:
        return None
    return Cue(role=(before.role[0], title[0]), title=before.title)


def _field_word(ctx: ActorContext, k: int) -> bool:
    """In Vietnamese, a capitalised syllable followed by a lower-case one: a word of an
    office's field ("Đối ngoại", "Tuyên giáo"), never of a name, all of whose syllables are
    capitalised."""
    tokens = ctx.tokens
    return (ctx.keep_accents and tokens.tokens[k].is_capitalised and k + 1 < len(tokens)
            and tokens.joined(k + 1) and tokens.tokens[k + 1].is_word
            and not tokens.tokens[k + 1].is_capitalised and not ctx.is_function(k + 1))


def _place_aside(ctx: ActorContext, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` only say where: a place and function words ("au Sénégal"),
    places with their nouns and their country in brackets ("quận Sumida, thủ đô Tokyo (Nhật
    Bản)"), a region and its country in the brackets ("Colón (Entre Ríos, Argentina)")."""
    inside = range(start, end)
    nouns = _place_noun_tokens(ctx, start, end)
    return any(i in ctx.place_at for i in inside) and all(
        i in ctx.place_at or ctx.is_function(i) or i in nouns
        or ctx.tokens.tokens[i].text in ("(", ")", ",") for i in inside)


def _place_noun_tokens(ctx: ActorContext, start: int, end: int) -> set[int]:
    """The tokens of the place nouns in ``[start, end)`` written right before their place
    ("thủ đô" of "thủ đô Tokyo")."""
    nouns: set[int] = set()
    for noun in range(start, end):
        if noun in ctx.place_after_noun:
            k = noun
            while k < end and k not in ctx.place_at:
                nouns.add(k)
                k += 1
    return nouns


QUALIFIER_TOKENS = 4
"""Tokens of a lower-case qualifier of an office in parentheses: "(in-charge)", "(acting)"."""


def _qualifier_aside(ctx: ActorContext, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` qualify the office before them in lower case, as Indian papers
    write it ("Vice-Chancellor (in-charge) R. Rajendran")."""
    tokens = ctx.tokens.tokens
    return 0 < end - start <= QUALIFIER_TOKENS and tokens[start].is_word and all(
        tokens[i].text in "-/" or (tokens[i].is_word and not tokens[i].is_capitalised)
        for i in range(start, end))


def _short_name_aside(ctx: ActorContext, opened: int, close: int) -> bool:
    """The parentheses at ``opened`` and ``close`` hold the short name of the body right
    before them, an acronym first ("presidente da Comissão de Coordenação e Desenvolvimento
    Regional do Alentejo (CCDR Alentejo), Margarida Calado")."""
    tokens = ctx.tokens.tokens
    inside = range(opened + 1, close)
    return (opened - 1 in ctx.org_at or (
        close == opened + 2 and _initials_before(ctx, opened, tokens[opened + 1].text))) \
        and 0 < len(inside) <= SHORT_NAME_TOKENS and (
        len(tokens[opened + 1].text) > 1 and tokens[opened + 1].text.isupper()) and all(
        tokens[i].is_word and tokens[i].is_capitalised for i in inside)


def _initials_before(ctx: ActorContext, opened: int, acronym: str) -> bool:
    """The words before the "(" at ``opened``, but their connectors, begin with the letters
    of the acronym inside it: the acronym of a body written in lower case ("l'Assemblée
    populaire communale (APC) de Tlemcen"), which no organisation holds."""
    return any(_initials(ctx, opened, len(acronym), capitals).casefold() == acronym.casefold()
               for capitals in (False, True))


def _initials(ctx: ActorContext, opened: int, count: int, capitals: bool) -> str:
    """The first letters of up to ``count`` words before ``opened``, but connectors: all of
    them, or (``capitals``) those in lower case only, since a capitalised one opens a place's
    name the acronym spells ("Gobierno Autónomo Municipal de La Paz (GAMLP)")."""
    tokens, initials = ctx.tokens, list[str]()
    k = opened - 1
    while k >= 0 and len(initials) < count and tokens.tokens[k].is_word:
        if tokens.folded[k] not in ctx.rules.connectors or (
                capitals and tokens.tokens[k].is_capitalised):
            initials.append(tokens.tokens[k].text[:1])
        k -= 1
    return "".join(reversed(initials))


SHORT_NAME_TOKENS = 3
"""Words of a body's short name in parentheses: "(CCDR Alentejo)"."""


def _gloss_aside(marks: Marks, opened: int, close: int) -> bool:
    """The parentheses at ``opened`` and ``close`` gloss the title right before them with
    another title ("Akim (Mayor) of Almaty city Yerzhan Babakumarov", "the Hakim (Governor)
    of Samarkand region"): the role goes on past them."""
    inside = range(opened + 1, close)
    return opened - 1 in marks.titles and len(inside) > 0 and all(
        i in marks.titles for i in inside)


def _acronym_aside(ctx: ActorContext, marks: Marks, opened: int, close: int) -> bool:
    """The parentheses at ``opened`` and ``close`` hold the acronym of the title right before
    them ("the County Executive Committee Member (CECM) for Trade, Hon. Faith Mwikali", "the
    District Commissioner (DC) for Nyamagana, Mr Hassan Kilimba"): the role goes on past them."""
    token = ctx.tokens.tokens[opened + 1]
    return opened - 1 in marks.titles and close == opened + 2 and token.is_word \
        and len(token.text) > 1 and token.text.isupper()


PORTFOLIO_TOKENS = 6
"""Tokens of an office's portfolio in parentheses: "(Labour and Skills)"."""


def _portfolio_aside(ctx: ActorContext, marks: Marks, opened: int, close: int) -> bool:
    """The parentheses at ``opened`` and ``close`` hold the portfolio of the title right
    before them, as Indian offices write it ("Principal Secretary (Labour and Skills) Anitha
    Menon"): capitalised words and their connectors, no place or body."""
    tokens = ctx.tokens.tokens
    inside = range(opened + 1, close)
    return opened - 1 in marks.titles and 0 < len(inside) <= PORTFOLIO_TOKENS and (
        tokens[opened + 1].is_capitalised) and all(
        i not in ctx.place_at and i not in ctx.org_at and (
            tokens[i].text in "&," or (tokens[i].is_word and (
                tokens[i].is_capitalised or ctx.tokens.folded[i] in ctx.rules.connectors
                or ctx.is_function(i))))
        for i in inside)


def _opening(ctx: ActorContext, close: int) -> int | None:
    """The "(" that the ")" at ``close`` closes, a few tokens before it."""
    for i in range(close - 1, max(close - 8, -1), -1):
        if ctx.tokens.tokens[i].text == "(":
            return i
    return None


def _field_goes_left(ctx: ActorContext, k: int) -> bool:
    """The last word of a field of two capitalised words right after a connector ("Schepen
    van Internationale Samenwerking Lieve Maes", "Councillor for International Relations
    Jane Hale")."""
    before = ctx.tokens.tokens[k - 1] if k > 0 else None
    return before is not None and before.is_word and before.is_capitalised and \
        ctx.tokens.joined(k) and _beside_connector_or_place(ctx, k - 1)


def _ends_suspended(ctx: ActorContext, k: int) -> bool:
    """Token ``k`` ends a compound whose first part, cut at its hyphen, a coordinator joins to
    it ("Teknik- og Miljøudvalget", "Wirtschafts- und Finanzausschuss"): one word of the
    office's field, whatever the words before."""
    tokens = ctx.tokens
    return k > 2 and tokens.folded[k - 1] in ctx.coordinators \
        and tokens.tokens[k - 2].text in "-–" and not tokens.gap(k - 2) \
        and tokens.tokens[k - 3].is_word and tokens.tokens[k - 3].is_capitalised


def _beside_connector_or_place(ctx: ActorContext, k: int) -> bool:
    connectors = ctx.rules.connectors
    before = k - 1
    if before > 0 and ctx.tokens.folded[before] not in connectors \
            and ctx.tokens.tokens[before].is_word and not ctx.tokens.tokens[before].is_capitalised:
        before -= 1  # one adjective between ("der polnischen Partneruniversität")
    return k > 0 and (ctx.tokens.folded[before] in connectors
                      or k - 1 in ctx.place_at or k + 1 in ctx.place_at)


def _entity_start(ctx: ActorContext, k: int) -> int:
    """First token of the place, organisation or local-government phrase at ``k``."""
    while k > 0 and (k - 1 in ctx.place_at or k - 1 in ctx.org_at
                     or k - 1 in ctx.local_government) and ctx.tokens.joined(k):
        k -= 1
    return k


def _role_prefix(ctx: ActorContext, marks: Marks, start: int) -> int:
    """Take places, demonyms and possessives written before a title ("Eindhoven’s Deputy
    Mayor", "Ukrainian President", "Nakuru County Governor")."""
    k = start
    while k > 0 and ctx.tokens.joined(k):
        prev = k - 1
        if prev in ctx.place_at and _after_preposition(ctx, _entity_start(ctx, prev)):
            break  # where the sentence happens ("ve Zlíně hejtman ..."), not the office's
        if prev in ctx.place_at or prev in ctx.org_at or ctx.is_demonym(prev) \
                or prev in marks.titles or prev in ctx.local_government \
                or ctx.tokens.folded[prev] in ctx.rules.region_adjectives \
                or ctx.tokens.folded[prev] in ctx.people.regional \
                or ctx.place_of_adjective(prev) is not None:
            # "Victorian Minister for Trade", "der sächsische Staatsminister", "Provincial
            # Minister": a region's office
            k = prev
        else:
            break
    return k


def _after_preposition(ctx: ActorContext, start: int) -> bool:
    """Whether a lower-case place preposition stands right before token ``start``, in a
    language that writes places in a case after it ("podepsali ve Zlíně hejtman Zlínského
    kraje Radek Novotný", "в Туле губернатор"); English writes an office's town before its
    title after any word ("a letter to Fort Lauderdale Mayor Helen Carrington")."""
    before = start - 1
    language = ctx.doc.rules_language or ""
    if before < 0 or not ctx.tokens.joined(start) or not ctx.rules.place_case_endings.get(
            language):
        return False
    token = ctx.tokens.tokens[before]
    return token.is_word and not token.is_capitalised and ctx.tokens.folded[before] in \
        _place_prepositions(language)


@cache
def _place_prepositions(language: str) -> frozenset[str]:
    """The place prepositions of a language (``common_words.toml``; folded)."""
    return frozenset(fold(w) for w in load_common_words().place_prepositions.get(language, ()))
