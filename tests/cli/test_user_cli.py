"""``citypact user add|list|remove``: accounts from the command line, with exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from citypact.cli import app
from citypact.store import make_engine, make_session_factory
from citypact.store.accounts import sign_in
from citypact.store.tables import UserRow


@pytest.fixture
def database_url(clean_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    monkeypatch.setenv("CITYPACT_DATABASE_URL", url)
    return url


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_add_list_and_remove_a_user(database_url: str) -> None:
    assert run("user", "add", "ada", "--password-stdin", stdin="correct horse\n") == (
        0, "added user ada\n", "")
    code, out, _ = run("user", "list")
    assert code == 0 and out.startswith("ada\t")
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        assert session.scalars(select(UserRow.password_hash)).one().startswith("$argon2id$")
        assert sign_in(session, "ada", "correct horse").token
    engine.dispose()
    assert run("user", "remove", "ada") == (0, "removed user ada\n", "")
    assert run("user", "list") == (0, "", "no users (add one with: citypact user add NAME)\n")


def test_the_prompt_asks_twice(database_url: str) -> None:
    code, out, _ = run("user", "add", "ada", stdin="correct horse\ncorrect horse\n")
    assert code == 0 and "added user ada" in out
    code, out, _ = run("user", "add", "bob", stdin="one password\nanother one\n"
                                                   "same password\nsame password\n")
    assert code == 0 and "do not match" in out


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("add", "ada", "--password-stdin"), "short\n", "at least 8 characters"),
    (("add", "a b", "--password-stdin"), "long enough\n", "invalid user name"),
    (("add", "ada", "--password-stdin"), "long enough\n", "exists already"),
    (("remove", "nobody"), None, "no user 'nobody'"),
])
def test_refusals_say_why_and_exit_1(database_url: str, args: tuple[str, ...],
                                     stdin: str | None, message: str) -> None:
    run("user", "add", "ada", "--password-stdin", stdin="correct horse\n")
    code, _, err = run("user", *args, stdin=stdin)
    assert code == 1 and message in err


def test_an_unusable_database_exits_2(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYPACT_DATABASE_URL", "nosuchdb://x/y")
    code, _, err = run("user", "list")
    assert code == 2 and "invalid database URL" in err
