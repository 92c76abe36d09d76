"""Gazetteer benchmark: build time, load time, recognition MB/s, peak memory, peers.

    python -m bench.gazetteer_bench            # builds a fresh index in a temp folder
    python -m bench.gazetteer_bench --no-build # uses the index of the current settings

In one run it compares, on the seeds and dev texts (repeated to about 1 MB):

- the places component (recognition + resolution, one core);
- a plain pyahocorasick scan of the same automaton over the folded text, with no
  word-boundary check and no resolution (the speed floor);
- ``geotext`` (the ``bench`` extra), a reference peer, with its precision and
  recall on the same gold places.

Peak RSS is measured in a child process that only loads the gazetteer and
extracts the dev corpus (what a worker does), so the build does not count.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from citypact.extract.components.places import make_places_component
from citypact.gazetteer import build_gazetteer, load_gazetteer
from citypact.gazetteer.store import automaton_path
from citypact.settings import Settings
from citypact.textnorm import fold, fold_aligned, normalize_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGET_BYTES = 1_000_000


def documents(folders: tuple[str, ...] = ("seeds", "dev")) -> list[tuple[str, dict[str, object]]]:
    """(text, gold) pairs of the corpora."""
    found = []
    for folder in folders:
        for gold_path in sorted((CORPUS / folder).glob("*.json")):
            text = normalize_text(gold_path.with_suffix(".txt").read_text(encoding="utf-8"))
            found.append((text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return found


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def throughput(texts: list[str], scan: Callable[[str], object]) -> float:
    """MB/s of ``scan`` over the texts, repeated to about 1 MB."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, TARGET_BYTES // max(1, size))
    elapsed = timed(lambda: [scan(t) for _ in range(rounds) for t in texts])
    return rounds * size / 1e6 / elapsed


def score(extract: Callable[[str, str], list[str]], docs: list[tuple[str, dict[str, object]]]
          ) -> tuple[float, float]:
    """Precision and recall of place names against the gold (names and aliases, folded)."""
    correct = spurious = missed = 0
    for text, gold in docs:
        places = gold["places"]
        assert isinstance(places, list)
        keys = {fold(n): i for i, p in enumerate(places) for n in [p["name"], *p["aliases"]]}
        names = {fold(n) for n in extract(text, str(gold["language"]))}
        found = {keys[n] for n in names if n in keys}
        correct += len(found)
        spurious += sum(1 for n in names if n not in keys)
        missed += sum(1 for i, p in enumerate(places) if not p.get("optional") and i not in found)
    return correct / max(1, correct + spurious), 1 - missed / max(1, missed + correct)


def peak_rss_of_worker(settings: Settings) -> float:
    """Peak RSS (MB) of a child that loads the gazetteer and extracts the dev corpus."""
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's peak.
    code = ("import sys; from bench.gazetteer_bench import worker, high_water_mb;"
            "worker(sys.argv[1]); print(high_water_mb())")
    result = subprocess.run([sys.executable, "-c", code, str(settings.resolved_gazetteer_path())],
                            capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    return float(result.stdout.strip().splitlines()[-1])


def high_water_mb() -> float:
    """This process's peak resident memory (MB), from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(path: str) -> None:
    """Load the gazetteer at ``path`` and extract the dev corpus (for ``peak_rss_of_worker``)."""
    settings = Settings(gazetteer_path=Path(path))
    component = make_places_component(load_gazetteer(settings))
    for text, gold in documents(("dev",)):
        component(_doc(text, str(gold["language"])))


def _doc(text: str, language: str) -> object:
    from citypact.extract.pipeline import Doc
    from citypact.model import Article
    return Doc(article=Article(id="bench", text=text), language=language)


def geotext_peer(docs: list[tuple[str, dict[str, object]]], texts: list[str]) -> dict[str, object]:
    """geotext's speed and quality, if the ``bench`` extra is installed."""
    try:
        from geotext import GeoText  # type: ignore[import-untyped]
    except ImportError:
        return {"geotext": "not installed (pip install -e '.[bench]')"}

    def extract(text: str, _language: str) -> list[str]:
        found = GeoText(text)
        return [*found.cities, *found.countries]

    precision, recall = score(extract, docs)
    return {"geotext_mb_s": round(throughput(texts, GeoText), 3),
            "geotext_places_precision": round(precision, 3),
            "geotext_places_recall": round(recall, 3)}


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
        report.update(gazetteer.info().counts)
        report["index_mb"] = round(gazetteer.info().size_bytes / 1e6, 1)
        component = make_places_component(gazetteer)
        docs = documents()
        texts = [text for text, _ in docs]
        component_mb_s = throughput(texts, lambda t: component(_doc(t, "en")))
        report["places_mb_s_per_core"] = round(component_mb_s, 3)
        automaton = pickle.loads(automaton_path(settings.resolved_gazetteer_path()).read_bytes())
        floor = throughput(texts, lambda t: sum(1 for _ in automaton.iter(fold_aligned(t))))
        report["plain_aho_mb_s"] = round(floor, 3)
        report["places_vs_plain_aho"] = round(component_mb_s / floor, 3)
        precision, recall = score(
            lambda t, lang: [p.name for p in component(_doc(t, lang)).places], docs)  # type: ignore[attr-defined]
        report["places_precision"], report["places_recall"] = round(precision, 3), round(recall, 3)
        peer = geotext_peer(docs, texts)
        report.update(peer)
        if "geotext_mb_s" in peer:
            report["places_vs_geotext_speed"] = round(
                component_mb_s / float(str(peer["geotext_mb_s"])), 3)
        report["worker_peak_rss_mb"] = round(peak_rss_of_worker(settings), 1)
        gazetteer.close()
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
