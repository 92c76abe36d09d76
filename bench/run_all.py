"""Run every benchmark, one after the other (``make bench``).

    python -m bench.run_all             # the gazetteer benchmark builds a fresh index
    python -m bench.run_all --no-build  # it uses the index of the current settings

Each benchmark runs in its own interpreter, exactly as ``python -m bench.<name>``:
their peak-memory figures would otherwise include each other's. The web benchmark's
synthetic store (``bench.web_data``, about 2 minutes) is made only when it is missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from bench.web_data import DEFAULT_PATH as WEB_STORE

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ("bench.gazetteer_bench", "bench.pipeline_bench", "bench.web_bench")


def run_benchmark(module: str, args: list[str]) -> int:
    """Run ``python -m module *args`` from the repository root; return its exit status."""
    print(f"== {module} {' '.join(args)}".rstrip(), flush=True)
    start = time.perf_counter()
    status = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT,
                            check=False).returncode
    outcome = "done" if status == 0 else f"FAILED (exit {status})"
    print(f"== {module}: {outcome} in {time.perf_counter() - start:.0f} s\n", flush=True)
    return status


def benchmarks_to_run() -> list[str]:
    """Every benchmark, the web one preceded by making its store when there is none."""
    if WEB_STORE.exists():
        return list(BENCHMARKS)
    return [*BENCHMARKS[:-1], "bench.web_data", BENCHMARKS[-1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true",
                        help="gazetteer benchmark: use the current index, do not build one")
    options = parser.parse_args()
    extra = {"bench.gazetteer_bench": ["--no-build"] if options.no_build else []}
    failed = [m for m in benchmarks_to_run() if run_benchmark(m, extra.get(m, [])) != 0]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
