"""The one place where extractions become JSON and back (``citypact.extraction.v1``)."""

from __future__ import annotations

import json
from typing import Any

from citypact.errors import CitypactError
from citypact.model import (
    FORMAT,
    DocumentInfo,
    Event,
    Extraction,
    Link,
    Organization,
    Person,
    Place,
    Span,
)


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[start, end] for start, end in spans]


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """Return the JSON-ready object of the extraction contract, lists in mention order."""
    doc = extraction.document
    return {
        "format": extraction.format,
        "document": {
            "id": doc.id, "path": doc.path, "url": doc.url, "title": doc.title,
            "language": doc.language, "published": doc.published,
        },
        "places": [
            {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country,
             "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "mentions": _spans(p.mentions)}
            for p in extraction.places
        ],
        "organizations": [
            {"id": o.id, "name": o.name, "country": o.country, "type": o.type,
             "aliases": list(o.aliases), "mentions": _spans(o.mentions)}
            for o in extraction.organizations
        ],
        "people": [
            {"name": h.name, "role": h.role, "affiliation": h.affiliation,
             "mentions": _spans(h.mentions)}
            for h in extraction.people
        ],
        "links": [
            {"parties": list(link.parties), "kind": link.kind, "date": link.date,
             "sectors": list(link.sectors), "confidence": round(link.confidence, 3),
             "evidence": _spans(link.evidence), "evidence_text": list(link.evidence_text)}
            for link in extraction.links
        ],
        "events": [
            {"type": e.type, "date": e.date, "place": e.place, "parties": list(e.parties),
             "evidence": _spans(e.evidence)}
            for e in extraction.events
        ],
    }


def extraction_to_json(extraction: Extraction) -> str:
    """One line of ``citypact extract --format jsonl``."""
    return json.dumps(extraction_to_dict(extraction), ensure_ascii=False)


def _tuple_spans(raw: Any) -> tuple[Span, ...]:
    return tuple((int(s), int(e)) for s, e in raw)


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """Rebuild an extraction from its contract object (for stored rows and tests)."""
    if data.get("format") != FORMAT:
        raise CitypactError(f"unsupported extraction format {data.get('format')!r}")
    d = data["document"]
    return Extraction(
        document=DocumentInfo(d["id"], d.get("path"), d.get("url"), d.get("title"),
                              d.get("language"), d.get("published")),
        places=tuple(
            Place(p["id"], p["name"], p["kind"], p.get("country"), p.get("admin1"),
                  p.get("lat"), p.get("lon"), _tuple_spans(p.get("mentions", [])))
            for p in data.get("places", [])
        ),
        organizations=tuple(
            Organization(o["id"], o["name"], o.get("country"), o.get("type"),
                         _tuple_spans(o.get("mentions", [])), tuple(o.get("aliases", [])))
            for o in data.get("organizations", [])
        ),
        people=tuple(
            Person(h["name"], h.get("role"), h.get("affiliation"),
                   _tuple_spans(h.get("mentions", [])))
            for h in data.get("people", [])
        ),
        links=tuple(
            Link(tuple(x["parties"]), x["kind"], x.get("date"), tuple(x.get("sectors", [])),
                 float(x.get("confidence", 0.5)), _tuple_spans(x.get("evidence", [])),
                 tuple(x.get("evidence_text", [])))
            for x in data.get("links", [])
        ),
        events=tuple(
            Event(e["type"], e.get("date"), e.get("place"), tuple(e.get("parties", [])),
                  _tuple_spans(e.get("evidence", [])))
            for e in data.get("events", [])
        ),
    )
