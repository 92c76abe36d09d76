"""Read a text written in a second script as its transliteration (``transliteration``)."""

from __future__ import annotations

import dataclasses

from citypact.extract.pipeline import Doc
from citypact.extract.rules import transliterations
from citypact.extract.transliteration import transliterate


class ScriptComponent:
    """Hand the components after it the transliteration of a text in a second script (a
    Serbian text in Cyrillic letters, read with Latin rules); ``Doc.to_extraction`` writes
    what they find back onto the text as written."""

    name = "script"
    requires: tuple[str, ...] = ("language",)
    assigns = ("transliteration",)

    def __call__(self, doc: Doc) -> Doc:
        letters = transliterations().get(doc.language or "")
        if letters is None or doc.transliteration is not None:
            return doc
        reading = transliterate(doc.text, letters)
        if reading is None:
            return doc
        return dataclasses.replace(doc, article=dataclasses.replace(doc.article, text=reading.text),
                                   transliteration=reading)
