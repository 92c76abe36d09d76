"""The whole flow for one document, readable in a minute. CLI and API both call it.

    read (ingest) -> extract (components) -> store

``make_pipeline`` assembles the extraction components with their resources
(the gazetteer is loaded once here, at the edge, and handed down).
"""

from __future__ import annotations

from citypact.extract.components.dates import DatesComponent
from citypact.extract.components.language import LanguageComponent
from citypact.extract.components.links import LinksComponent
from citypact.extract.components.sentences import SentencesComponent
from citypact.extract.pipeline import Pipeline
from citypact.settings import Settings


def make_pipeline(settings: Settings) -> Pipeline:
    """Build the extraction pipeline, loading (or first building) the gazetteer."""
    from citypact.extract.components.actors import ActorsComponent
    from citypact.extract.components.places import make_places_component
    from citypact.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(settings)
    return Pipeline([
        LanguageComponent(),
        SentencesComponent(),
        DatesComponent(),
        make_places_component(gazetteer),
        ActorsComponent(),
        LinksComponent(),
    ])
