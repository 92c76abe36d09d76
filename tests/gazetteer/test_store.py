"""The on-disk index: written, reopened, queried like the in-memory one; the CLI over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_gazetteer import ENTITIES, _entries, tiny_gazetteer
from typer.testing import CliRunner

from citypact.cli import app
from citypact.cli import gazetteer as cli_gazetteer
from citypact.errors import GazetteerError
from citypact.gazetteer import SqliteGazetteer, gazetteer_current, gazetteer_exists
from citypact.gazetteer.build import FORMAT_VERSION, recipe_digest
from citypact.gazetteer.keys import name_key
from citypact.gazetteer.store import automaton_path, write_gazetteer
from citypact.settings import Settings


@pytest.fixture
def tiny_settings(clean_env: None, tmp_path: Path) -> Settings:
    settings = Settings(gazetteer_path=tmp_path / "gazetteer-v1.sqlite")
    meta = {"format": FORMAT_VERSION, "built": "2026-01-01T00:00:00+00:00",
            "min_city_population": str(settings.min_city_population),
            "recipe": recipe_digest(settings)}
    write_gazetteer(settings.resolved_gazetteer_path(), ENTITIES, _entries(), meta)
    return settings


def test_sqlite_answers_like_memory(tiny_settings: Settings) -> None:
    disk = SqliteGazetteer(tiny_settings.resolved_gazetteer_path())
    memory = tiny_gazetteer()
    for key in ("latina", "hue", "ho chi minh", "washington", "nowhere"):
        on_disk = {c.entity for c in disk.candidates(key)}
        assert on_disk == {c.entity for c in memory.candidates(key)}
    hits = list(disk.matcher.scan("Latina and Huế"))
    assert [h.key for h in hits] == [disk.key_of(h.key_id) for h in hits] == ["latina", "hue"]
    assert disk.entity("geonames:3176959") == next(e for e in ENTITIES if e.name == "Florence"
                                                   and e.country == "IT")
    info = disk.info()
    assert info.counts["city"] == sum(1 for e in ENTITIES if e.kind == "city")
    assert info.meta["format"] == FORMAT_VERSION and info.size_bytes > 0
    disk.close()


def test_missing_index_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer"):
        SqliteGazetteer(tmp_path / "none.sqlite")


def test_corrupt_automaton_is_an_error(tiny_settings: Settings) -> None:
    automaton_path(tiny_settings.resolved_gazetteer_path()).write_bytes(b"not an automaton")
    with pytest.raises(GazetteerError, match="cannot open"):
        SqliteGazetteer(tiny_settings.resolved_gazetteer_path())


def test_cli_lookup_info_and_build_if_missing(tiny_settings: Settings,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYPACT_GAZETTEER_PATH", str(tiny_settings.resolved_gazetteer_path()))
    runner = CliRunner()
    lookup = runner.invoke(app, ["gazetteer", "lookup", "LATINA"])
    assert lookup.exit_code == 0, lookup.output
    assert "geonames:3175058" in lookup.output and "iso3166-2:IT-LT" in lookup.output
    assert runner.invoke(app, ["gazetteer", "lookup", "Atlantis"]).exit_code == 1
    info = runner.invoke(app, ["gazetteer", "info"])
    assert info.exit_code == 0 and "city: " in info.output and "recipe: " in info.output
    build = runner.invoke(app, ["gazetteer", "build", "--if-missing"])
    assert build.exit_code == 0 and "present" in build.output


@pytest.mark.parametrize("stale", [{"recipe": "0000000000000000"}, {"format": "2"}])
def test_cli_build_if_missing_rebuilds_a_stale_index(
        tiny_settings: Settings, monkeypatch: pytest.MonkeyPatch, stale: dict[str, str]) -> None:
    path = tiny_settings.resolved_gazetteer_path()
    meta = {"format": FORMAT_VERSION, "recipe": recipe_digest(tiny_settings), **stale}
    write_gazetteer(path, ENTITIES, _entries(), meta)
    assert gazetteer_exists(tiny_settings) and not gazetteer_current(tiny_settings)
    built: list[Path] = []
    monkeypatch.setattr(cli_gazetteer, "build_gazetteer",
                        lambda settings: built.append(settings.resolved_gazetteer_path()) or path)
    monkeypatch.setenv("CITYPACT_GAZETTEER_PATH", str(path))
    build = CliRunner().invoke(app, ["gazetteer", "build", "--if-missing"])
    assert build.exit_code == 0, build.output
    assert "stale" in build.output and built == [path]


def test_index_of_this_recipe_is_current(tiny_settings: Settings, tmp_path: Path) -> None:
    assert gazetteer_current(tiny_settings)
    automaton_path(tiny_settings.resolved_gazetteer_path()).unlink()
    assert not gazetteer_current(tiny_settings)
    assert not gazetteer_current(Settings(gazetteer_path=tmp_path / "none.sqlite"))


def test_name_key_of_lookup_matches_stored_keys() -> None:
    assert name_key("  Thành phố  Hồ Chí Minh ") == "thanh pho ho chi minh"
