"""Store: SQLAlchemy tables, repository functions, Alembic migrations.

    engine = make_engine(settings.database_url)
    upgrade_database(engine)
    with make_session_factory(engine)() as session:
        save_extraction(session, article, extraction)

Tables (``tables``) hold mapping only; ``repository`` writes, ``queries`` reads.
"""

from citypact.store.engine import (
    current_revision,
    downgrade_database,
    head_revision,
    make_engine,
    make_session_factory,
    upgrade_database,
)
from citypact.store.queries import (
    get_article,
    get_extraction,
    list_documents,
    list_links,
    list_places,
)
from citypact.store.rebuild import RebuildReport, rebuild_partnerships
from citypact.store.records import DocumentSummary, LinkRecord, Page, PlaceSummary
from citypact.store.repository import SaveOutcome, document_exists, save_extraction

__all__ = [
    "DocumentSummary",
    "LinkRecord",
    "Page",
    "PlaceSummary",
    "RebuildReport",
    "SaveOutcome",
    "current_revision",
    "document_exists",
    "downgrade_database",
    "get_article",
    "get_extraction",
    "head_revision",
    "list_documents",
    "list_links",
    "list_places",
    "make_engine",
    "make_session_factory",
    "rebuild_partnerships",
    "save_extraction",
    "upgrade_database",
]
