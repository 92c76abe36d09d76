"""Extract: Article -> Extraction, through named components over one ``Doc``."""

from citypact.extract.pipeline import Component, Doc, Pipeline

__all__ = ["Component", "Doc", "Pipeline"]
