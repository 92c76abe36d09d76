"""Whole-extraction throughput on a corpus, one core, and the share of time per component.

Run: ``.venv/bin/python -m bench.pipeline_bench [DIR] [--repeat N] [--cpu]``

Wall-clock time by default; ``--cpu`` reads the process's CPU time instead, which other
work on a shared machine barely moves (figures are then comparable between runs made
under different loads, not with wall-clock ones).
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import Counter
from pathlib import Path

from citypact.ingest import iter_sources, read_article
from citypact.process import make_pipeline
from citypact.settings import Settings

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true",
                        help="time with the process's CPU time, not the wall clock")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    start = time.perf_counter()
    pipeline = make_pipeline(Settings())
    pipeline.clock = clock
    setup = time.perf_counter() - start
    articles = [read_article(p) for p in iter_sources([args.directory]) if p.suffix == ".txt"]
    size = sum(len(a.text.encode()) for a in articles)
    pipeline.run(articles[0])  # warm-up: lazy tables, regex caches

    shares: Counter[str] = Counter()
    start = clock()
    for _ in range(args.repeat):
        for article in articles:
            shares.update(pipeline.run(article).timings)
    elapsed = clock() - start
    docs = len(articles) * args.repeat
    print(f"pipeline set-up: {setup:.2f} s")
    print(f"{docs} documents, {size * args.repeat / 1e6:.2f} MB in {elapsed:.2f} s: "
          f"{docs / elapsed:.1f} docs/s, {size * args.repeat / 1e6 / elapsed:.2f} MB/s "
          f"(one core, {'CPU' if args.cpu else 'wall-clock'} time)")
    total = sum(shares.values())
    for name, seconds in shares.most_common():
        print(f"  {name:<10} {seconds / total:6.1%}  {seconds / docs * 1000:7.2f} ms/doc")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
