"""Latency of the explorer's JSON API on a large store, then a bounded load run.

Run: ``.venv/bin/python -m bench.web_bench [PATH] [--rounds N] [--requests N]
[--concurrency N]``, ``PATH`` being a store made by ``python -m bench.web_data``
(default ``/tmp/citypact-web-bench.db``).

It starts ``citypact serve`` on a free loopback port against that store, then:

1. per endpoint (search with folded spellings, dossiers of a small and a big place and of
   an organisation, map and network data with and without filters), each of its URLs
   once (``first ms``: the slowest of those, computed with nothing cached), then
   ``--rounds`` requests one after the other: p50, p95 and p99 latency;
2. a load run: ``--concurrency`` clients sending ``--requests`` requests in all, over a
   mix of those URLs: requests per second, latency percentiles, and errors (a status
   other than 200, or no answer).

Target (issue 7): p95 at most 100 ms per endpoint, no error in the load run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
from sqlalchemy import create_engine, text

from bench.web_data import DEFAULT_PATH

SEARCHES = ("vinh phuc", "Vĩnh", "krakow", "lodz", "sao", "ile", "nurnberg", "da", "zurich",
            "thanh", "people's committee", "nguyen van 12")
MAP_FILTERS = ("", "?kind=twinning", "?country=VN", "?kind=twinning&country=VN",
               "?since=2015&until=2020", "?sector=tourism", "?status=active&country=IT")
NETWORK_FILTERS = ("", "?country=VN", "?kind=twinning", "?sector=education&country=FR")


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    urls: tuple[str, ...]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def sample_ids(path: Path) -> dict[str, str]:
    """A small place (one partnership), the biggest place and an organisation of the store."""
    engine = create_engine(f"sqlite:///{path}")
    counts = ("SELECT entity_id, count(*) AS n FROM partnership_parties "
              "WHERE entity_id LIKE '{}%' GROUP BY entity_id ORDER BY n {}, entity_id LIMIT 1")
    with engine.connect() as connection:
        found = {
            "big": connection.execute(text(counts.format("geonames:", "DESC"))).one()[0],
            "small": connection.execute(text(counts.format("geonames:", "ASC"))).one()[0],
            "organization": connection.execute(text(counts.format("org:", "DESC"))).one()[0],
        }
    engine.dispose()
    return found


def endpoints(ids: dict[str, str]) -> list[Endpoint]:
    return [
        Endpoint("search", tuple(f"/api/search?q={quote(q)}" for q in SEARCHES)),
        Endpoint("dossier (small place)", (f"/api/dossiers/{ids['small']}",)),
        Endpoint("dossier (big place)", (f"/api/dossiers/{ids['big']}",)),
        Endpoint("dossier (organisation)", (f"/api/dossiers/{ids['organization']}",)),
        Endpoint("map (no filter)", ("/api/map",)),
        Endpoint("map (filtered)", tuple(f"/api/map{f}" for f in MAP_FILTERS[1:])),
        Endpoint("network (no filter)", ("/api/network",)),
        Endpoint("network (filtered)", tuple(f"/api/network{f}" for f in NETWORK_FILTERS[1:])),
    ]


@contextmanager
def serving(path: Path) -> Iterator[str]:
    """``citypact serve`` on a free loopback port against the store; yields its base URL."""
    port = free_port()
    env = {**os.environ, "CITYPACT_DATABASE_URL": f"sqlite:///{path}",
           "CITYPACT_LOG_LEVEL": "WARNING"}
    command = [sys.executable, "-m", "citypact", "serve", "--host", "127.0.0.1",
               "--port", str(port)]
    server = subprocess.Popen(command, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/documents?limit=1", timeout=5).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a request still running: no need to finish it
            server.kill()
            server.wait()


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def summary(values: Sequence[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{percentile(ms, 0.5):8.1f} {percentile(ms, 0.95):8.1f} "
            f"{percentile(ms, 0.99):8.1f} {max(ms):8.1f}")


def timed_get(client: httpx.Client, url: str) -> float:
    """Seconds to answer one request (an error status stops the benchmark)."""
    start = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - start
    response.raise_for_status()
    return elapsed


def measure(client: httpx.Client, endpoint: Endpoint,
            rounds: int) -> tuple[list[float], list[float]]:
    """Each URL of the endpoint once, then ``rounds`` requests one after the other, cycling
    through them: (the first requests' times, the rounds' times).

    The first request of a URL computes its view (nothing is cached yet, SQLite's pages are
    cold); later ones are served from the server's view cache until the data changes.
    """
    first = [timed_get(client, url) for url in endpoint.urls]
    return first, [timed_get(client, endpoint.urls[i % len(endpoint.urls)])
                   for i in range(rounds)]


async def load(base: str, urls: Sequence[str], requests: int,
               concurrency: int) -> tuple[float, list[float], Counter[str]]:
    """``requests`` requests from ``concurrency`` clients: (seconds, latencies, errors by
    what went wrong: a status other than 200, or the exception's name and URL)."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(urls[i % len(urls)])
    times: list[float] = []
    errors: Counter[str] = Counter()
    # uvicorn closes a connection idle for 5 s, httpx keeps one for 5 s by default: a request
    # sent on a connection as the server closes it fails (ReadError, a few in 10,000). A
    # client must give up idle connections before the server does.
    limits = httpx.Limits(max_connections=concurrency, keepalive_expiry=2.0)

    async def client_loop(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            url = queue.get_nowait()
            start = time.perf_counter()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors[f"status {response.status_code} {url}"] += 1
            except httpx.HTTPError as exc:
                errors[f"{type(exc).__name__} {url}: {exc}"] += 1
            times.append(time.perf_counter() - start)

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        return time.perf_counter() - start, times, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--rounds", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--requests", type=int, default=10_000, help="load run: requests")
    parser.add_argument("--concurrency", type=int, default=50, help="load run: clients")
    options = parser.parse_args()
    if not options.path.exists():
        raise SystemExit(f"no store at {options.path}: run python -m bench.web_data first")
    targets = endpoints(sample_ids(options.path))
    with serving(options.path) as base:
        print(f"{'endpoint':<24} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
              f"{'first ms':>9}")
        with httpx.Client(base_url=base, timeout=60) as client:
            for endpoint in targets:
                first, times = measure(client, endpoint, options.rounds)
                print(f"{endpoint.name:<24} {summary(times)} {max(first) * 1000:9.1f}",
                      flush=True)
        if options.requests:
            mix = [url for endpoint in targets for url in endpoint.urls]
            seconds, times, errors = asyncio.run(
                load(base, mix, options.requests, options.concurrency))
            print(f"{'load run':<24} {summary(times)}")
            print(f"load run: {options.requests} requests, {options.concurrency} clients, "
                  f"{seconds:.1f} s, {options.requests / seconds:.0f} requests/s, "
                  f"{errors.total()} errors, mean {statistics.fmean(times) * 1000:.0f} ms")
            for error, count in errors.most_common():
                print(f"  {count} x {error}")


if __name__ == "__main__":
    main()
