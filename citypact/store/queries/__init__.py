"""Reading the store: one extraction back as the contract object, and the lists.

Every function takes a ``Session`` and returns plain frozen objects (``model``
or ``records``), so callers never touch ORM rows or lazy loading. Each list has a
filters object (``citypact.store.filters``), a ``list_*`` function returning one
page, and a ``*_facets`` function counting the filtered rows by each filter's
values; the JSON API and the HTML pages call the same ones.
"""

from citypact.store.queries.documents import (
    document_facets,
    get_article,
    get_extraction,
    list_documents,
)
from citypact.store.queries.entities import (
    entity_names,
    list_organizations,
    list_people,
    list_places,
    organization_facets,
    person_facets,
    place_facets,
    place_names,
)
from citypact.store.queries.events import event_facets, list_events
from citypact.store.queries.links import link_facets, list_links
from citypact.store.queries.partnerships import (
    get_partnership,
    list_partnerships,
    partnership_facets,
)
from citypact.store.queries.programmes import get_programme, list_programmes, programme_facets
from citypact.store.queries.projects import list_projects, project_facets
from citypact.store.queries.search import search, search_facets
from citypact.store.queries.trips import get_trip, list_trips, trip_facets

__all__ = [
    "document_facets",
    "entity_names",
    "event_facets",
    "get_article",
    "get_extraction",
    "get_partnership",
    "get_programme",
    "get_trip",
    "link_facets",
    "list_documents",
    "list_events",
    "list_links",
    "list_organizations",
    "list_partnerships",
    "list_people",
    "list_places",
    "list_programmes",
    "list_projects",
    "list_trips",
    "organization_facets",
    "partnership_facets",
    "person_facets",
    "place_facets",
    "place_names",
    "programme_facets",
    "project_facets",
    "search",
    "search_facets",
    "trip_facets",
]
