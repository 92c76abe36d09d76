"""Store: SQLAlchemy tables, repository functions, Alembic migrations.

    engine = make_engine(settings.database_url)
    upgrade_database(engine)
    with make_session_factory(engine)() as session:
        save_extraction(session, article, extraction)
        rebuild_partnerships(session, settings)
        list_partnerships(session, PartnershipFilters(kind="twinning"))

Tables (``tables``) hold mapping only; ``repository`` writes documents,
``rebuild`` derives partnerships, ``queries`` reads (with ``filters``).
"""

from citypact.store.engine import (
    current_revision,
    downgrade_database,
    head_revision,
    make_engine,
    make_session_factory,
    upgrade_database,
)
from citypact.store.filters import (
    DocumentFilters,
    EventFilters,
    Filters,
    LinkFilters,
    OrganizationFilters,
    PartnershipFilters,
    PersonFilters,
    PlaceFilters,
    SearchFilters,
)
from citypact.store.queries import (
    document_facets,
    event_facets,
    get_article,
    get_extraction,
    get_partnership,
    link_facets,
    list_documents,
    list_events,
    list_links,
    list_organizations,
    list_partnerships,
    list_people,
    list_places,
    organization_facets,
    partnership_facets,
    person_facets,
    place_facets,
    search,
    search_facets,
)
from citypact.store.rebuild import RebuildReport, rebuild_partnerships
from citypact.store.records import (
    DocumentSummary,
    EventRecord,
    FacetCount,
    Facets,
    LinkRecord,
    OrganizationSummary,
    Page,
    PartnershipDetail,
    PartnershipLink,
    PartnershipSummary,
    PartyRecord,
    PersonSummary,
    PlaceSummary,
    SearchHit,
)
from citypact.store.repository import SaveOutcome, document_exists, save_extraction

__all__ = [
    "DocumentFilters",
    "DocumentSummary",
    "EventFilters",
    "EventRecord",
    "FacetCount",
    "Facets",
    "Filters",
    "LinkFilters",
    "LinkRecord",
    "OrganizationFilters",
    "OrganizationSummary",
    "Page",
    "PartnershipDetail",
    "PartnershipFilters",
    "PartnershipLink",
    "PartnershipSummary",
    "PartyRecord",
    "PersonFilters",
    "PersonSummary",
    "PlaceFilters",
    "PlaceSummary",
    "RebuildReport",
    "SaveOutcome",
    "SearchFilters",
    "SearchHit",
    "current_revision",
    "document_exists",
    "document_facets",
    "downgrade_database",
    "event_facets",
    "get_article",
    "get_extraction",
    "get_partnership",
    "head_revision",
    "link_facets",
    "list_documents",
    "list_events",
    "list_links",
    "list_organizations",
    "list_partnerships",
    "list_people",
    "list_places",
    "make_engine",
    "make_session_factory",
    "organization_facets",
    "partnership_facets",
    "person_facets",
    "place_facets",
    "rebuild_partnerships",
    "save_extraction",
    "search",
    "search_facets",
    "upgrade_database",
]
