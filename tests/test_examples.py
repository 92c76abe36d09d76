"""examples/ holds only our own briefs: articles with a header, worded apart from the corpora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citypact.ingest import iter_sources, read_article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BRIEFS = sorted(EXAMPLES.iterdir())
# A brief retold in our own words shares names and titles with its source, little more:
# ours share at most 7% of their word 4-grams with any corpus article (close paraphrases
# measured 15-35%).
MAX_SHARED_4GRAMS = 0.10


def word_4grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def test_ingesting_the_folder_reads_every_brief_and_nothing_else() -> None:
    assert BRIEFS
    assert list(iter_sources([EXAMPLES])) == BRIEFS
    assert all(p.suffix == ".txt" for p in BRIEFS)


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_every_brief_has_its_header(path: Path) -> None:
    article = read_article(path)
    assert article.url and article.title and article.language
    assert article.language == path.name.split("-", 1)[0]
    assert not article.text.startswith(("url:", "title:", "date:", "language:"))


def test_no_brief_is_close_to_a_corpus_article(corpus_dir: Path) -> None:
    corpus = {p: word_4grams(read_article(p).text) for p in corpus_dir.glob("*/*.txt")}
    for path in BRIEFS:
        grams = word_4grams(read_article(path).text)
        source, shared = max(((p, len(grams & g)) for p, g in corpus.items()),
                             key=lambda pair: pair[1])
        assert shared / len(grams) <= MAX_SHARED_4GRAMS, (
            f"{path.name} shares {shared / len(grams):.0%} of its word 4-grams with {source}")
