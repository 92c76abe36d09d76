"""The explorer's views: what the map, network, timeline, dossier and document pages show.

Each function takes a session and plain filters and returns frozen data; a page and its
JSON twin (``citypact.web.explorer_api``) call the same one. They read the store's tables
for the aggregates the store's list queries do not offer (map points, network edges,
counts by year), with the same filter meanings as ``/api/partnerships``.
"""

from citypact.web.explorer.document import DocumentView, Segment, document_view
from citypact.web.explorer.dossier import Dossier, entity_dossier
from citypact.web.explorer.filters import ExploreFilters
from citypact.web.explorer.geo import great_circle
from citypact.web.explorer.mapdata import MapData, map_data
from citypact.web.explorer.network import NetworkData, network_data
from citypact.web.explorer.sectors import SdgCount, sdg_names, sdgs_of
from citypact.web.explorer.timeline import TimelineData, timeline_data

__all__ = [
    "DocumentView",
    "Dossier",
    "ExploreFilters",
    "MapData",
    "NetworkData",
    "SdgCount",
    "Segment",
    "TimelineData",
    "document_view",
    "entity_dossier",
    "great_circle",
    "map_data",
    "network_data",
    "sdg_names",
    "sdgs_of",
    "timeline_data",
]
