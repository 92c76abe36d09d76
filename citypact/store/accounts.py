"""Editor accounts and their signed-in sessions.

Passwords are hashed with argon2id (``argon2-cffi``, its default parameters); a session
is a random token held by the browser's cookie, of which only the sha256 is stored, with
the CSRF token every form of that session must send back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from citypact.errors import AccountError, NotFoundError
from citypact.store.audit import record_audit
from citypact.store.queries.common import aware
from citypact.store.tables import UserRow, UserSessionRow

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_PASSWORD_LENGTH = 8
SESSION_LIFETIME = dt.timedelta(days=7)
_HASHER = PasswordHasher()


@dataclass(frozen=True, slots=True)
class UserRecord:
    username: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SessionTokens:
    """What a browser gets on signing in: the cookie's token and the CSRF token."""

    token: str
    csrf_token: str
    expires_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Editor:
    """A signed-in editor, as a request sees them."""

    username: str
    csrf_token: str


def add_user(session: Session, username: str, password: str, *, by: str = "cli") -> UserRecord:
    """Create an editor account, and commit.

    Raises:
        AccountError: the name is not valid or taken, or the password is too short.
    """
    if not USERNAME.fullmatch(username):
        raise AccountError(f"invalid user name {username!r}: letters, digits, '.', '_' "
                           "and '-', at most 64, starting with a letter or digit")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    row = UserRow(username=username, password_hash=_HASHER.hash(password),
                  created_at=dt.datetime.now(dt.UTC))
    session.add(row)
    record_audit(session, by, "user.add", ("user", username), after={"username": username})
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise AccountError(f"user {username!r} exists already") from exc
    return UserRecord(row.username, aware(row.created_at))


def list_users(session: Session) -> tuple[UserRecord, ...]:
    """Every editor, by name."""
    rows = session.scalars(select(UserRow).order_by(UserRow.username))
    return tuple(UserRecord(row.username, aware(row.created_at)) for row in rows)


def remove_user(session: Session, username: str, *, by: str = "cli") -> None:
    """Delete an editor and their sessions, and commit; their corrections stay.

    Raises:
        NotFoundError: no editor has this name.
    """
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    if row is None:
        raise NotFoundError(f"no user {username!r}")
    session.execute(delete(UserSessionRow).where(UserSessionRow.user_id == row.id))
    session.delete(row)
    record_audit(session, by, "user.remove", ("user", username), before={"username": username})
    session.commit()


def sign_in(session: Session, username: str, password: str, *,
            lifetime: dt.timedelta = SESSION_LIFETIME) -> SessionTokens:
    """Check a password and open a session, and commit.

    Raises:
        AccountError: the name or the password is wrong (the message does not say which).
    """
    row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
    if not _password_matches(row.password_hash if row else _dummy_hash(), password) or not row:
        raise AccountError("wrong user name or password")
    now = dt.datetime.now(dt.UTC)
    tokens = SessionTokens(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now + lifetime)
    session.execute(delete(UserSessionRow).where(UserSessionRow.expires_at < now))
    session.add(UserSessionRow(token_hash=_token_hash(tokens.token), user_id=row.id,
                               csrf_token=tokens.csrf_token, created_at=now,
                               expires_at=tokens.expires_at))
    session.commit()
    return tokens


@cache
def _dummy_hash() -> str:
    """Checked for unknown names, so that a wrong name takes as long as a wrong password."""
    return _HASHER.hash(secrets.token_urlsafe(16))


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def signed_in_editor(session: Session, token: str) -> Editor | None:
    """The editor whose unexpired session has this token; ``None`` for anyone else."""
    query = (select(UserRow.username, UserSessionRow.csrf_token, UserSessionRow.expires_at)
             .join(UserRow, UserRow.id == UserSessionRow.user_id)
             .where(UserSessionRow.token_hash == _token_hash(token)))
    found = session.execute(query).first()
    if found is None or aware(found.expires_at) <= dt.datetime.now(dt.UTC):
        return None
    return Editor(found.username, found.csrf_token)


def sign_out(session: Session, token: str) -> None:
    """Close the session with this token (if any), and commit."""
    session.execute(delete(UserSessionRow)
                    .where(UserSessionRow.token_hash == _token_hash(token)))
    session.commit()
