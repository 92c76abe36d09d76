"""The explorer's views, remembered between requests until stored data changes.

A map, a network, a big place's dossier or a list's facets read thousands of rows (and
the network is laid out by networkx): hundreds of milliseconds on a store of 100,000
partnerships, for an answer that stays the same until the next ingest, rebuild or
correction. Each view is kept with the data version it was computed at
(``citypact.store.data_version``, one row read by primary key per request) and computed
again once that version moves on, so that several server processes never serve data
older than their database.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from sqlalchemy.orm import Session

from citypact.store import data_version

T = TypeVar("T")
A = TypeVar("A", bound=Hashable)

MAX_VIEWS = 256
"""Views kept at most, the least recently used forgotten first. Most are small (a list's
facets, a dossier); a map's arcs share their points with every other map."""


class ViewCache:
    """Views by (function, argument), each with the data version it was computed at."""

    def __init__(self, max_views: int = MAX_VIEWS) -> None:
        self.max_views = max_views
        self._views: OrderedDict[Hashable, tuple[int, object]] = OrderedDict()
        self._lock = threading.Lock()

    def view(self, session: Session, make: Callable[[Session, A], T], argument: A) -> T:
        """``make(session, argument)``, or what it returned at the current data version.

        Exceptions are not remembered: an unknown dossier is looked up again.
        """
        version = data_version(session)
        key = (make, argument)
        with self._lock:
            found = self._views.get(key)
            if found is not None and found[0] == version:
                self._views.move_to_end(key)
                return cast(T, found[1])
        made = make(session, argument)  # outside the lock: other views go on being served
        self._remember(key, version, made)
        return made

    def _remember(self, key: Hashable, version: int, view: object) -> None:
        with self._lock:
            self._views[key] = (version, view)
            self._views.move_to_end(key)
            while len(self._views) > self.max_views:
                self._views.popitem(last=False)
