"""diplo-data: check and export Diplo data from the command line (no Qt)."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core import atomic, bundled, export, loading
from .core.formatting import counted
from .core.search import QueryError, SearchIndex, parse_query


def _load(paths: Sequence[str], include_bundled: bool) -> loading.LoadResult:
    return loading.load(loading.sources(paths, include_bundled))


def _print_problems(result: loading.LoadResult, only: set[str] | None = None) -> None:
    for problem in result.problems:
        if only is None or problem.path in only:
            print(problem)


def _is_bundled(path: str) -> bool:
    bundled_dir = bundled.data_dir().resolve()
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop: not the bundled folder, and loading reports it
        return False
    return resolved == bundled_dir or bundled_dir in resolved.parents


def _error(message: str) -> None:
    print(f"diplo-data: {message}", file=sys.stderr)


def _missing_data(paths: Sequence[str]) -> list[str]:
    """Why each named path gives no data: it does not exist, or it is a folder with no data file."""
    reasons = []
    for path in paths:
        found, problems = loading.files.collect([Path(path)])
        if not os.path.lexists(path):
            reasons.append(f"{path}: no such file or folder")
        elif not found and not problems:  # (a folder that cannot be listed is reported by validate)
            suffixes = ", ".join(loading.files.DATA_SUFFIXES)
            reasons.append(f"{path}: no data file in this folder (a folder's data files end in {suffixes})")
    return reasons


def cmd_validate(args: argparse.Namespace) -> int:
    if not args.paths:  # the bundled data itself, from any folder
        args.paths = [str(bundled.data_dir())]
    if missing := _missing_data(args.paths):
        for reason in missing:
            _error(reason)
        return 1
    # Checking the bundled files themselves: load them once, not twice (which would be all duplicates).
    result = _load(args.paths, not args.no_bundled and not any(_is_bundled(p) for p in args.paths))
    # Bundled data is loaded so references resolve; its own problems are not the user's to fix.
    found, unlistable = loading.files.collect([Path(p) for p in args.paths])
    mine = {str(p) for p in found} | {p.path for p in unlistable} | set(args.paths)
    shown = [p for p in result.problems if p.path in mine]
    for problem in shown:
        print(problem)
    errors = sum(p.is_error for p in shown)
    warnings = len(shown) - errors
    print(f"{counted(len(result.dataset.meetings), 'meeting')} loaded; {counted(errors, 'error')}, "
          f"{counted(warnings, 'warning')}", file=sys.stderr)
    return 1 if errors else 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Every quote looked up in its source's stored text; exit 1 on any quote not found."""
    from .core import verify
    from .core.records import shown

    if args.paths:
        found, missing = loading.files.collect([Path(p) for p in args.paths])
        if missing:  # a mistyped path must not pass as "nothing to verify"
            for problem in missing:
                print(problem, file=sys.stderr)
            return 2
        if empty := _missing_data(args.paths):  # nor a folder with no data file in it
            for reason in empty:
                _error(reason)
            return 2
        # As validate: the bundled data loads too, so references resolve; only these files' quotes are checked.
        result = _load(args.paths, not args.no_bundled and not any(_is_bundled(p) for p in args.paths))
        only: set[str] | None = {str(p) for p in found} | set(args.paths)
    else:
        result = _load([], True)
        only = None
    errors = [p for p in result.problems if p.is_error and (only is None or p.path in only)]
    if errors:
        # A quote the loader dropped is not checked: say so, rather than let a clean summary mislead.
        print(f"diplo-data: {counted(len(errors), 'error')} while loading; "
              "quotes they left out are not checked "
              "(diplo-data validate lists them)", file=sys.stderr)
    checks = verify.verify(result.dataset.meetings, only)
    for check in checks:
        origin = check.quote.origin
        where = f"{origin.path}:{origin.line}:{origin.col}" if origin else check.meeting.id
        words = shown(check.quote.text, 80)
        if check.outcome is verify.Outcome.NOT_FOUND:
            print(f'{where}: error: quote not found in its source\'s stored text: "{words}"')
        elif check.outcome is verify.Outcome.UNVERIFIABLE:
            print(f'{where}: warning: quote unverifiable: {shown(check.reason or "", 200)}: "{words}"')
    counts = {outcome: sum(c.outcome is outcome for c in checks) for outcome in verify.Outcome}
    print(f"{counted(len(checks), 'quote')}: {counts[verify.Outcome.FOUND]} found, "
          f"{counts[verify.Outcome.UNVERIFIABLE]} unverifiable, {counts[verify.Outcome.NOT_FOUND]} not found")
    return 1 if counts[verify.Outcome.NOT_FOUND] else 0


def _write(text: str, output: str | None) -> None:
    """Write atomically: a temporary file beside the target, fsync, then a rename."""
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    atomic.write_text_atomic(output, text)


