"""The README keeps up with the code: commands, settings and rule files are documented."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer.main

from citypact.cli import app
from citypact.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_group(app)
    names = []
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        names.extend(f"{name} {s}" for s in sub) if sub else names.append(name)
    return names


def test_readme_opens_with_the_two_commands() -> None:
    head = README[:600]
    assert "make run" in head and "make test" in head


def test_every_command_has_help_and_is_in_the_readme() -> None:
    group = typer.main.get_group(app)
    assert command_names()
    for name in command_names():
        assert f"citypact {name}" in README, f"`citypact {name}` is not documented"
    for command in group.commands.values():
        assert command.help or getattr(command, "commands", None)


def test_every_setting_is_documented() -> None:
    for field in Settings.model_fields:
        assert f"CITYPACT_{field.upper()}" in README, f"CITYPACT_{field.upper()} undocumented"


def test_every_rule_file_is_documented() -> None:
    root = resources.files("citypact.extract.rules")
    for entry in root.iterdir():
        if entry.name.endswith(".toml"):
            assert entry.name in README, f"rule file {entry.name} undocumented"
        elif entry.is_dir() and entry.name not in ("__pycache__",):
            assert f"{entry.name}/" in README, f"rule folder {entry.name}/ undocumented"


def test_every_gazetteer_data_file_is_documented() -> None:
    names = [e.name for e in resources.files("citypact.gazetteer").joinpath("data").iterdir()
             if e.name.endswith(".toml")]
    assert names
    for name in names:
        assert f"`{name}`" in README, f"gazetteer data file {name} undocumented"
