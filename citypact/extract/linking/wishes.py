"""Whether a sentence states its cues as facts or only wishes them: modal words, wished and
negated cues, the kind of relation it states, the events it reports, the dates it renews."""

from __future__ import annotations

from citypact.extract.linking.cues import (
    EVENT_KIND,
    MODALITY_REACH,
    VERB_REACH,
    SentenceCues,
)
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import LinkKind, formality

TOPIC_REACH = 15
"""Characters after a ``topic`` phrase ("talks on", "trattative per") where the relation it
introduces is discussed, not established."""
AIM_REACH = 30
"""Characters after an ``aim`` phrase ("letter of intent to establish", "lettera d'intenti per")
where the relation it names is the letter's aim, not made by it."""
MODAL_REACHES = {"topic": TOPIC_REACH, "aim": AIM_REACH}
"""Modal labels whose reach is shorter than ``MODALITY_REACH``: they govern the relation
named right after them only."""
EVENT_PRIORITY = ("signing", "anniversary", "visit", "meeting", "forum", "project",
                  "announcement")


def _is_modal(cue: LexiconHit, modality: tuple[LexiconHit, ...],
              contrasts: tuple[LexiconHit, ...] = ()) -> bool:
    """A modal phrase before the cue, or one that begins before it and holds it
    ("nghiên cứu ký kết": to study signing), a negation inside it, or the cue's own future
    form ("signera"), with no
    word of contrast between them ("non hanno firmato alcun accordo, ma collaborano": the
    cooperation is a fact)."""
    return any(m.span == cue.span or (
        # a negation between the parts of a split cue ("werken niet meer samen")
        m.label in ("negation", "denial") and cue.span[0] < m.span[0] < cue.span[1]) or (
        m.label not in AFTER_LABELS and m.span[0] < cue.span[0]
        and cue.span[0] - m.span[1] <= MODAL_REACHES.get(m.label, MODALITY_REACH)
        and not any(m.span[1] <= c.span[0] and c.span[1] <= cue.span[0] for c in contrasts)) or (
        # a language that writes the wish after its object, in the clause's verb ("kardeş
        # şehir ilişkisi kurulmasına yönelik teklif", "imzalanması planlanıyor"), or on
        # either side ("proposal_both": Hungarian "szeretne testvérvárosi kapcsolatot" and
        # "testvérvárosi kapcsolatot szeretne")
        m.label in ("proposal_after", "proposal_both") and cue.span[0] <= m.span[0]
        and m.span[0] - cue.span[1] <= VERB_REACH
        and not any(cue.span[1] <= c.span[0] and c.span[1] <= m.span[0]
                    for c in (*contrasts, *(s for s in modality if s.label == "after_stop"))))
        for m in modality)


AFTER_LABELS = frozenset({"proposal_after", "after_stop"})
"""Modal words that govern the cue before them (``proposal_after``), and the words that end
a clause between them (``after_stop``: a participle, "kardeş şehri olan ... katılmasını"):
no modal of the cue after them."""


