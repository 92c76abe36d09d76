"""Gazetteer benchmark: build time, load time, recognition MB/s, peak memory, peers.

    python -m bench.gazetteer_bench            # builds a fresh index in a temp folder
    python -m bench.gazetteer_bench --no-build # uses the index of the current settings

In one run it measures, on the seeds and dev texts:

- the build of the index (in a temporary folder) and its load;
- the places component (recognition + resolution, one core): the first pass over
  the texts with empty caches, and the texts repeated to about 1 MB;
- a plain pyahocorasick scan of the same automaton (same names) over the folded
  text, counting raw hits with no resolution: the speed floor;
- ``geotext`` (the ``bench`` extra), a reference peer, with its precision and
  recall on the same gold places;
- the peak RSS of a fresh process that loads the gazetteer and runs the whole
  extraction pipeline on the dev corpus (what a worker does; target 400 MB).

Targets: build <= 60 s, load <= 1 s, worker peak RSS <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from citypact.extract.components.places import PlacesComponent, make_places_component
from citypact.gazetteer import build_gazetteer, load_gazetteer
from citypact.gazetteer.store import automaton_path
from citypact.settings import Settings
from citypact.textnorm import fold, fold_aligned, normalize_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGET_BYTES = 1_000_000
Document = tuple[str, str, dict[str, object]]
"""Text, language and gold annotation of one corpus document."""


def documents(folders: tuple[str, ...] = ("seeds", "dev")) -> list[Document]:
    """(text, language, gold) of the corpora's annotated documents."""
    found = []
    for folder in folders:
        for gold_path in sorted((CORPUS / folder).glob("*.json")):
            text = normalize_text(gold_path.with_suffix(".txt").read_text(encoding="utf-8"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            found.append((text, str(gold["language"]), gold))
    return found


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def throughput(docs: list[Document], scan: Callable[[str, str], object],
               target_bytes: int = TARGET_BYTES) -> float:
    """MB/s of ``scan(text, language)`` over the texts, repeated to about ``target_bytes``."""
    size = sum(len(text.encode("utf-8")) for text, _, _ in docs)
    rounds = max(1, target_bytes // max(1, size))
    elapsed = timed(lambda: [scan(t, lang) for _ in range(rounds) for t, lang, _ in docs])
    return rounds * size / 1e6 / elapsed


def score(extract: Callable[[str, str], list[str]], docs: list[Document]) -> tuple[float, float]:
    """Precision and recall of place names against the gold (names and aliases, folded)."""
    correct = spurious = missed = 0
    for text, language, gold in docs:
        places = gold["places"]
        assert isinstance(places, list)
        keys = {fold(n): i for i, p in enumerate(places) for n in [p["name"], *p["aliases"]]}
        names = {fold(n) for n in extract(text, language)}
        found = {keys[n] for n in names if n in keys}
        correct += len(found)
        spurious += sum(1 for n in names if n not in keys)
        missed += sum(1 for i, p in enumerate(places) if not p.get("optional") and i not in found)
    return correct / max(1, correct + spurious), 1 - missed / max(1, missed + correct)


def places_figures(component: PlacesComponent, docs: list[Document]) -> dict[str, float]:
    """Our recognition: first pass (empty caches), repeated to 1 MB, precision and recall."""
    first = throughput(docs, component.extract, target_bytes=0)
    repeated = throughput(docs, component.extract)
    precision, recall = score(lambda t, lang: [p.name for p in component.extract(t, lang)], docs)
    return {"places_first_pass_mb_s": round(first, 3), "places_mb_s_per_core": round(repeated, 3),
            "places_precision": round(precision, 3), "places_recall": round(recall, 3)}


def plain_aho_mb_s(settings: Settings, docs: list[Document]) -> float:
    """The floor: the same automaton over the folded text, raw hits counted, nothing else."""
    automaton = pickle.loads(automaton_path(settings.resolved_gazetteer_path()).read_bytes())
    # Keys are stored between spaces (see ``PhraseMatcher``): pad the text the same way.
    return throughput(docs, lambda t, _: sum(1 for _ in automaton.iter(f" {fold_aligned(t)} ")))


def geotext_figures(docs: list[Document]) -> dict[str, float] | None:
    """geotext's speed and quality, or ``None`` without the ``bench`` extra."""
    try:
        from geotext import GeoText  # type: ignore[import-untyped]
    except ImportError:
        return None

    def extract(text: str, _language: str) -> list[str]:
        found = GeoText(text)
        return [*found.cities, *found.countries]

    precision, recall = score(extract, docs)
    return {"geotext_mb_s": round(throughput(docs, lambda t, _: GeoText(t)), 3),
            "geotext_places_precision": round(precision, 3),
            "geotext_places_recall": round(recall, 3)}


def peak_rss_of_worker(settings: Settings) -> tuple[float, int]:
    """Peak RSS (MB) of a fresh process that loads the gazetteer and runs the whole
    extraction on the dev corpus, and how many documents it extracted."""
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's peak.
    code = ("import sys; from bench.gazetteer_bench import worker, high_water_mb;"
            "count = worker(sys.argv[1]); print(high_water_mb(), count)")
    result = subprocess.run([sys.executable, "-c", code, str(settings.resolved_gazetteer_path())],
                            capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    peak, count = result.stdout.strip().splitlines()[-1].split()
    return round(float(peak), 1), int(count)


def high_water_mb() -> float:
    """This process's peak resident memory (MB), from /proc/self/status (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status: the benchmark needs Linux")


def worker(path: str) -> int:
    """Load the gazetteer at ``path`` and extract every dev document with the whole pipeline."""
    from citypact.ingest import read_article
    from citypact.process import make_pipeline

    pipeline = make_pipeline(Settings(gazetteer_path=Path(path)))
    sources = sorted((CORPUS / "dev").glob("*.txt"))
    for source in sources:
        pipeline.extract(read_article(source))
    return len(sources)


def run(build: bool) -> dict[str, object]:
    """Every figure, as a dict."""
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(gazetteer_path=Path(tmp) / "gazetteer-v1.sqlite") if build \
            else Settings()
        if build:
            report["build_s"] = round(timed(lambda: build_gazetteer(settings)), 1)
        load_gazetteer(settings).close()  # builds if missing: not part of the load time
        start = time.perf_counter()
        gazetteer = load_gazetteer(settings)
        report["load_s"] = round(time.perf_counter() - start, 3)
        info = gazetteer.info()
        report.update(info.counts)
        report["index_mb"] = round(info.size_bytes / 1e6, 1)
        docs = documents()
        report["corpus_kb"] = round(sum(len(t.encode("utf-8")) for t, _, _ in docs) / 1e3, 1)
        component = make_places_component(gazetteer)
        assert isinstance(component, PlacesComponent)
        places = places_figures(component, docs)
        report.update(places)
        ours = places["places_mb_s_per_core"]
        floor = plain_aho_mb_s(settings, docs)
        report["plain_aho_mb_s"] = round(floor, 3)
        report["places_vs_plain_aho"] = round(ours / floor, 3)
        peer = geotext_figures(docs)
        if peer is None:
            report["geotext"] = "not installed (pip install -e '.[bench]')"
        else:
            report.update(peer)
            report["places_vs_geotext"] = round(ours / peer["geotext_mb_s"], 3)
        gazetteer.close()
        report["worker_peak_rss_mb"], report["worker_documents"] = peak_rss_of_worker(settings)
    report["bench_process_peak_rss_mb"] = round(high_water_mb(), 1)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true",
                        help="use the current settings' index instead of building a fresh one")
    args = parser.parse_args()
    for key, value in run(build=not args.no_build).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
