"""The data version: every write of stored data bumps it, so caches know they are stale."""

from __future__ import annotations

import pytest
from store_builders import FLORENCE, migrated_factory, twinning_document

from citypact.settings import Settings
from citypact.store import bump_data_version, data_version, rebuild_partnerships, save_extraction
from citypact.store.curation import confirm_entity
from citypact.store.tables import DataVersionRow


def test_a_new_store_is_at_version_zero(store_url: str) -> None:
    with migrated_factory(store_url) as factory, factory() as session:
        assert data_version(session) == 0


def test_bumping_counts_up_once_committed(store_url: str) -> None:
    with migrated_factory(store_url) as factory:
        with factory() as writer:
            bump_data_version(writer)
            bump_data_version(writer)
            writer.commit()
        with factory() as reader:
            assert data_version(reader) == 2


def test_a_missing_row_is_written_back(store_url: str) -> None:
    with migrated_factory(store_url) as factory, factory() as session:
        session.query(DataVersionRow).delete()
        bump_data_version(session)
        assert data_version(session) == 1


@pytest.mark.parametrize("again", [False, True])
def test_saving_and_rebuilding_bump_the_version(store_url: str, settings: Settings,
                                                again: bool) -> None:
    """A rebuild bumps even when no partnership changes: its documents may be new."""
    with migrated_factory(store_url) as factory, factory() as session:
        save_extraction(session, *twinning_document())
        saved = data_version(session)
        rebuild_partnerships(session, settings)
        if again:
            rebuild_partnerships(session, settings)
        assert saved == 1
        assert data_version(session) == (3 if again else 2)


def test_a_correction_bumps_the_version(store_url: str) -> None:
    """Even one that rebuilds nothing (a confirmed entity)."""
    with migrated_factory(store_url) as factory, factory() as session:
        save_extraction(session, *twinning_document())
        saved = data_version(session)
        confirm_entity(session, "editor", FLORENCE.id)
        assert data_version(session) == saved + 1
