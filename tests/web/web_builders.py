"""Three hand-made documents and their extractions for the web tests (text written here)."""

from __future__ import annotations

from citypact.ingest.read import document_id
from citypact.model import Article, DocumentInfo, Extraction, Link, Place

FLORENCE = Place("geonames:3176959", "Florence", "city", "IT", "Tuscany", 43.7792, 11.2463)
HANOI = Place("geonames:1581130", "Hanoi", "city", "VN")
TURIN = Place("geonames:3165524", "Turin", "city", "IT", "Piedmont")


def linked(title: str, published: str, sentence: str, a: Place, b: Place,
           kind: str = "agreement") -> tuple[Article, Extraction]:
    """A one-sentence document reporting one link between two places."""
    text = f"{sentence}\nMore about it later."
    article = Article(document_id(text), text, path=f"{title.lower()}.txt", title=title,
                      language="en", published=published)
    link = Link((a.name, b.name), kind, published, ("tourism",), 0.8,  # type: ignore[arg-type]
                ((0, len(sentence)),), (sentence,))
    places = tuple(Place(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon,
                         ((text.index(p.name), text.index(p.name) + len(p.name)),))
                   for p in (a, b))
    return article, Extraction(DocumentInfo.of(article), places=places, links=(link,))


def documents() -> list[tuple[Article, Extraction]]:
    return [
        linked("Twins", "2021-03-04", "Florence and Hanoi signed a twinning pact.",
               FLORENCE, HANOI, "twinning"),
        linked("Memorandum", "2022-05-06", "Hanoi and Turin signed a memorandum.",
               HANOI, TURIN),
        linked("Escaping", "2023-07-08",
               "Turin <script>alert(1)</script> & Florence agreed to cooperate.",
               TURIN, FLORENCE, "cooperation"),
    ]
