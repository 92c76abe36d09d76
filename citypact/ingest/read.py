"""Read a source file into an ``Article``: decode, extract HTML text, normalise, hash.

A source that cannot become an article raises ``IngestError`` with a reason a
person can act on (binary, empty, undecodable, unsupported).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from citypact.errors import IngestError
from citypact.model import Article
from citypact.textnorm import normalize_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")

# The corpora and our examples start with a header line: " date 2023-07-28 ..." and,
# for examples, optional "url: ..." / "title: ..." lines.
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
_META_LINE = re.compile(r"^(url|source|title|language|date|published):\s*(.+)$", re.IGNORECASE)
_ENCODINGS = ("utf-8", "utf-16")


def document_id(text: str) -> str:
    """The document id: sha256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse anything else.

    We refuse rather than guess: a wrong guess would store garbled text for good.
    """
    if not data.strip():
        raise IngestError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(source, "invalid UTF-16 text") from exc
    if b"\x00" in data[:4096]:
        raise IngestError(source, "binary file (NUL bytes); not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            source,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first",
        ) from exc


def _split_header(raw: str) -> tuple[str, dict[str, str]]:
    """Take the metadata header (date line, ``key: value`` lines) off the text."""
    meta: dict[str, str] = {}
    match = _DATE_HEADER.match(raw)
    if match:
        meta["published"] = match.group(1)
        raw = raw[match.end():]
    lines = raw.lstrip("\ufeff").split("\n")
    taken = 0
    for line in lines:
        m = _META_LINE.match(line.strip())
        if not m:
            break
        key = m.group(1).lower()
        key = {"source": "url", "date": "published"}.get(key, key)
        meta[key] = m.group(2).strip()
        taken += 1
    if taken:
        rest = lines[taken:]
        while rest and not rest[0].strip():
            rest = rest[1:]
        raw = "\n".join(rest)
    return raw, meta


def _html_to_text(html: str, source: str) -> tuple[str, dict[str, str]]:
    import trafilatura  # heavy import: only when HTML comes in

    result = trafilatura.bare_extraction(html, with_metadata=True, url=None)
    if result is None:
        raise IngestError(source, "no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    meta = {k: str(data[src]) for k, src in (("title", "title"), ("published", "date"),
                                              ("url", "url")) if data.get(src)}
    if data.get("language"):
        meta["language"] = str(data["language"])
    return text, meta


def article_from_text(raw: str, *, path: str | None = None, is_html: bool = False) -> Article:
    """Build an article from decoded text (header lines parsed, text normalised)."""
    source = path or "<text>"
    meta: dict[str, str] = {}
    if is_html:
        raw, meta = _html_to_text(raw, source)
    raw, header = _split_header(raw)
    meta.update(header)
    text = normalize_text(raw)
    if not text:
        raise IngestError(source, "no text left after removing the header")
    title = meta.get("title") or _first_line_title(text)
    return Article(
        id=document_id(text), text=text, path=path, url=meta.get("url"), title=title,
        language=meta.get("language"), published=meta.get("published"),
    )


def _first_line_title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    return first if len(first) <= 160 else first[:157].rstrip() + "..."


def read_article(path: Path) -> Article:
    """Read one file into an article; raises ``IngestError`` when it cannot."""
    source = str(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(source, f"unsupported file type {path.suffix or '(none)'}; "
                                  f"expected one of {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(source, f"cannot read: {exc.strerror or exc}") from exc
    raw = decode_bytes(data, source)
    return article_from_text(raw, path=source, is_html=path.suffix.lower() in (".html", ".htm"))


def iter_sources(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to ingest: the given files, and the supported files under given folders."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                              # Only the parts below the given folder: a "..", "."
                              # or hidden folder above it is the caller's choice.
                              and not any(part.startswith(".")
                                          for part in p.relative_to(path).parts))
        else:
            yield path
