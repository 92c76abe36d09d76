"""The data version: a counter that every write of stored data bumps.

Views derived from many rows (the explorer's map, network, timeline and dossiers) are
cached by the web server; before serving one it reads this counter, one row by primary
key, and recomputes when it changed. Stored in the database rather than in the process,
so that several server processes, an ingest and an editor's correction all agree.

Any function that changes documents, links, entities or partnerships calls
``bump_data_version`` in its transaction (``save_extraction``, ``rebuild_partnerships``).
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from citypact.store.tables import DataVersionRow

_ROW_ID = 1


def data_version(session: Session) -> int:
    """The current data version (0 before any write)."""
    return session.scalar(select(DataVersionRow.version)
                          .where(DataVersionRow.id == _ROW_ID)) or 0


def bump_data_version(session: Session) -> None:
    """Mark stored data as changed, in the session's transaction (the caller commits)."""
    bumped = session.execute(update(DataVersionRow).where(DataVersionRow.id == _ROW_ID)
                             .values(version=DataVersionRow.version + 1))
    if not bumped.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(DataVersionRow).values(id=_ROW_ID, version=1))
