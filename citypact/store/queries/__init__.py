"""Reading the store: one extraction back as the contract object, and the lists.

Every function takes a ``Session`` and returns plain frozen objects (``model``
or ``records``), so callers never touch ORM rows or lazy loading. Each list has a
filters object (``citypact.store.filters``), a ``list_*`` function returning one
page, and a ``*_facets`` function counting the filtered rows by each filter's
values; the JSON API and the HTML pages call the same ones. The explorer's map, network
and timeline read ``explore`` (by ``ExploreFilters``), its dossiers ``dossiers``.
"""

from citypact.store.queries.documents import (
    document_facets,
    get_article,
    get_extraction,
    list_documents,
    mention_index,
)
from citypact.store.queries.dossiers import (
    documents_naming,
    events_naming,
    get_entity,
    partnership_link_records,
    party_names,
    person_roles,
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
from citypact.store.queries.explore import (
    busiest_entities,
    count_explored,
    event_counts_by_year,
    link_counts_by_year,
    located_parties,
    located_places,
    most_reported,
)
from citypact.store.queries.links import link_facets, list_links
from citypact.store.queries.partnerships import (
    get_partnership,
    list_partnerships,
    partnership_facets,
    partnership_parties,
)
from citypact.store.queries.programmes import get_programme, list_programmes, programme_facets
from citypact.store.queries.projects import list_projects, project_facets
from citypact.store.queries.search import search, search_facets
from citypact.store.queries.trips import get_trip, list_trips, trip_facets

__all__ = [
    "busiest_entities",
    "count_explored",
    "document_facets",
    "documents_naming",
    "entity_names",
    "event_counts_by_year",
    "event_facets",
    "events_naming",
    "get_article",
    "get_entity",
    "get_extraction",
    "get_partnership",
    "get_programme",
    "get_trip",
    "link_counts_by_year",
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
    "located_parties",
    "located_places",
    "mention_index",
    "most_reported",
    "organization_facets",
    "partnership_facets",
    "partnership_link_records",
    "partnership_parties",
    "party_names",
    "person_facets",
    "person_roles",
    "place_facets",
    "place_names",
    "programme_facets",
    "project_facets",
    "search",
    "search_facets",
    "trip_facets",
]
