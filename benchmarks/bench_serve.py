"""Benchmark: latency of `storyline serve` pages and API on a large store, and the server's memory.

Usage: python benchmarks/bench_serve.py --db STORE [--requests N]
Build the store first, e.g. `storyline ingest ../shared/corpus/t17 --db /tmp/t17.db`.
The server runs as `storyline serve` in its own process (so its memory is its
own); requests are sequential, from one client. Reported per route: the first
request, then median and p95 over all requests. Filtered timelines cycle
through distinct filters taken from the store's own facets (actors, months,
words), so many of them miss the facet cache.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORYLINE = Path(sys.executable).with_name("storyline")
READY_MARK = "conflicts are still being found"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def _memory(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) // 1024
    return fields


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "n": len(times),
        "first_ms": round(times[0], 1),
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def _filters(base: str, count: int) -> list[str]:
    """Distinct filtered timeline URLs from what the store holds: its top actors, date bars and words."""
    _, page = _get(base + "/")
    html = page.decode()
    actors = re.findall(r'data-facet="actor">(.*?)</ul>', html, re.S)
    names = re.findall(r'href="/\?actor=([^"&]+)"', actors[0]) if actors else []
    keys = re.findall(r'data-key="([^"]+)"', html)  # the histogram's bars: days, months or years
    months = keys[:: max(1, len(keys) // 6)][:6]
    words = ["oil", "spill", "virus", "vaccine", "bank", "crisis", "earthquake", "Jackson", "police", "said"]
    urls = [f"/?actor={name}" for name in names]
    urls += [f"/?from={m}&to={m}" for m in months]
    urls += [f"/?q={w}" for w in words]
    urls += [f"/?actor={name}&from={m}&to={m}" for name in names[:3] for m in months[:3]]
    return [base + url for url in urls[:count]]


def run(db: Path, requests: int) -> dict[str, object]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(STORYLINE), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        started = time.perf_counter()
        while True:
            try:
                _get(base + "/api/entries?limit=1")
                break
            except OSError:
                if server.poll() is not None or time.perf_counter() - started > 120:
                    raise RuntimeError(
                        server.stderr.read().decode() if server.stderr else "no server"
                    ) from None
                time.sleep(0.2)
        results: dict[str, object] = {"server_start_s": round(time.perf_counter() - started, 2)}
        first_ms, body = _get(base + "/")
        results["first_timeline_ms"] = round(first_ms, 1)
        while READY_MARK in body.decode():
            if time.perf_counter() - started > 1800:
                raise RuntimeError("whole-store views not ready after 30 minutes")
            time.sleep(1)
            _, body = _get(base + "/")
        results["views_ready_s"] = round(time.perf_counter() - started, 2)
        results["memory_after_views_mb"] = _memory(server.pid)

        _, listing = _get(base + f"/api/entries?all=true&limit=500&offset={0}")
        total = json.loads(listing)["total"]
        ids: list[str] = []
        for offset in range(0, total, max(total // requests, 1)):
            _, chunk = _get(base + f"/api/entries?all=true&limit=1&offset={offset}")
            ids += [e["id"] for e in json.loads(chunk)["entries"]]
        ids = ids[:requests]
        filtered = _filters(base, requests)
        routes = {
            "timeline": [base + "/"] * requests,
            "timeline_all": [base + f"/?all=true&offset={50 * i}" for i in range(requests)],
            "timeline_filtered": filtered,
            "timeline_filtered_again": filtered,
            "timeline_all_filtered": [url.replace("/?", "/?all=true&") for url in filtered],
            "entry_page": [base + f"/entries/{i}" for i in ids],
            "api_entries": [base + f"/api/entries?all=true&offset={50 * i}" for i in range(requests)],
            "api_entries_filtered": [
                url.replace(base + "/?", base + "/api/entries?").replace("actor=", "entity=")
                for url in filtered
            ],
        }
        for name, urls in routes.items():
            results[name] = _summary([_get(url)[0] for url in urls])
        results["memory_mb"] = _memory(server.pid)
        results["entries"] = total
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    print(json.dumps(run(args.db, args.requests), indent=2))


if __name__ == "__main__":
    main()
