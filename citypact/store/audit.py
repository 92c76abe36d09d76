"""The audit log: every write a person makes, with the value before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from citypact.store.tables import AuditRow


def record_audit(session: Session, username: str, action: str, target: tuple[str, str], *,
                 before: dict[str, Any] | None = None,
                 after: dict[str, Any] | None = None) -> None:
    """Add one audit row (committed with the write it records).

    Args:
        session: the session of the write.
        username: who wrote.
        action: what they did (``user.add``, ``link.reject``...).
        target: ``(target type, target key)`` of what they wrote.
        before: the value before the write, if any.
        after: the value after the write, if any.
    """
    target_type, target_key = target
    session.add(AuditRow(username=username, action=action, target_type=target_type,
                         target_key=target_key, before=before, after=after,
                         created_at=dt.datetime.now(dt.UTC)))
