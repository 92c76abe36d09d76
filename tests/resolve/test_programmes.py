"""Programmes frame links: named in the link's sentence, or opening a one-programme story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from citypact.ingest.read import read_article
from citypact.model import DocumentInfo, Extraction, Link, Organization
from citypact.resolve.programmes import programme_members, programme_memberships

INFO = DocumentInfo("doc", None, None, "A title", "en", None)
TEXT = ("Within the URBACT programme, Blois and Hue started a project. "
        "Later, Turin and Da Nang met. Eurocities backed Turin and Hue.")


def org(name: str, *mentions: tuple[int, int], kind: str = "programme") -> Organization:
    return Organization(f"org:{name.lower()}", name, None, kind, mentions)


def link(a: str, b: str, sentence: str) -> Link:
    start = TEXT.index(sentence)
    return Link((a, b), "cooperation", evidence=((start, start + len(sentence)),))


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return (start, start + len(word))


def test_a_programme_named_in_the_sentence_frames_the_link() -> None:
    extraction = Extraction(INFO, organizations=(org("URBACT", span("URBACT")),),
                            links=(link("Blois", "Hue", TEXT[:62]),
                                   link("Turin", "Da Nang", "Later, Turin and Da Nang met.")))
    found = programme_memberships(extraction)
    # URBACT opens the story and is its only programme: it frames the second link too.
    assert [(m.programme, m.parties, m.direct) for m in found] == [
        ("URBACT", ("Blois", "Hue"), True), ("URBACT", ("Turin", "Da Nang"), False)]
    assert programme_members(found) == {"URBACT": ("Blois", "Hue", "Turin", "Da Nang")}


def test_with_two_programmes_only_direct_mentions_count() -> None:
    extraction = Extraction(
        INFO, organizations=(org("URBACT", span("URBACT")), org("Eurocities", span("Eurocities"))),
        links=(link("Turin", "Da Nang", "Later, Turin and Da Nang met."),
               link("Turin", "Hue", "Eurocities backed Turin and Hue.")))
    assert [(m.programme, m.parties) for m in programme_memberships(extraction)] == [
        ("Eurocities", ("Turin", "Hue"))]


def test_organisations_that_are_not_programmes_frame_nothing() -> None:
    extraction = Extraction(INFO, organizations=(org("URBACT", span("URBACT"), kind="ngo"),),
                            links=(link("Blois", "Hue", TEXT[:62]),))
    assert programme_memberships(extraction) == ()


def test_iurc_pairings_of_the_first_seed_article(corpus_dir: Path, pipeline: Any) -> None:
    seed = sorted((corpus_dir / "seeds").glob("000_*.txt"))[0]
    extraction = pipeline.extract(read_article(seed))
    members = programme_members(programme_memberships(extraction))
    iurc = next(names for name, names in members.items() if "Urban" in name)
    assert {"Ha Tinh", "Da Lat", "Colleferro", "Latina"} <= set(iurc)


def test_a_network_of_cities_frames_the_links_it_is_named_with() -> None:
    extraction = Extraction(
        INFO, organizations=(org("URBACT", span("URBACT")),
                             org("Eurocities", span("Eurocities"), kind="network")),
        links=(link("Turin", "Hue", "Eurocities backed Turin and Hue."),))
    assert [(m.programme, m.parties, m.direct) for m in programme_memberships(extraction)] == [
        ("Eurocities", ("Turin", "Hue"), True)]
