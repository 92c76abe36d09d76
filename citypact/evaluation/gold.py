"""Gold annotations (``shared/spec/gold-format.md``) as typed, validated, frozen objects.

``load_gold`` reads a ``NAME.json`` file; ``gold_from_dict`` checks an object
already parsed. Every problem raises ``EvaluationError`` naming the file and
the item, so a broken gold file is fixed in one look. ``gold_to_extraction``
turns a gold file into the extraction a perfect pipeline would produce (the
scorer's own yardstick: gold scored against itself gives 1.0 everywhere).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from citypact.errors import EvaluationError
from citypact.model import (
    LINK_KINDS,
    DocumentInfo,
    Extraction,
    Link,
    LinkKind,
    Organization,
    Person,
    Place,
    PlaceKind,
)
from citypact.textnorm import fold, slugify

PLACE_KINDS: tuple[PlaceKind, ...] = ("city", "region", "country")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_REQUIRED = ("language", "published", "places", "organizations", "people", "links")


@dataclass(frozen=True, slots=True)
class GoldPlace:
    name: str
    kind: PlaceKind
    country: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldOrganization:
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldPerson:
    name: str
    role: str | None = None
    affiliation: str | None = None
    """The ``name`` of a gold place or organisation, or ``None``."""
    optional: bool = False

    @property
    def aliases(self) -> tuple[str, ...]:
        """People are matched on their name alone."""
        return ()


@dataclass(frozen=True, slots=True)
class GoldLink:
    parties: tuple[str, ...]
    kind: LinkKind
    date: str | None = None
    sectors: tuple[str, ...] = ()
    evidence: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Gold:
    """What a careful reader takes out of one document."""

    name: str
    """The document's name (the file stem), used in reports."""
    language: str
    published: str | None = None
    places: tuple[GoldPlace, ...] = ()
    organizations: tuple[GoldOrganization, ...] = ()
    people: tuple[GoldPerson, ...] = ()
    links: tuple[GoldLink, ...] = ()
    source: str | None = None


