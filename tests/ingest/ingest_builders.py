"""A stand-in extractor and small source files for the ingestion tests (text written here)."""

from __future__ import annotations

from pathlib import Path

from citypact.errors import PipelineError
from citypact.model import Article, DocumentInfo, Extraction, Place

HANOI = Place("geonames:1581130", "Hanoi", "city", "VN")


class FakeExtractor:
    """Finds Hanoi where the text names it; fails on "BROKEN" and crashes on "CRASH"."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract(self, article: Article) -> Extraction:
        self.seen.append(article.path or article.id)
        if "BROKEN" in article.text:
            raise PipelineError("component 'places' failed")
        if "CRASH" in article.text:
            raise IndexError("list index out of range")
        start = article.text.find("Hanoi")
        places = (Place(HANOI.id, HANOI.name, HANOI.kind, HANOI.country,
                        mentions=((start, start + 5),)),) if start >= 0 else ()
        return Extraction(DocumentInfo.of(article), places=places)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a source file (text as UTF-8, bytes as they are)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def good_sources(folder: Path) -> list[Path]:
    return [write(folder, "hanoi.txt", "Hanoi and Turin renew their friendship.\n"),
            write(folder, "nested/turin.md", "Turin hosts a delegation from Hanoi.\n")]


def broken_sources(folder: Path) -> dict[str, Path]:
    """A binary file, an empty file and a Latin-1 file with accents, keyed by what they are."""
    return {
        "binary": write(folder, "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"),
        "empty": write(folder, "empty.txt", b""),
        "latin1": write(folder, "forli.txt", "Forlì e Città di Castello: è festa.".encode(
            "latin-1")),
    }
