"""``citypact rebuild``: every partnership recomputed from the stored links."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_builders import stories
from typer.testing import CliRunner

from citypact.cli import app
from citypact.store import make_engine, make_session_factory, save_extraction, upgrade_database


def test_rebuild_recomputes_the_partnerships_of_every_stored_story(
        clean_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    monkeypatch.setenv("CITYPACT_DATABASE_URL", url)
    upgrade_database(url)
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        for story in stories():
            article = story.article()
            save_extraction(session, article, story.extraction(article))
    engine.dispose()
    first = CliRunner().invoke(app, ["rebuild"])
    assert (first.exit_code, first.stdout) == (
        0, "partnerships: added 3, updated 0, removed 0, unchanged 0\n")
    again = CliRunner().invoke(app, ["rebuild"])
    assert (again.exit_code, again.stdout) == (
        0, "partnerships: added 0, updated 0, removed 0, unchanged 3\n")


def test_rebuild_without_a_database_exits_2(clean_env: None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYPACT_DATABASE_URL", "sqlite:////nonexistent/dir/kb.db")
    result = CliRunner().invoke(app, ["rebuild"])
    assert result.exit_code == 2 and result.stderr.startswith("error: ")
