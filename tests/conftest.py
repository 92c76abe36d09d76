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


# --- PostgreSQL: a throwaway cluster for the store tests ---------------------------------
# One cluster per test session, in a temporary folder, on a free loopback port, with trust
# authentication and fsync off. initdb refuses to run as root: as root, the folder belongs
# to the `postgres` user and every server command runs through `runuser`.

PG_LIB = Path("/usr/lib/postgresql")


def find_postgres_bin() -> Path | None:
    """The server binaries: PostgreSQL 15 first, else the newest version installed."""
    versions = sorted((p for p in PG_LIB.glob("*/bin") if p.parent.name.isdigit()),
                      key=lambda p: int(p.parent.name), reverse=True)
    candidates = [PG_LIB / "15" / "bin", *versions]
    return next((c for c in candidates if (c / "initdb").is_file()), None)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """A running throwaway cluster: user ``postgres``, trust auth, on 127.0.0.1."""

    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.port = _free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, tool: str, *args: str) -> None:
        import subprocess

        command = [str(self.bin_dir / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr}{tail}")

    def start(self) -> None:
        """initdb, then start the server and wait until it accepts connections."""
        data = str(self.root / "data")
        self._run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", data, "-l", str(self.root / "server.log"), "-w",
                  "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its ``postgresql+psycopg://`` URL."""
        import uuid

        import psycopg
        from psycopg import sql

        name = name or f"citypact_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL cluster for the session (skips locally, fails in CI, if absent)."""
    import pwd
    import shutil
    import tempfile

    bin_dir = find_postgres_bin()
    require(bin_dir is not None, f"PostgreSQL server binaries not found under {PG_LIB}")
    assert bin_dir is not None
    if os.geteuid() == 0:
        has_user = any(entry.pw_name == "postgres" for entry in pwd.getpwall())
        require(has_user and shutil.which("runuser") is not None,
                "running as root needs the `postgres` user and `runuser` to start PostgreSQL")
    # Under /tmp: the `postgres` user must reach the folder (TMPDIR may be private to root),
    # and the socket path must stay short.
    root = Path(tempfile.mkdtemp(prefix="citypact-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    cluster = PostgresCluster(bin_dir, root)
    try:
        cluster.start()
        yield cluster
        cluster.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A ``postgresql+psycopg://`` URL of a database in the throwaway cluster."""
    return postgres_cluster.create_database("citypact")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database for one test: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'citypact.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database()
