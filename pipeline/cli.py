"""Command line: ``python -m pipeline ingest|crawl|eval|export|stats|browse|report``.

Exit status: 0 when every document was stored (or the command succeeded); 1 when some documents
failed (they are in ``failures``) or an evaluation score fell below its floor; 2 for a usage error
(bad option, missing file, unreadable database) or a storage failure; 3 when another crawl is
already running on the same dataset."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import shlex
import sys
from pathlib import Path

from pipeline import __version__, config
from pipeline.errors import CrawlLocked, PipelineError, StorageError, UsageError
from pipeline.terminal import SafeFormatter, printable

log = logging.getLogger("pipeline")

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m pipeline", description=__doc__.split("\n\n")[0],
                     epilog="Exit status: 0 ok; 1 some documents failed or a score is below its floor; "
                            "2 usage or storage error; 3 another crawl is running on the dataset.")
    parser.add_argument("--version", action="version", version=f"press-pipeline {__version__}")
    common = _Parser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="log every step (debug)")
    common.add_argument("-q", "--quiet", action="store_true", help="only errors and the summary line")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    db_help = f"dataset: a SQLite path or a SQLAlchemy URL (default {config.DEFAULT_DB})"

    ing = sub.add_parser("ingest", parents=[common], help="ingest files and folders of press releases",
                         description="Ingest press releases. Unchanged documents (same source, same bytes) are "
                                     "skipped; changed ones replace their rows; failures are recorded and the "
                                     "run goes on.")
    ing.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
    ing.add_argument("--db", default=config.DEFAULT_DB, help=db_help)
    ing.add_argument("--workers", type=int, default=config.DEFAULT_WORKERS,
                     help="worker processes (default: number of cores); with --engine dask, the workers of the "
                          "local Dask cluster")
    ing.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: this machine's processes (default); dask: a Dask cluster (see README, 'Scaling')")
    ing.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                     help="address of a running Dask scheduler to join (implies --engine dask)")
    ing.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    cr = sub.add_parser("crawl", parents=[common], help="fetch new press releases from the web (sources.toml)",
                        description="Discover releases through feeds, sitemaps and listing pages, fetch them "
                                    "politely (robots.txt, per-host delay, retries) and incrementally (conditional "
                                    "GET, content hashes), snapshot every page, and store them like ingested files.")
    cr.add_argument("--sources", required=True, type=Path, help="sources file (see sources.example.toml)")
    cr.add_argument("--db", default=config.DEFAULT_DB, help=db_help)
    cr.add_argument("--since", type=_iso_day, help="skip releases published before this date (YYYY-MM-DD)")
    cr.add_argument("--max-pages", type=int, help="stop after fetching this many pages")
    cr.add_argument("--time-budget", type=float, metavar="SECONDS", help="stop starting new fetches after this")
    cr.add_argument("--snapshots", type=Path,
                    help=f"folder for page snapshots (default: [crawler] snapshot_dir, else {config.SNAPSHOT_DIR})")
    cr.add_argument("--dry-run", action="store_true",
                    help="list what would be fetched and stored, fetching only feeds, sitemaps and listing pages")
    cr.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    ev = sub.add_parser("eval", parents=[common], help="score the dataset against a gold file (gold/FORMAT.md rules)",
                        description="Print precision/recall/F1 per measure and language.")
    ev.add_argument("--gold", required=True, type=Path, help="gold annotations (JSON Lines)")
    ev.add_argument("--db", default=config.DEFAULT_DB, help=db_help)
    ev.add_argument("--floors", type=Path,
                    help="JSON file of pinned minimum scores (its 'gold' section): exit 1 if one is not met")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    ex = sub.add_parser("export", parents=[common], help="write every table to Parquet or CSV with a datapackage.json")
    ex.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    ex.add_argument("--out", required=True, type=Path, help="output folder")
    ex.add_argument("--db", default=config.DEFAULT_DB, help=db_help)

    st = sub.add_parser("stats", parents=[common], help="counts per language, label and month")
    st.add_argument("--db", default=config.DEFAULT_DB, help=db_help)

    br = sub.add_parser("browse", parents=[common], help="browse and search the dataset in a web browser (Datasette)",
                        description="Serve the dataset with Datasette: every table, view and column described, "
                                    "full-text search of the releases, facets and canned queries. Ctrl-C stops.")
    br.add_argument("--db", default=config.DEFAULT_DB, help="dataset: a SQLite path (default %(default)s)")
    br.add_argument("--port", type=int, default=config.BROWSE_PORT, help="port (default %(default)s)")
    br.add_argument("--host", default=config.BROWSE_HOST,
                    help="address to listen on (default %(default)s: this machine only)")

    rp = sub.add_parser("report", parents=[common], help="write a self-contained HTML report with charts",
                        description="One HTML file that opens offline: releases per month, top entities, money, "
                                    "roles, extraction coverage and failures.")
    rp.add_argument("--db", default=config.DEFAULT_DB, help=db_help)
    rp.add_argument("--out", type=Path, default=Path("out/report.html"), help="HTML file (default %(default)s)")
    return parser


def _iso_day(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return value


def _existing_db(db: str) -> object:
    from pipeline.store import connect

    if "://" not in db and not Path(db).is_file():
        raise UsageError(f"no dataset at {db} (run `python -m pipeline ingest` first)")
    return connect(db, create=False)


def _command(argv: list[str]) -> str:
    """The command line as stored in ``runs.command``: database passwords masked."""
    from pipeline.backends import masked

    return "python -m pipeline " + " ".join(shlex.quote(masked(a)) for a in argv)


def cmd_ingest(args: argparse.Namespace, argv: list[str]) -> int:
    from pipeline.runs.ingest import ingest

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    engine = "dask" if args.scheduler else args.engine
    summary = ingest(args.paths, args.db, _command(argv), workers=args.workers,
                     progress=not (args.no_progress or args.quiet), engine=engine, scheduler=args.scheduler)
    print(f"ingest: {summary.line()}")
    return summary.exit_code


def cmd_crawl(args: argparse.Namespace, argv: list[str]) -> int:
    from pipeline.runs.crawl.run import crawl

    if args.max_pages is not None and args.max_pages < 1:
        raise UsageError("--max-pages must be at least 1")
    if args.dry_run:
        return _dry_run(args.sources)
    summary = crawl(args.sources, args.db, _command(argv), since=args.since, max_pages=args.max_pages,
                    time_budget=args.time_budget, snapshots=args.snapshots,
                    progress=not (args.no_progress or args.quiet))
    print(f"crawl: {summary.line()}")
    return summary.exit_code


def _dry_run(sources: Path) -> int:
    from pipeline.runs.crawl.run import plan

    planned = plan(sources)
    for item in planned:
        print(f"{item.action:<8} {item.url}  ({item.note})")
    fetch = sum(1 for p in planned if p.action == "fetch")
    print(f"crawl --dry-run: {fetch} pages to fetch, {len(planned) - fetch} listing pages or skipped links; "
          "nothing written")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report, gate

    report = evaluate(args.gold, _existing_db(args.db))  # type: ignore[arg-type]
    scores = report.flat()
    print(json.dumps(scores, indent=1, sort_keys=True) if args.json else format_report(report))
    return gate(scores, args.floors, "gold", "eval") if args.floors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export

    written = export(_existing_db(args.db), args.format, args.out)  # type: ignore[arg-type]
    print(f"export: {len(written)} files written to {args.out}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from pipeline.report import stats

    print(stats(_existing_db(args.db)))  # type: ignore[arg-type]
    return EXIT_OK


def cmd_browse(args: argparse.Namespace) -> int:
    from pipeline.browse import prepare, serve

    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    path, meta = prepare(args.db)
    print(f"browse: serving {path} at http://{args.host}:{args.port}/{path.stem} (Ctrl-C stops)", flush=True)
    return serve(path, meta, host=args.host, port=args.port)


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report
    from pipeline.store import connect

    engine = _existing_db(args.db)
    with contextlib.suppress(UsageError):  # read-only: report from it as it is
        engine = connect(args.db)  # a dataset made before the views gets them
    charts = write_report(engine, args.out)  # type: ignore[arg-type]
    print(f"report: {charts} charts written to {args.out}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    level = logging.DEBUG if args.verbose else (logging.ERROR if args.quiet else logging.WARNING)
    handler = logging.StreamHandler()
    handler.setFormatter(SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    try:
        if args.command == "ingest":
            return cmd_ingest(args, argv)
        if args.command == "crawl":
            return cmd_crawl(args, argv)
        return {"eval": cmd_eval, "export": cmd_export, "stats": cmd_stats, "browse": cmd_browse,
                "report": cmd_report}[args.command](args)
    except UsageError as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except CrawlLocked as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return EXIT_LOCKED
    except StorageError as exc:
        print(printable(f"error: dataset not written: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except PipelineError as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
