"""The whole flow for one document, readable in a minute. CLI and API both call it.

    read (ingest) -> extract (components) -> resolve (story) -> store

``make_pipeline`` assembles the extraction components with their resources
(the gazetteer is loaded once here, at the edge, and handed down);
``read_document`` runs it on one article and resolves what the story tells beyond
its links (programmes, trips, pilot projects), which the store saves with it.
"""

from __future__ import annotations

from citypact.extract.components.dates import DatesComponent
from citypact.extract.components.language import LanguageComponent
from citypact.extract.components.links import LinksComponent
from citypact.extract.components.script import ScriptComponent
from citypact.extract.components.sentences import SentencesComponent
from citypact.extract.pipeline import Pipeline
from citypact.model import Article
from citypact.resolve.story import Reading, resolve_story
from citypact.settings import Settings


def make_pipeline(settings: Settings) -> Pipeline:
    """Build the extraction pipeline, loading (or first building) the gazetteer."""
    from citypact.extract.components.actors import ActorsComponent
    from citypact.extract.components.places import make_places_component
    from citypact.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(settings)
    return Pipeline([
        LanguageComponent(),
        ScriptComponent(),
        SentencesComponent(),
        DatesComponent(),
        make_places_component(gazetteer),
        ActorsComponent(),
        LinksComponent(),
    ])


def read_document(pipeline: Pipeline, article: Article) -> Reading:
    """The extraction of one article and the facts of its story, for ``save_extraction``."""
    doc = pipeline.run(article)
    return Reading(doc.to_extraction(), resolve_story(doc))