def load_gold(path: Path) -> Gold:
    """Read and validate one gold file.

    Args:
        path: a ``NAME.json`` gold file.

    Returns:
        The gold annotations, named after the file stem.

    Raises:
        EvaluationError: the file cannot be read, is not JSON, or breaks the format.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read gold file: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: not a UTF-8 JSON file: {exc}") from exc
    return gold_from_dict(data, name=path.stem, where=str(path))


def gold_from_dict(data: Any, *, name: str, where: str | None = None) -> Gold:
    """Validate a parsed gold object and build its ``Gold``.

    Args:
        data: the parsed JSON object.
        name: the document's name.
        where: how error messages name the source (defaults to ``name``).

    Raises:
        EvaluationError: the object breaks the gold format.
    """
    where = where or name
    obj = _object(data, where)
    missing = [key for key in _REQUIRED if key not in obj]
    if missing:
        raise EvaluationError(f"{where}: missing key(s) {', '.join(missing)}")
    gold = Gold(
        name=name,
        language=_text(obj, "language", where),
        published=_date(obj, "published", where),
        places=tuple(_place(item, f"{where}: places[{i}]")
                     for i, item in enumerate(_items(obj, "places", where))),
        organizations=tuple(_organization(item, f"{where}: organizations[{i}]")
                            for i, item in enumerate(_items(obj, "organizations", where))),
        people=tuple(_person(item, f"{where}: people[{i}]")
                     for i, item in enumerate(_items(obj, "people", where))),
        links=tuple(_link(item, f"{where}: links[{i}]")
                    for i, item in enumerate(_items(obj, "links", where))),
        source=_optional_text(obj, "source", where),
    )
    _check_references(gold, where)
    return gold


def gold_to_extraction(gold: Gold) -> Extraction:
    """The extraction that states exactly what the gold says (optional items included)."""
    document = DocumentInfo(id=f"gold:{gold.name}", path=None, url=gold.source, title=None,
                            language=gold.language, published=gold.published)
    return Extraction(
        document=document,
        places=tuple(Place(f"gold:{slugify(p.name)}", p.name, p.kind, p.country)
                     for p in gold.places),
        organizations=tuple(Organization(f"gold:{slugify(o.name)}", o.name, o.country,
                                         aliases=o.aliases) for o in gold.organizations),
        people=tuple(Person(h.name, h.role, h.affiliation) for h in gold.people),
        links=tuple(Link(x.parties, x.kind, x.date, x.sectors, confidence=1.0)
                    for x in gold.links),
    )


def _object(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise EvaluationError(f"{where}: expected a JSON object, got {type(data).__name__}")
    return cast(Mapping[str, Any], data)


def _items(obj: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = obj[key]
    if not isinstance(value, list):
        raise EvaluationError(f"{where}: {key!r} must be a list")
    return [_object(item, f"{where}: {key}[{i}]") for i, item in enumerate(value)]


def _text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise EvaluationError(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return value


def _name(obj: Mapping[str, Any], where: str) -> str:
    value = _text(obj, "name", where)
    if not fold(value):
        raise EvaluationError(f"{where}: name {value!r} has no letter or digit")
    return value


def _optional_text(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    return None if obj.get(key) is None else _text(obj, key, where)


def _date(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = _optional_text(obj, key, where)
    if value is not None and not _DATE.match(value):
        raise EvaluationError(
            f"{where}: {key!r} must be YYYY-MM-DD, YYYY-MM, YYYY or null, got {value!r}")
    return value


def _texts(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvaluationError(f"{where}: {key!r} must be a list of strings, got {value!r}")
    return tuple(value)


def _flag(obj: Mapping[str, Any], where: str) -> bool:
    value = obj.get("optional", False)
    if not isinstance(value, bool):
        raise EvaluationError(f"{where}: 'optional' must be true or false, got {value!r}")
    return value


def _choice(obj: Mapping[str, Any], key: str, choices: Iterable[str], where: str) -> str:
    value = obj.get(key)
    if value not in tuple(choices):
        raise EvaluationError(
            f"{where}: {key!r} must be one of {', '.join(choices)}, got {value!r}")
    return cast(str, value)


def _place(obj: Mapping[str, Any], where: str) -> GoldPlace:
    return GoldPlace(_name(obj, where),
                     cast(PlaceKind, _choice(obj, "kind", PLACE_KINDS, where)),
                     _optional_text(obj, "country", where), _texts(obj, "aliases", where),
                     _flag(obj, where))


def _organization(obj: Mapping[str, Any], where: str) -> GoldOrganization:
    return GoldOrganization(_name(obj, where), _optional_text(obj, "country", where),
                            _texts(obj, "aliases", where), _flag(obj, where))


def _person(obj: Mapping[str, Any], where: str) -> GoldPerson:
    return GoldPerson(_name(obj, where), _optional_text(obj, "role", where),
                      _optional_text(obj, "affiliation", where), _flag(obj, where))


def _link(obj: Mapping[str, Any], where: str) -> GoldLink:
    parties = _texts(obj, "parties", where)
    if len({fold(p) for p in parties}) < 2:
        raise EvaluationError(f"{where}: a link needs two or more distinct parties, "
                              f"got {list(parties)}")
    return GoldLink(parties, cast(LinkKind, _choice(obj, "kind", LINK_KINDS, where)),
                    _date(obj, "date", where), _texts(obj, "sectors", where),
                    _optional_text(obj, "evidence", where), _flag(obj, where))


def _check_references(gold: Gold, where: str) -> None:
    """Names are unique once folded; affiliations and parties name a gold entity."""
    entities: tuple[GoldPlace | GoldOrganization, ...] = (*gold.places, *gold.organizations)
    _check_unique((e.name for e in entities), "place or organization", where)
    _check_unique((h.name for h in gold.people), "person", where)
    known = {fold(n) for e in entities for n in (e.name, *e.aliases)}
    for person in gold.people:
        if person.affiliation is not None and fold(person.affiliation) not in known:
            raise EvaluationError(f"{where}: person {person.name!r}: affiliation "
                                  f"{person.affiliation!r} is no place or organization")
    for link in gold.links:
        for party in link.parties:
            if fold(party) not in known:
                raise EvaluationError(f"{where}: link {list(link.parties)}: party "
                                      f"{party!r} is no place or organization")


def _check_unique(names: Iterable[str], what: str, where: str) -> None:
    seen: dict[str, str] = {}
    for name in names:
        key = fold(name)
        if key in seen:
            raise EvaluationError(f"{where}: two {what} entries share the name "
                                  f"{seen[key]!r} / {name!r} (compared folded)")
        seen[key] = name
