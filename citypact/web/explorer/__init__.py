"""The explorer's views: what the map, network, timeline, dossier and document pages show.

Each function takes a session and plain filters and returns frozen data; a page and its
JSON twin (``citypact.web.explorer_api``) call the same one. They read the store through
its repository functions (``citypact.store.queries``: ``explore`` for the map, network and
timeline, ``dossiers`` for the dossiers) and shape what they read for drawing.
"""

from citypact.store import ExploreFilters
from citypact.web.explorer.document import DocumentView, Segment, document_view
from citypact.web.explorer.dossier import Dossier, entity_dossier
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
