"""Shared fixtures: settings with a clean environment, the corpora, the pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from citypact.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
IN_CI = os.environ.get("CITYPACT_CI", "") not in ("", "0", "false")


def require(condition: bool, reason: str) -> None:
    """Skip when a resource is missing, or fail under ``CITYPACT_CI=1``."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No CITYPACT_* variable from the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("CITYPACT_") and key != "CITYPACT_CI":
            monkeypatch.delenv(key)
    yield


@pytest.fixture
def settings(clean_env: None, tmp_path: Path) -> Settings:
    """Settings for one test: an in-memory SQLite database, the shared gazetteer cache."""
    return Settings(database_url="sqlite://", cache_dir=Settings().cache_dir)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    require(CORPUS.is_dir(), f"the shared corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The full extraction pipeline, built once per test session."""
    from citypact.process import make_pipeline

    return make_pipeline(Settings())
