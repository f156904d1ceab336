"""`conduct ingest [--check] [--corpus DIR]`: validate the corpus, then build and switch the index.

Heavy modules (torch, chromadb) are imported inside the command, so the CLI starts instantly.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer


def load_corpus_fresh(corpus_dir: Path) -> Any:
    """Parse `corpus_dir` now, bypassing the per-process corpus cache (ingest must see edits)."""
    from bot.corpus import clear_cache, load_corpus

    clear_cache()
    return load_corpus(corpus_dir)


def validate_rules(corpus_dir: Path, corpus: Any) -> int | None:
    """Load corpus/rules/*.yaml when a rules loader exists; the number of rules files, or None.

    The rules are checked against the clauses just parsed, not a cached corpus.
    """
    try:
        from bot.rules.loader import load_rules
    except ImportError:
        return None
    rules_dir = corpus_dir / "rules"
    if not rules_dir.is_dir():
        return None
    loaded = load_rules(rules_dir, {c.id: c.text for c in corpus.clauses})
    files = getattr(loaded, "files", None)
    return len(files) if files is not None else None


def validate_topics(corpus_dir: Path, corpus: Any) -> None:
    """Check topics.yaml (which checker answers what, who to ask) against the corpus and checkers,
    and that lexicon.yaml's phrases load."""
    from bot.lexicon import load_lexicon

    load_lexicon(corpus_dir / "lexicon.yaml")
    topics = corpus_dir / "topics.yaml"
    if not topics.exists():
        return
    from bot.coverage import load_coverage
    from bot.rules import registry

    load_coverage(topics).check_against(
        {c.id for c in corpus.clauses}, {rule.id for rule in registry.list_rules()}, topics
    )


def run_ingest(
    corpus_dir: Path | None = None, *, check: bool = False, force: bool = False, settings: Any = None
) -> int:
    """The command's body, returning its exit code; errors are printed as `file:line: message`."""
    from bot.settings import get_settings
    from ingest.embed import EmbeddingModelError
    from ingest.errors import CorpusError
    from ingest.index import IndexBuildError

    settings = settings or get_settings()
    corpus_dir = Path(corpus_dir or settings.CORPUS_DIR)
    started = time.perf_counter()
    try:
        corpus = load_corpus_fresh(corpus_dir)
        rules = validate_rules(corpus_dir, corpus)
        validate_topics(corpus_dir, corpus)
    except CorpusError as err:
        typer.echo(str(err), err=True)
        typer.echo("ingest: corpus is invalid; the previous index is still serving", err=True)
        return 1
    except (ValueError, OSError) as err:  # RuleError and CoverageError are ValueErrors naming the file
        typer.echo(str(err), err=True)
        typer.echo("ingest: rules or topics are invalid; the previous index is still serving", err=True)
        return 1

    summary = f"{len(corpus.documents)} documents, {len(corpus.clauses)} clauses"
    if rules is not None:
        summary += f", {rules} rules files"
    summary += f" (corpus version {corpus.corpus_version})"
    if check:
        typer.echo(f"corpus OK: {summary}; nothing written")
        return 0

    from tqdm import tqdm

    from ingest.index import build_index

    bar: Any = None

    def on_embed_start(total: int) -> None:
        nonlocal bar
        bar = tqdm(total=total, desc="embedding", unit="clause", disable=not sys.stderr.isatty())

    def progress(done: int) -> None:
        if bar is not None:
            bar.update(done)

    try:
        report = build_index(corpus, settings, progress=progress, on_embed_start=on_embed_start, force=force)
    except (EmbeddingModelError, IndexBuildError) as err:
        typer.echo(f"ingest: {err}", err=True)
        typer.echo("ingest: the previous index is still serving", err=True)
        return 1
    finally:
        if bar is not None:
            bar.close()

    seconds = time.perf_counter() - started
    typer.echo(f"corpus: {summary}")
    if report.status == "unchanged":
        typer.echo(f"index: unchanged, generation {report.generation} still live ({seconds:.1f} s)")
    else:
        typer.echo(
            f"index: generation {report.generation} live; embedded {report.embedded}, "
            f"reused {report.reused} ({seconds:.1f} s)"
        )
    return 0


def register(app: typer.Typer) -> None:
    """Add `conduct ingest` to the CLI."""

    @app.command("ingest")
    def ingest(
        check: Annotated[
            bool, typer.Option("--check", help="Validate the corpus and rules; write nothing.")
        ] = False,
        corpus: Annotated[
            Path | None,
            typer.Option("--corpus", help="Corpus directory (default: CORPUS_DIR).", file_okay=False),
        ] = None,
        force: Annotated[
            bool, typer.Option("--force", help="Rebuild even if the corpus is unchanged.")
        ] = False,
    ) -> None:
        """Validate the corpus, then build a new index generation and switch to it."""
        raise typer.Exit(run_ingest(corpus, check=check, force=force))
