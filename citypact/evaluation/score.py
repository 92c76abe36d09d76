"""Score one extraction against its gold annotations (``gold-format.md``, Scoring).

Facets:

- ``places``, ``organizations``, ``people``: sets of entities (see ``match_set``);
- ``links``: sets of unordered party pairs (see ``expand_pairs``); on the pairs
  found, ``link_kind`` and ``link_date`` (exact string; null equals null) are
  accuracies and ``link_sectors`` is a micro precision / recall / F1 over labels;
- ``language``, ``published``: the document's facts, right or wrong;
- ``affiliation``: on each matched person, the extracted affiliation names the
  gold one (its name or an alias), or both are null;
- ``no_link``: for a document whose gold has no link that is required, right
  when the extraction states no link beyond the optional gold ones (listing
  an optional item is not an error, here as everywhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from citypact.evaluation.gold import Gold
from citypact.evaluation.matching import (
    GoldEntities,
    PairKey,
    PairLink,
    SetMatch,
    extracted_pairs,
    gold_pairs,
    make_resolver,
    match_set,
)
from citypact.evaluation.metrics import SetCounts, Tally
from citypact.model import Extraction
from citypact.textnorm import fold


@dataclass(frozen=True, slots=True)
class Scores:
    """The counts of every facet; they add up over documents (micro-averages)."""

    places: SetCounts = field(default_factory=SetCounts)
    organizations: SetCounts = field(default_factory=SetCounts)
    people: SetCounts = field(default_factory=SetCounts)
    links: SetCounts = field(default_factory=SetCounts)
    link_sectors: SetCounts = field(default_factory=SetCounts)
    link_kind: Tally = field(default_factory=Tally)
    link_date: Tally = field(default_factory=Tally)
    language: Tally = field(default_factory=Tally)
    published: Tally = field(default_factory=Tally)
    affiliation: Tally = field(default_factory=Tally)
    no_link: Tally = field(default_factory=Tally)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            places=self.places + other.places,
            organizations=self.organizations + other.organizations,
            people=self.people + other.people,
            links=self.links + other.links,
            link_sectors=self.link_sectors + other.link_sectors,
            link_kind=self.link_kind + other.link_kind,
            link_date=self.link_date + other.link_date,
            language=self.language + other.language,
            published=self.published + other.published,
            affiliation=self.affiliation + other.affiliation,
            no_link=self.no_link + other.no_link,
        )

    def set_facets(self) -> dict[str, SetCounts]:
        """The set facets by name, in report order."""
        return {"places": self.places, "organizations": self.organizations,
                "people": self.people, "links": self.links, "link_sectors": self.link_sectors}

    def tally_facets(self) -> dict[str, Tally]:
        """The accuracy facets by name, in report order."""
        return {"link_kind": self.link_kind, "link_date": self.link_date,
                "language": self.language, "published": self.published,
                "affiliation": self.affiliation, "no_link": self.no_link}

    def metrics(self) -> dict[str, float]:
        """Every score as one flat mapping (the keys of the floors file)."""
        flat: dict[str, float] = {}
        for name, counts in self.set_facets().items():
            flat |= {f"{name}_precision": counts.precision, f"{name}_recall": counts.recall,
                     f"{name}_f1": counts.f1}
        for name, tally in self.tally_facets().items():
            suffix = "rate" if name == "no_link" else "accuracy"
            flat[f"{name}_{suffix}"] = tally.accuracy
        return flat

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        """Every facet with its ratios and counts, JSON-ready."""
        facets = {name: counts.to_dict() for name, counts in self.set_facets().items()}
        return facets | {name: tally.to_dict() for name, tally in self.tally_facets().items()}


METRICS: tuple[str, ...] = tuple(Scores().metrics())
"""The name of every score, as ``Scores.metrics`` and the floors file spell it."""


@dataclass(frozen=True, slots=True)
class Mismatch:
    """An attribute the extraction got wrong on an item it found."""

    item: str
    expected: str
    got: str


@dataclass(frozen=True, slots=True)
class DocumentDetails:
    """What one document's extraction missed, added, or got wrong, by facet."""

    missed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    spurious: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    wrong: Mapping[str, tuple[Mismatch, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Non-empty lists only, JSON-ready."""
        return {
            "missed": {k: list(v) for k, v in self.missed.items() if v},
            "spurious": {k: list(v) for k, v in self.spurious.items() if v},
            "wrong": {k: [{"item": m.item, "expected": m.expected, "got": m.got} for m in v]
                      for k, v in self.wrong.items() if v},
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The scores of one document and the detail behind them."""

    name: str
    scores: Scores
    details: DocumentDetails


def score_document(gold: Gold, extraction: Extraction) -> DocumentScore:
    """Score one extraction against the gold annotations of its document.

    Args:
        gold: the document's gold annotations.
        extraction: what the pipeline extracted from the document.

    Returns:
        Counts for every facet, and which items were missed, spurious or wrong.
    """
    places = match_set(gold.places, [(p.name,) for p in extraction.places])
    organizations = match_set(gold.organizations,
                              [(o.name, *o.aliases) for o in extraction.organizations])
    people = match_set(gold.people, [(h.name,) for h in extraction.people])
    expected = gold_pairs(gold)
    got = extracted_pairs(extraction, make_resolver(gold, extraction))
    links = _match_pairs(expected, got)
    matched = [(expected[key], pair) for key, pair in got.items() if key in expected]
    affiliation, wrong_affiliations = _score_affiliations(gold, extraction, people)
    language, wrong_language = _fact("language", gold.language, extraction.document.language)
    published, wrong_published = _fact("published", gold.published,
                                       extraction.document.published)
    scores = Scores(
        places=places.counts, organizations=organizations.counts, people=people.counts,
        links=links.counts, link_sectors=_sector_counts(matched),
        link_kind=_tally(m[0].kind == m[1].kind for m in matched),
        link_date=_tally(m[0].date == m[1].date for m in matched),
        language=language, published=published, affiliation=affiliation,
        no_link=_no_link(expected, links),
    )
    details = DocumentDetails(
        missed={"places": places.missed, "organizations": organizations.missed,
                "people": people.missed, "links": links.missed},
        spurious={"places": places.spurious, "organizations": organizations.spurious,
                  "people": people.spurious, "links": links.spurious},
        wrong={"link_kind": _mismatches(matched, "kind"),
               "link_date": _mismatches(matched, "date"),
               "link_sectors": _mismatches(matched, "sectors"),
               "affiliation": wrong_affiliations, "language": wrong_language,
               "published": wrong_published},
    )
    return DocumentScore(gold.name, scores, details)


def _tally(judgements: Iterable[bool]) -> Tally:
    """Sum of one tally per judged item."""
    return sum((Tally.of(right) for right in judgements), Tally())


def _match_pairs(expected: Mapping[PairKey, PairLink],
                 got: Mapping[PairKey, PairLink]) -> SetMatch:
    """Link pairs as a set: an extracted pair is right when it is any gold pair."""
    correct = [key for key in got if key in expected]
    found = [key for key in correct if not expected[key].optional]
    missed = tuple(pair.label for key, pair in expected.items()
                   if not pair.optional and key not in got)
    spurious = tuple(pair.label for key, pair in got.items() if key not in expected)
    counts = SetCounts(len(correct), len(spurious), len(found), len(missed))
    return SetMatch(counts, (), missed, spurious)


def _sector_counts(matched: list[tuple[PairLink, PairLink]]) -> SetCounts:
    """Micro counts of sector labels over the matched pairs."""
    total = SetCounts()
    for expected, got in matched:
        right = len(expected.sectors & got.sectors)
        total += SetCounts(right, len(got.sectors - expected.sectors),
                           right, len(expected.sectors - got.sectors))
    return total


def _mismatches(matched: list[tuple[PairLink, PairLink]], attribute: str) -> tuple[Mismatch, ...]:
    """The matched pairs whose ``kind``, ``date`` or ``sectors`` differ."""
    wrong = []
    for expected, got in matched:
        want, have = getattr(expected, attribute), getattr(got, attribute)
        if want != have:
            wrong.append(Mismatch(got.label, _show(want), _show(have)))
    return tuple(wrong)


def _show(value: object) -> str:
    """A value as the details print it."""
    if value is None:
        return "null"
    if isinstance(value, frozenset):
        return ", ".join(sorted(value)) or "(none)"
    return str(value)


def _fact(name: str, expected: str | None,
          got: str | None) -> tuple[Tally, tuple[Mismatch, ...]]:
    """A document fact: right when equal (null equals null)."""
    if expected == got:
        return Tally.of(True), ()
    return Tally.of(False), (Mismatch(name, _show(expected), _show(got)),)


def _score_affiliations(gold: Gold, extraction: Extraction,
                        people: SetMatch) -> tuple[Tally, tuple[Mismatch, ...]]:
    """Affiliation accuracy over matched people (the first extracted match of each)."""
    entities = GoldEntities(gold)
    tally, wrong = Tally(), []
    for gold_position, extracted_position in people.matches:
        person = gold.people[gold_position]
        got = extraction.people[extracted_position].affiliation
        right = _same_affiliation(entities, person.affiliation, got)
        tally += Tally.of(right)
        if not right:
            wrong.append(Mismatch(person.name, _show(person.affiliation), _show(got)))
    return tally, tuple(wrong)


def _same_affiliation(entities: GoldEntities, expected: str | None, got: str | None) -> bool:
    """Whether ``got`` names the gold affiliation (its name or an alias), or both are null."""
    if expected is None or got is None:
        return expected is None and got is None
    entity = entities.find((expected,))
    names = entities.names_of(entity) if entity is not None else frozenset({fold(expected)})
    return fold(got) in names


def _no_link(expected: Mapping[PairKey, PairLink], links: SetMatch) -> Tally:
    """Judged only when the gold requires no link: right when no spurious pair."""
    if any(not pair.optional for pair in expected.values()):
        return Tally()
    return Tally.of(links.counts.spurious == 0)
