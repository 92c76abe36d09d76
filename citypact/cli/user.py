"""``citypact user``: the editors' local accounts (add, list, remove)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, TypeVar

import typer

from citypact.cli import app, open_store
from citypact.errors import AccountError, NotFoundError
from citypact.store.accounts import add_user, list_users, remove_user

user_app = typer.Typer(help="Editors' accounts: who may sign in and correct the explorer.",
                       no_args_is_help=True)
app.add_typer(user_app, name="user")
T = TypeVar("T")

def _or_exit(action: Callable[[], T]) -> T:
    """Run an account action; a refused one is a message and exit status 1."""
    try:
        return action()
    except (AccountError, NotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from exc

def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password

@user_app.command("add")
def user_add_cli(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The user name to sign in with.")],
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of standard input "
                                 "(for scripts) instead of prompting twice.")] = False,
) -> None:
    """Create an editor account; the password is asked twice, or read with --password-stdin.

    Passwords need at least 8 characters and are stored as argon2id hashes.
    Exit status: 0 when added, 1 when the name is taken or invalid or the password too
    short, 2 when the database cannot be opened.

    Example: citypact user add ada
    """
    password = _read_password(password_stdin)
    with open_store(ctx) as session:
        _or_exit(lambda: add_user(session, name, password))
    typer.echo(f"added user {name}")

@user_app.command("list")
def user_list_cli(ctx: typer.Context) -> None:
    """List the editor accounts with the day each was created.

    Example: citypact user list
    """
    with open_store(ctx) as session:
        users = list_users(session)
    for user in users:
        typer.echo(f"{user.username}\t{user.created_at:%Y-%m-%d}")
    if not users:
        typer.echo("no users (add one with: citypact user add NAME)", err=True)

@user_app.command("remove")
def user_remove_cli(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The user name to remove.")],
) -> None:
    """Remove an editor account and sign it out; its corrections and audit entries stay.

    Exit status: 0 when removed, 1 when there is no such user, 2 when the database
    cannot be opened.

    Example: citypact user remove ada
    """
    with open_store(ctx) as session:
        _or_exit(lambda: remove_user(session, name))
    typer.echo(f"removed user {name}")
