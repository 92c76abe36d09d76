"""evaluate_corpus: folders of NAME.txt + NAME.json, failures that do not stop the run, totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation_builders import extraction, gold, gplace, place, write_document

from citypact.errors import EvaluationError, PipelineError
from citypact.evaluation import (
    CorpusReport,
    Extractor,
    SetCounts,
    evaluate_corpus,
    find_documents,
    gold_to_extraction,
    load_gold,
    score_document,
)
from citypact.model import Article, Extraction


def gold_backed() -> Extractor:
    """An extractor that answers with the gold of the article's file: a perfect pipeline."""
    def extract(article: Article) -> Extraction:
        assert article.path is not None
        return gold_to_extraction(load_gold(Path(article.path).with_suffix(".json")))
    return extract


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    write_document(tmp_path, "a", ["Hanoi"])
    write_document(tmp_path, "b", ["Hue", "Da Nang"])
    (tmp_path / "c.txt").write_text("A note without gold.\n", encoding="utf-8")
    return tmp_path


def test_only_texts_with_a_gold_file_are_documents(small_corpus: Path) -> None:
    assert [t.name for t, _ in find_documents(small_corpus)] == ["a.txt", "b.txt"]


def test_a_failing_document_is_scored_empty_and_reported(small_corpus: Path) -> None:
    def extract(article: Article) -> Extraction:
        if article.path and article.path.endswith("b.txt"):
            raise PipelineError("component 'places' failed")
        return extraction(places=(place("Hanoi"),), language="en")

    report = evaluate_corpus(small_corpus, extract)
    assert [d.name for d in report.documents] == ["a", "b"]
    [failure] = report.failures
    assert (failure.name, failure.reason) == ("b", "PipelineError: component 'places' failed")
    assert report.totals.places == SetCounts(correct=1, spurious=0, found=1, missed=2)
    assert report.totals.language.right == 1


def test_a_bug_in_the_extractor_does_not_stop_the_run(small_corpus: Path) -> None:
    def extract(article: Article) -> Extraction:
        raise KeyError("oops")

    report = evaluate_corpus(small_corpus, extract)
    assert len(report.failures) == 2
    assert report.metrics()["places_recall"] == 0.0


def test_a_folder_without_gold_is_an_evaluation_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("text", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"no NAME\.txt with a NAME\.json"):
        evaluate_corpus(tmp_path, gold_backed())
    with pytest.raises(EvaluationError, match="not a folder"):
        evaluate_corpus(tmp_path / "absent", gold_backed())


def test_an_invalid_gold_file_is_an_evaluation_error(small_corpus: Path) -> None:
    (small_corpus / "c.json").write_text('{"language": "en"}', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"c\.json: missing key"):
        evaluate_corpus(small_corpus, gold_backed())


def test_totals_are_micro_averages() -> None:
    many = gold(places=tuple(gplace(n) for n in ("A", "B", "C")))
    one = gold(places=(gplace("D"),))
    documents = (score_document(many, extraction(places=(place("A"), place("B"), place("C")))),
                 score_document(one, extraction(places=(place("X"),))))
    report = CorpusReport("test", "test", documents)
    assert report.metrics()["places_precision"] == 3 / 4  # not the mean of 1.0 and 0.0
    assert report.metrics()["places_recall"] == 3 / 4


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_a_perfect_extractor_scores_one_on_the_real_corpora(
        corpus_dir: Path, corpus: str) -> None:
    report = evaluate_corpus(corpus_dir / corpus, gold_backed())
    assert report.failures == ()
    assert {n for n, v in report.metrics().items() if v != 1.0} == set()


def test_the_report_is_json_ready_with_details_on_demand(small_corpus: Path) -> None:
    report = evaluate_corpus(small_corpus, lambda a: extraction(places=(place("Atlantis"),)))
    plain = json.loads(json.dumps(report.to_dict()))
    assert plain["documents"] == 2
    assert plain["facets"]["places"]["spurious"] == 2
    assert plain["metrics"]["places_precision"] == 0.0
    assert "details" not in plain
    detailed = report.to_dict(details=True)["details"]
    assert detailed[1] == {"name": "b", "missed": {"places": ["Hue", "Da Nang"]},
                           "spurious": {"places": ["Atlantis"]}, "wrong": {}}
