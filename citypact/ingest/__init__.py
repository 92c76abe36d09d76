"""Ingest: bytes from files (later URLs, feeds, archives) -> ``Article``."""

from citypact.ingest.read import SUPPORTED_SUFFIXES, article_from_text, iter_sources, read_article

__all__ = ["SUPPORTED_SUFFIXES", "article_from_text", "iter_sources", "read_article"]
