"""One exception tree for the whole package.

The library raises these; only ``citypact.cli`` and ``citypact.web`` turn them
into messages, exit codes and HTTP errors.
"""

from __future__ import annotations


class CitypactError(Exception):
    """Base of every error citypact raises on purpose."""


class ConfigError(CitypactError):
    """A setting or a rule file is invalid."""


class IngestError(CitypactError):
    """A source could not be turned into an article (unreadable, empty, binary...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PipelineError(CitypactError):
    """An extraction component failed, or a pipeline was assembled wrongly."""


class GazetteerError(CitypactError):
    """The gazetteer index is missing, stale or cannot be built."""


class StoreError(CitypactError):
    """The database refused an operation."""


class NotFoundError(StoreError):
    """A requested record does not exist."""


class EvaluationError(CitypactError):
    """A gold file or a corpus folder cannot be scored."""


class AccountError(CitypactError):
    """An editor account cannot be added, found or signed in (bad name, wrong password...)."""


class CurationError(CitypactError):
    """A correction cannot be made: its target is missing, or it contradicts itself."""
