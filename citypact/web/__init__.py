"""Web: the FastAPI app, JSON API (``/api``) and server-rendered pages, twins of each other."""

from citypact.web.app import create_app

__all__ = ["create_app"]
