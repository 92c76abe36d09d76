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

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session, sessionmaker

from citypact.store import data_version

log = logging.getLogger(__name__)

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

    def __len__(self) -> int:
        """How many views are kept."""
        with self._lock:
            return len(self._views)

    def _remember(self, key: Hashable, version: int, view: object) -> None:
        with self._lock:
            self._views[key] = (version, view)
            self._views.move_to_end(key)
            while len(self._views) > self.max_views:
                self._views.popitem(last=False)


WARM_EVERY = 2.0
"""Seconds between two looks at the data version by the warmer."""

View = tuple[Callable[[Session, Any], object], Hashable]
"""A view to keep warm: the function that makes it and its argument."""


class Warmer:
    """Makes the landing views (the unfiltered map and network) again in a background
    thread as soon as the data version moves on, so that the first visitor after an
    ingest or a correction does not wait for them (150-350 ms on 100,000 partnerships)."""

    def __init__(self, cache: ViewCache, session_factory: sessionmaker[Session],
                 views: Sequence[View], every: float = WARM_EVERY) -> None:
        self._cache = cache
        self._factory = session_factory
        self._views = list(views)
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="citypact-warmer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def warm(self) -> None:
        """Make every view that is missing or stale (``ViewCache.view`` keeps the others)."""
        with self._factory() as session:
            for make, argument in self._views:
                if self._stop.is_set():
                    return
                self._cache.view(session, make, argument)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.warm()
            except Exception:  # a failed pass is retried; the server serves on regardless
                log.exception("warming the explorer's views failed")
            self._stop.wait(self._every)

