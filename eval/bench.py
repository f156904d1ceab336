"""`python -m eval.bench`: how long ingest, model load and retrieval take, and peak memory.

Measures, in one process and against a throwaway DATA_DIR (the live index is never touched):

* model load: verifying and loading the embedding model (the first load in the process);
* cold ingest: parsing the corpus and building the first generation into an empty directory;
* warm ingest: ingesting the unchanged corpus again (should do no embedding work);
* retrieval: p50/p95 latency of warm `Retriever.search` calls over ~50 queries made from the
  corpus's own clause titles and headings (not from eval cases), half of them filtered;
* peak RSS of the process.

Prints the results and writes them to bench/results/bench-<timestamp>.json and latest.json.
Numbers vary with the machine: they are for comparing runs, and no test asserts on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.settings import REPO_ROOT, Settings, get_settings

RESULTS_DIR = REPO_ROOT / "bench" / "results"


def bench_queries(clauses: list[Any], n: int = 50) -> list[tuple[str, str | None]]:
    """(query, council filter) pairs from clause titles and headings; every other one filtered."""
    seen: set[str] = set()
    texts: list[tuple[str, str]] = []
    for clause in clauses:
        for text in (clause.title, *clause.heading_path):
            key = text.strip().lower()
            if len(key) > 3 and key not in seen:
                seen.add(key)
                texts.append((text.strip(), clause.council))
    # A small corpus may have fewer headings than queries wanted: the openings of clauses fill in.
    for clause in clauses:
        if len(texts) >= n:
            break
        opening = " ".join(clause.text.split()[:8])
        if opening.lower() not in seen:
            seen.add(opening.lower())
            texts.append((opening, clause.council))
    return [(text, council if i % 2 else None) for i, (text, council) in enumerate(texts[:n])]


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    # ru_maxrss is kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(corpus_dir: Path, n_queries: int = 50, base: Settings | None = None) -> dict[str, Any]:
    from bot.retrieve import Retriever
    from ingest.commands import load_corpus_fresh
    from ingest.embed import Embedder
    from ingest.index import build_index

    base = base or get_settings()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="conduct-bench-") as tmp:
        settings = base.model_copy(update={"DATA_DIR": Path(tmp), "CHROMA_HOST": None})

        started = time.perf_counter()
        embedder = Embedder(settings)
        embedder.warm_up()
        results["model_load_seconds"] = time.perf_counter() - started

        started = time.perf_counter()
        corpus = load_corpus_fresh(corpus_dir)
        cold = build_index(corpus, settings, embedder=embedder)
        results["ingest_cold_seconds"] = time.perf_counter() - started

        started = time.perf_counter()
        warm = build_index(load_corpus_fresh(corpus_dir), settings, embedder=embedder)
        results["ingest_warm_seconds"] = time.perf_counter() - started
        results["ingest_warm_status"] = warm.status

        retriever = Retriever(settings, embedder=embedder)
        retriever.warm_up()
        queries = bench_queries(corpus.clauses, n_queries)
        retriever.search(queries[0][0])  # first call pays one-off costs; not a warm measurement
        latencies = []
        for query, council in queries:
            started = time.perf_counter()
            retriever.search(query, council=council)
            latencies.append((time.perf_counter() - started) * 1000)

    results.update(
        {
            "retrieval_queries": len(latencies),
            "retrieval_p50_ms": percentile(latencies, 50),
            "retrieval_p95_ms": percentile(latencies, 95),
            "retrieval_mean_ms": statistics.fmean(latencies),
            "peak_rss_mb": peak_rss_mb(),
            "corpus_version": corpus.corpus_version,
            "documents": len(corpus.documents),
            "clauses": len(corpus.clauses),
            "embedded_cold": cold.embedded,
            "embedded_warm": warm.embedded,
        }
    )
    return results


def environment() -> dict[str, Any]:
    import torch

    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
    }


def save(results: dict[str, Any], out_dir: Path) -> Path:
    """Write bench-<timestamp>.json and latest.json; returns the timestamped file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(results, indent=2, sort_keys=True) + "\n"
    path = out_dir / f"bench-{stamp}.json"
    path.write_text(text, encoding="utf-8")
    (out_dir / "latest.json").write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus directory (default: CORPUS_DIR)")
    parser.add_argument("--queries", type=int, default=50, help="number of retrieval queries")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="results directory")
    args = parser.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    settings = get_settings()
    results = {
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **run_bench(args.corpus or settings.CORPUS_DIR, args.queries, settings),
        "environment": environment(),
    }
    path = save(results, args.out)
    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{key:<{width}}  {shown}")
    print(f"saved {path} and {args.out / 'latest.json'}")


if __name__ == "__main__":
    main()
