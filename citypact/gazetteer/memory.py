"""An in-memory gazetteer: tests inject one built from a handful of entities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from citypact.extract.matchers.phrases import PhraseMatcher
from citypact.gazetteer.model import Candidate, Entity, NameEntry


class MemoryGazetteer:
    """Entities and spellings held in dictionaries; implements the ``Gazetteer`` protocol."""

    def __init__(self, entities: Iterable[Entity], names: Iterable[NameEntry]) -> None:
        self._entities = {e.id: e for e in entities}
        by_key: dict[str, dict[str, list[NameEntry]]] = defaultdict(lambda: defaultdict(list))
        for entry in names:
            if entry.entity_id in self._entities:
                by_key[entry.key][entry.entity_id].append(entry)
        self._keys = sorted(by_key)
        self._ids = {key: i for i, key in enumerate(self._keys)}
        self._candidates = {
            key: tuple(Candidate(self._entities[eid], tuple(entries))
                       for eid, entries in found.items())
            for key, found in by_key.items()}
        self._matcher = PhraseMatcher.from_keys(self._ids.items())

    @property
    def matcher(self) -> PhraseMatcher:
        return self._matcher

    def key_of(self, key_id: int) -> str:
        return self._keys[key_id]

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        return self._candidates.get(key, ())

    def entity(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)