def _verb_after_not_done(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A noun cue whose signing verb comes later, negated or wished ("Einen Vertrag haben
    Halle und Lublin noch nicht unterzeichnet", "une convention pourrait être signée"): the
    instrument is not signed either."""
    return any(e.label == "signing" and e.span[0] >= cue.span[1]
               and e.span[0] - cue.span[1] <= VERB_REACH
               and any(cue.span[1] <= m.span[0] < e.span[0] for m in cues.modality
                       if m.label != "after_stop")
               for e in cues.events)


def _verb_of_wished_noun(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A signing verb at the end of a clause whose instrument, named before it, is wished
    ("Der Oberbürgermeister soll die Partnerschaftsurkunde im Frühjahr ... unterzeichnen"):
    German puts the verb that the modal governs last, out of the modal's reach. Not an
    instrument's aim ("eine Absichtserklärung zur Begründung einer Städtepartnerschaft
    unterzeichnet"): the letter is signed."""
    modality = tuple(m for m in cues.modality if m.label != "aim")
    return cue.label == "signing" and cue.span in cues.final_verbs and any(
        k.label in ("twinning", "agreement") and k.span[1] <= cue.span[0]
        and cue.span[0] - k.span[1] <= VERB_REACH
        and _is_modal(k, modality, cues.contrasts)
        and not any(k.span[1] <= c.span[0] < cue.span[0] for c in cues.contrasts)
        for k in cues.kinds)


def _wished(cue: LexiconHit, cues: SentenceCues) -> bool:
    """Whether a cue is wished, planned or negated rather than stated as a fact; not a
    twinning whose renewal is what is planned ("firmerà il rinnovo del patto di gemellaggio
    con Aix-en-Provence, in vigore dal 1973"): the twinning exists."""
    if _renewed_twinning(cue, cues) or _listing_twins(cue, cues):
        return False
    return (cues.wished or _is_modal(cue, cues.modality, cues.contrasts)
            or _verb_after_not_done(cue, cues) or _verb_of_wished_noun(cue, cues)
            or _field_of_wish(cue, cues) or _subject_of_modal(cue, cues)
            or _means_of_wish(cue, cues))


MEANS_REACH = 25
"""Characters from a ``means`` phrase ("through a") to the relation it introduces ("sister-region
agreement", "formal twinning agreement")."""


def _means_of_wish(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A relation named as the means of a wished one ("wants to formalise its links with
    France's Nouvelle-Aquitaine region, home to Bordeaux, through a sister-region
    agreement"): the modal word that governs the verb governs its means too, though the
    partner's name and an aside stand between them, beyond a modal word's usual reach."""
    means = next((r for r in cues.references if r.label == "means"
                  and 0 <= cue.span[0] - r.span[1] <= MEANS_REACH), None)
    if cue.label not in ("twinning", "agreement") or means is None:
        return False
    return any(m.label == "proposal" and m.span[1] <= means.span[0]
               and means.span[0] - m.span[1] <= MEANS_WISH_REACH
               and not any(m.span[1] <= c.span[0] and c.span[1] <= cue.span[0]
                           for c in cues.contrasts)
               for m in cues.modality)


MEANS_WISH_REACH = 150
"""Characters from a modal word to the ``means`` phrase of the verb it governs: the verb's
object, its partner and an aside stand between them."""


RENEWED_TWINNING_REACH = 16
"""Characters from a ``renewed`` word to the twinning it renews ("rinnovo del patto di")."""


ANNIVERSARY_REACH = 45
"""Characters from an anniversary word to the twinning whose years it counts ("kỷ niệm 20 năm
thiết lập quan hệ kết nghĩa")."""


def _renewed_twinning(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A twinning whose renewal or anniversary is what is planned ("dự kiến tổ chức các hoạt
    động kỷ niệm 20 năm thiết lập quan hệ kết nghĩa"), or one a town's possessive says its
    partner already is ("would welcome an orchestra from Stuttgart, Cardiff's twin city, in
    September"): the twinning exists."""
    return cue.label == "twinning" and (any(
        p.label == "renewed" and 0 <= cue.span[0] - p.span[1] <= RENEWED_TWINNING_REACH
        for p in cues.past) or any(
        p.label == "held" and p.span[0] <= cue.span[0] and cue.span[1] <= p.span[1]
        and not _becoming(p, cues) for p in cues.past) or any(
        e.label == "anniversary" and 0 <= cue.span[0] - e.span[1] <= ANNIVERSARY_REACH
        for e in cues.events))


def _listing_twins(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A twinning word of a phrase that lists a town's twins ("... would learn from Würzburg's
    other sister cities, which include Caen in France"): the twins it lists exist, whatever
    the sentence plans."""
    return cue.label == "twinning" and any(
        r.label == "twins_listed" and r.span[0] <= cue.span[0] and cue.span[1] <= r.span[1]
        for r in cues.references)


BECOMING_REACH = 30
"""Characters from a verb of becoming to the possessive twinning it makes ("to become
Stuttgart's sister city")."""


def _becoming(held: LexiconHit, cues: SentenceCues) -> bool:
    """A possessive twinning that a verb of becoming right before it makes the aim ("hopes to
    become Stuttgart's sister city"): it does not exist yet."""
    return any(p.label == "becoming" and 0 <= held.span[0] - p.span[1] <= BECOMING_REACH
               for p in cues.past)


SUBJECT_REACH = 40
"""Characters from a visit noun to the modal verb it is the subject of."""


WISH_OBJECT_REACH = 12
"""Characters from a word of wish to the relation it governs right after it ("verso una
cooperazione", "towards a twinning")."""


def _subject_of_modal(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A visit or meeting noun followed by a modal verb before any other cue ("Eine
    Delegation aus Cape Coast soll im Herbst nach Bonn kommen", "A delegation from Hue will
    visit Blois"): the visit is planned. Not a wish whose own relation comes right after it
    ("Questo incontro segna un passo importante verso una cooperazione più stretta"): the
    meeting took place, the closer cooperation is what is wished."""
    if cue.label not in ("visit", "meeting"):
        return False
    modal = next((m for m in cues.modality if m.label == "proposal"
                  and cue.span[1] <= m.span[0] <= cue.span[1] + SUBJECT_REACH), None)
    if modal is None or any(cue.span[1] <= h.span[0] < modal.span[0]
                            for h in (*cues.kinds, *cues.events)):
        return False
    after = min((h for h in (*cues.kinds, *cues.events) if h.span[0] >= modal.span[1]),
                key=lambda h: h.span[0], default=None)
    return after is None or after in cues.events or (
        after.span[0] - modal.span[1] > WISH_OBJECT_REACH)


def _field_of_wish(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A cooperation word just after a wished relation names one of its fields ("para
    proponerle un hermanamiento centrado en el enoturismo y el intercambio cultural"): it
    is wished with it; after a word of contrast it is not ("..., ma collaborano")."""
    return cue.label == "cooperation" and (any(
        k.label != "cooperation" and k.span[1] <= cue.span[0]
        and cue.span[0] - k.span[1] <= MODALITY_REACH
        and _is_modal(k, cues.modality, cues.contrasts)
        and not any(k.span[1] <= c.span[0] and c.span[1] <= cue.span[0]
                    for c in cues.contrasts)
        for k in cues.kinds) or _in_fields_of_wish(cue, cues))


def _in_fields_of_wish(cue: LexiconHit, cues: SentenceCues) -> bool:
    """A cooperation word in the list of fields (after a ``fields`` phrase) of a wished
    relation ("hai tỉnh sẽ hợp tác trên các lĩnh vực: nông nghiệp ...; văn hóa và giao lưu
    nhân dân"): a field of the wish, however long the list before it."""
    return any(
        r.label == "fields" and r.span[1] <= cue.span[0] and any(
            k.span[1] <= r.span[0] and r.span[0] - k.span[1] <= MODALITY_REACH
            and _is_modal(k, cues.modality, cues.contrasts) for k in cues.kinds)
        and not any(r.span[1] <= c.span[0] and c.span[1] <= cue.span[0] for c in cues.contrasts)
        for r in cues.references)


def _is_existing(cue: LexiconHit, past: tuple[LexiconHit, ...]) -> bool:
    """A cue inside an ``existing`` phrase ("the signed project"): done before the story."""
    return any(p.label == "existing" and p.span[0] <= cue.span[0] and cue.span[1] <= p.span[1]
               for p in past)


def reports_event(cues: SentenceCues) -> bool:
    """Whether the sentence reports a signing, visit, meeting or forum as having happened
    (not wished, and not mentioned as done before: "the signed project")."""
    return any(hit.label in EVENT_KIND and not _wished(hit, cues)
               and not _is_existing(hit, cues.past) for hit in cues.events)


def states_signing(cues: SentenceCues) -> bool:
    """Whether the sentence says something was signed, now or before the story (not wished
    or negated)."""
    return any(hit.label == "signing" and not _wished(hit, cues) for hit in cues.events)


def reported_event_types(cues: SentenceCues) -> set[str]:
    """The types of the events the sentence reports as having happened now (a wished,
    negated or earlier one is no event of the story)."""
    return {hit.label for hit in cues.events
            if not _wished(hit, cues) and not _is_existing(hit, cues.past)}


def reported_event_type(cues: SentenceCues) -> str | None:
    """The type of the event the sentence reports, by ``EVENT_PRIORITY``."""
    labels = reported_event_types(cues)
    return next((t for t in EVENT_PRIORITY if t in labels), None)


RENEWAL_REACH = 80
"""Characters from a ``renewed`` word to the date of the instrument it renews
("rinnovato per altri cinque anni il memorandum d'intesa firmato per la prima volta nel 2014",
"bouwt voort op de intentieverklaring die beide provincies in 1998 sloten")."""


def renews_date(cues: SentenceCues, start: int, day: bool = False) -> bool:
    """Whether a date at ``start`` follows a ``renewed`` word: it dates the renewed
    instrument ("rinnova l'accordo del 2009"), not the new one. A day written right after
    the verb, before any instrument, is when the renewal is done ("ont renouvelé le 3 mars
    dernier l'accord signé en 2012")."""
    return any(p.label == "renewed" and p.span[1] <= start and start - p.span[1] <= RENEWAL_REACH
               and not (day and not any(p.span[1] <= k.span[0] < start for k in cues.kinds))
               for p in cues.past)


BEGUN_REACH = 12
"""Characters from a ``begun`` word to the year it gives ("iniziato nel 1997")."""


def dated_after(cues: SentenceCues, start: int, label: str) -> bool:
    """Whether a date at ``start`` follows a ``past`` word of ``label``: ``begun``, when the
    contacts began ("un rapporto di fratellanza iniziato nel 1997 e concretizzatosi nel
    2000"), not when the relation was established; ``ended``, when it was suspended ("è
    stato sospeso nel marzo 2022")."""
    return any(p.label == label and p.span[1] <= start and start - p.span[1] <= BEGUN_REACH
               for p in cues.past)


def _in_frame(hit: LexiconHit, cues: SentenceCues) -> bool:
    """An event recalled by the sentence's opening phrase ("Tại buổi tiếp, ... mong muốn
    thiết lập quan hệ với X"): the meeting does not relate the parties the sentence names."""
    return cues.frame is not None and cues.frame[0] <= hit.span[0] < cues.frame[1]


def stated_kind_between(cues: SentenceCues, start: int, end: int) -> LinkKind | None:
    """The most formal relation that a word between ``start`` and ``end`` states as a fact
    ("een stedenband met Nanjing en werkt sinds 2018 samen met Daejeon": between Nanjing and
    Daejeon, cooperation)."""
    stated = [hit.label for hit in cues.kinds
              if start <= hit.span[0] < end and not _wished(hit, cues)]
    return min(stated, key=formality) if stated else None  # type: ignore[arg-type]


def wished_kinds(cues: SentenceCues) -> frozenset[str]:
    """The kinds of relation the sentence names only as wished, planned or negated ("È il
    primo passo verso un vero gemellaggio")."""
    return frozenset(hit.label for hit in cues.kinds if _wished(hit, cues))


def sentence_kind(cues: SentenceCues) -> LinkKind | None:
    """The most formal relation the sentence states as a fact; ``proposal`` if only wished."""
    stated: list[LinkKind] = []
    wished = False
    firms = [r.span[0] for r in cues.references if r.label == "firms"]
    unnamed = [r.span[0] for r in cues.references if r.label == "unnamed_sides"]
    # a cooperation word of the opening phrase names the meeting it recalls ("Tại cuộc trao
    # đổi, ... mong muốn thiết lập quan hệ với X"), as an event word there does
    candidates = [(hit, hit.label) for hit in cues.kinds
                  if not (hit.label == "agreement" and _of_firms(hit, firms))
                  and not _of_firms(hit, unnamed)
                  and not (hit.label == "cooperation" and _in_frame(hit, cues))]
    candidates += [(hit, EVENT_KIND[hit.label]) for hit in cues.events if hit.label in EVENT_KIND
                   and not _in_frame(hit, cues)]
    signings = [_wished(hit, cues) for hit in cues.events if hit.label == "signing"]
    # "The agreement ... is expected to be signed in April": an instrument whose signing
    # the sentence tells only as to come is to come too.
    unsigned = bool(signings) and all(signings)
    for hit, kind in candidates:
        if _wished(hit, cues) or (unsigned and kind == "agreement"):
            wished = True
        else:
            stated.append(kind)  # type: ignore[arg-type]
    if stated:
        return min(stated, key=formality)
    return "proposal" if wished else None


FIRMS_REACH = 12
"""Characters from an instrument's name to the ``firms`` phrase that says whose it is."""


def _of_firms(hit: LexiconHit, firms: list[int]) -> bool:
    """An instrument written right before the firms it is between ("trao 7 biên bản ghi nhớ
    giữa các doanh nghiệp"): theirs, no instrument of the places the sentence names (who
    host or witness it)."""
    return any(0 <= start - hit.span[1] <= FIRMS_REACH for start in firms)
