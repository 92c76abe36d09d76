"""Rule files: versioned TOML data shipped with the package, validated on load.

Adding a language is adding data here, not code. Each component loads the files
it needs once, in its constructor (at the edge), never at import time.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from citypact.errors import ConfigError

LANGUAGES = ("en", "it", "vi", "fr", "es", "de", "pt")
"""The languages that every rule family covers."""


def load_rule_file(*parts: str) -> dict[str, Any]:
    """Read ``citypact/extract/rules/<parts...>`` as TOML; ``ConfigError`` when invalid."""
    node = resources.files("citypact.extract.rules").joinpath(*parts)
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"rule file {'/'.join(parts)} is missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rule file {'/'.join(parts)} is not valid TOML: {exc}") from exc


def string_list(data: dict[str, Any], key: str, source: str) -> list[str]:
    """A required list of non-empty strings from a rule table."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{source}: {key!r} must be a list of non-empty strings")
    return value


def string_map(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    """An optional table of string -> string from a rule table."""
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ConfigError(f"{source}: {key!r} must be a table of strings")
    return value
