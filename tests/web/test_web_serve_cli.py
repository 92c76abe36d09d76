"""``citypact serve`` hands the app built by create_app to uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from typer.testing import CliRunner


def test_serve_runs_the_app_under_uvicorn(clean_env: None, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from citypact.cli import app

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **options: calls.append(
        {"app": web_app, **options}))
    monkeypatch.setenv("CITYPACT_DATABASE_URL", f"sqlite:///{tmp_path / 'kb.db'}")
    monkeypatch.setenv("CITYPACT_HOST", "127.0.0.2")
    result = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    (call,) = calls
    assert isinstance(call["app"], FastAPI)
    assert (call["host"], call["port"]) == ("127.0.0.2", 8123)
    assert (tmp_path / "kb.db").exists(), "the database is migrated before serving"


def test_serve_with_a_bad_database_exits_2(clean_env: None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from citypact.cli import app

    monkeypatch.setenv("CITYPACT_DATABASE_URL", "nosuchdb://x")
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: invalid database URL")