# The PDF writer is Qt (diplo_gui/ui/export/pdf_writer.py), run in a child process by module name:
# this tool never imports Qt, and the window and the console share one PDF writer.
PDF_WRITER = "diplo_gui.ui.export.pdf_writer"
PARENT_ENV = "DIPLO_PARENT_PID"  # the writer dies with this process, even if we die before it starts


def _write_pdf(html: str, title: str, output: str) -> str | None:
    """Run the Qt PDF writer on the HTML in a child process; None, or why it failed (one line)."""
    # The HTML goes through a pipe, not a temporary file: a killed run leaves nothing behind
    # (the child dies with us, and its unfinished .part file goes at the next write there).
    try:
        child = subprocess.run([sys.executable, "-m", PDF_WRITER, "-", output, "--title", title],
                               input=html.encode("utf-8"), capture_output=True,
                               env={**os.environ, PARENT_ENV: str(os.getpid())})
    except OSError as exc:
        return f"cannot run the PDF writer: {exc.strerror or exc}"
    if child.returncode == 0:
        return None
    lines = [line.strip() for line in child.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    # The child's own message is its last line (a traceback ends with the exception).
    return lines[-1] if lines else f"the PDF writer failed (exit status {child.returncode})"


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "pdf" and (args.output is None or args.output == "-"):
        print("diplo-data: a PDF is not written to standard output: give a file with -o FILE.pdf", file=sys.stderr)
        return 2
    try:
        query = parse_query(args.search or "")
    except QueryError as error:
        _error(f"--search is malformed at character {error.column}: {error.reason}\n  {error.text}\n"
               f"  {' ' * error.position}^")
        return 2
    if missing := _missing_data(args.data):
        for reason in missing:
            _error(reason)
        return 2
    result = _load(args.data, not args.no_bundled)
    _warn_about_problems(result, args.data)
    meetings = list(result.dataset.meetings)
    if args.search:
        matches = SearchIndex(meetings).matches(query)
        meetings = [m for m, ok in zip(meetings, matches) if ok]
    if args.meeting:
        # As in the window's "Export › Meeting": these meetings, in the order named.
        by_id = {m.id: m for m in meetings}
        missing = [i for i in args.meeting if i not in by_id]
        if missing:
            print(f"diplo-data: no meeting {', '.join(map(repr, missing))}"
                  + (" matches the search" if args.search else " is loaded"), file=sys.stderr)
            return 1
        meetings = [by_id[i] for i in dict.fromkeys(args.meeting)]
    if not meetings:
        _error("no meeting to export: " + ("the search matches none" if args.search else "none is loaded")
               + "; nothing was written")
        return 1
    title = args.title or (meetings[0].title if args.meeting and len(meetings) == 1 else export.list_title(args.search))
    if args.format == "pdf":
        failure = _write_pdf(export.to_html(meetings, title), title, args.output)
        if failure:
            print(f"diplo-data: no PDF written: {failure}", file=sys.stderr)
            return 2
        _written(len(meetings), args.output)
        return 0
    if args.format in ("json", "yaml"):
        whole = not args.search and not args.meeting
        write = export.to_json if args.format == "json" else export.to_yaml
        text = write(meetings, result.dataset.people.values() if whole else None,
                     result.dataset.issues.values() if whole else None)
    elif args.format == "csv":
        text = export.to_csv(meetings)
    elif args.format == "html":
        text = export.to_html(meetings, title)
    else:
        text = export.to_markdown(meetings, title)
    try:
        _write(text, args.output)
    except OSError as exc:
        print(f"diplo-data: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.output and args.output != "-":
        _written(len(meetings), args.output)
    return 0


def _warn_about_problems(result: loading.LoadResult, paths: Sequence[str]) -> None:
    """An export leaves out what the user's files could not load: say so, never silently."""
    mine = {str(p) for p in loading.files.collect([Path(p) for p in paths])[0]} | set(paths)
    errors = sum(p.is_error for p in result.problems if p.path in mine)
    if errors:
        _error(f"warning: {counted(errors, 'error')} in the data; what they affect is not exported "
               f"(diplo-data validate {shlex.join(paths)} lists them)")


def _written(count: int, output: str) -> None:
    print(f"{counted(count, 'meeting')} written to {output}", file=sys.stderr)


def cmd_schema(args: argparse.Namespace) -> int:
    _write(bundled.schema_path().read_text(encoding="utf-8"), args.output)
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    """Draft meetings and attributed quotes from an article, as YAML to review (see core/drafting)."""
    import datetime as dt

    from .core import drafting
    from .core.drafting import corrections
    from .core.drafting.text import read_article
    from .core.model import Source

    try:
        published = dt.date.fromisoformat(args.published)
    except ValueError:
        print(f"diplo-data: --published {args.published!r} is not a date of the form YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.output and args.output != "-" and os.path.lexists(args.output) and not args.force:
        _error(f"{args.output} exists: give --force to replace it")
        return 2
    if missing := _missing_data(args.data):
        for reason in missing:
            _error(reason)
        return 2
    try:
        article = read_article(Path(args.article).read_bytes())
    except (OSError, ValueError) as exc:
        print(f"diplo-data: {args.article}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    draft = drafting.draft_article(article, published, _load(args.data, not args.no_bundled).dataset)
    if args.no_match:
        draft = corrections.all_as_new(draft)
    source = Source(args.source_title or "Article", args.source_url)
    try:
        _write(drafting.to_yaml(draft, source), args.output)
    except OSError as exc:
        print(f"diplo-data: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    known = sum(m.adds_to is not None for m in draft.meetings)
    print(f"{counted(len(draft.meetings), 'meeting')} ({known} already in the data: additions proposed, no copy), "
          f"{counted(len(draft.quotes), 'quote')} "
          f"({sum(q.speaker is None for q in draft.quotes)} unattributed) drafted",
          file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import another publisher's records as Diplo data files (see core/importers)."""
    import time

    from .core.importers import history_state_gov
    from .core.importers.writer import Cancelled

    started = time.perf_counter()
    try:
        outcome = history_state_gov.import_files(args.paths, args.output)
    except (OSError, Cancelled) as exc:
        reason = getattr(exc, "strerror", None) or exc or "cancelled"
        print(f"diplo-data: nothing imported into {args.output}: {reason}", file=sys.stderr)
        return 2
    for problem in outcome.result.problems:
        print(problem)
    print(f"{outcome.summary(args.output)} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if outcome.errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diplo-data", description="Check and export Diplo meeting data.")
    parser.add_argument("--version", action="version", version=f"diplo-data {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check data files; exit 1 on any error")
    validate.add_argument("paths", nargs="*", metavar="PATH", help="data files or folders (default: the bundled data)")
    validate.add_argument("--no-bundled", action="store_true",
                          help="check the files alone (by default, references to bundled people and issues resolve)")
    validate.set_defaults(run=cmd_validate)

    verifier = commands.add_parser("verify", help="look up every quote in its source's stored text; "
                                   "exit 1 on any quote not found")
    verifier.add_argument("paths", nargs="*", metavar="PATH",
                          help="data files or folders (default: the bundled data); the bundled data loads too, "
                          "so references resolve, but only these files' quotes are checked")
    verifier.add_argument("--no-bundled", action="store_true",
                          help="load the files alone (a copy of the bundled record would be all duplicates)")
    verifier.set_defaults(run=cmd_verify)

    exporter = commands.add_parser("export", help="write meetings as JSON, CSV, Markdown, HTML or PDF")
    exporter.add_argument("--format", choices=("json", "yaml", "csv", "markdown", "html", "pdf"), required=True,
                          help="json and yaml load again as data; pdf needs -o FILE and PySide6 "
                               "(written by Qt in a child process)")
    exporter.add_argument("--data", action="append", default=[], metavar="PATH", help="more data (repeatable)")
    exporter.add_argument("--no-bundled", action="store_true", help="leave out the bundled meetings")
    exporter.add_argument("--search", metavar="TEXT", help="only meetings matching this search (as in the window)")
    exporter.add_argument("--meeting", action="append", default=[], metavar="ID",
                          help="only this meeting (repeatable; exit 1 if it is not there)")
    exporter.add_argument("--title", metavar="TEXT", help="the heading of a Markdown, HTML or PDF export")
    exporter.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    exporter.set_defaults(run=cmd_export)

    schema = commands.add_parser("schema", help="print the JSON Schema of the data format")
    schema.add_argument("-o", "--output", metavar="FILE")
    schema.set_defaults(run=cmd_schema)

    draft = commands.add_parser("draft", help="draft meetings and attributed quotes from a news article (YAML)")
    draft.add_argument("article", metavar="ARTICLE.txt", help="the article as UTF-8 text")
    draft.add_argument("--published", required=True, metavar="YYYY-MM-DD",
                       help="publication date (dates are relative to it)")
    draft.add_argument("--source-url", metavar="URL", help="the article's address (kept only if http/https)")
    draft.add_argument("--source-title", metavar="TEXT", help='the source title of every quote (default "Article")')
    draft.add_argument("--data", action="append", default=[], metavar="PATH", help="more known data (repeatable)")
    draft.add_argument("--no-bundled", action="store_true", help="match people and issues without the bundled data")
    draft.add_argument("--no-match", action="store_true",
                       help="write every meeting as new, even one the data already holds (default: additions to it)")
    draft.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    draft.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    draft.set_defaults(run=cmd_draft)

    importer = commands.add_parser("import", help="import another publisher's records as Diplo data files")
    importer.add_argument("source", choices=("history-state-gov",),
                          help="history-state-gov: the Office of the Historian's travels and visits XML")
    importer.add_argument("paths", nargs="+", metavar="PATH", help="XML files or folders holding them")
    importer.add_argument("-o", "--output", required=True, metavar="FOLDER",
                          help="the folder to write (created if needed; a second import updates it in place)")
    importer.set_defaults(run=cmd_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
