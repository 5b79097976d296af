"""The ``newsbrief`` command line: a thin wrapper over the Python API.

Expected failures become one-line messages; set ``NEWSBRIEF_DEBUG=1`` for full tracebacks.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from newsbrief.errors import NewsbriefError

F = TypeVar("F", bound=Callable[..., Any])


def _debug() -> bool:
    return os.environ.get("NEWSBRIEF_DEBUG", "") not in ("", "0")


class NewsbriefGroup(click.Group):
    """A click group that adds plugin commands on first use and turns errors into one line."""

    _plugins_added = False

    def _add_plugin_commands(self) -> None:
        if self._plugins_added:
            return
        self._plugins_added = True
        from newsbrief.plugins import get_host

        host = get_host()
        host.load()
        builtin = dict(self.commands)
        staging = click.Group()
        host.pm.hook.register_commands(cli=staging)
        for name, command in staging.commands.items():
            if name in builtin:
                click.echo(
                    f"newsbrief: warning: a plugin's command {name!r} would shadow the built-in "
                    "command and was ignored",
                    err=True,
                )
                continue
            self.add_command(command, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._add_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            self._add_plugin_commands()
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsbriefError as error:
            if _debug():
                raise
            raise click.ClickException(str(error)) from None


@click.group(cls=NewsbriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsbrief", prog_name="newsbrief")
def cli() -> None:
    """Turn several raw news articles into one cited, verbatim briefing.

    \b
    Examples:
      newsbrief build seeds/
      newsbrief build seeds/ -f json -o briefing.json
      newsbrief summarize seeds/002_202fb73025d70099.txt --summarizer lexrank
    """


def _budget_options(command: F) -> F:
    command = click.option(
        "--overflow",
        is_flag=True,
        help="With --words, let the last sentence cross the limit (as DUC/TAC evaluations expect).",
    )(command)
    command = click.option("--words", type=click.IntRange(min=1), help="Length budget in words.")(
        command
    )
    return click.option(
        "--sentences", type=click.IntRange(min=1), help="Length budget in sentences [default: 7]."
    )(command)


def _parse_options(pairs: Sequence[str], what: str) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint=what)
        options[key.strip()] = value
    return options


def _input_options(command: F) -> F:
    """``build``'s options for batches, URLs and progress."""
    options = [
        click.option(
            "--from-file",
            "from_files",
            multiple=True,
            metavar="FILE",
            help="Read inputs from FILE, one path, glob or URL per line (# comments); "
            "same as @FILE. Repeatable.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Parse this many inputs in parallel (output is identical).",
        ),
        click.option(
            "--cache",
            type=click.Path(file_okay=False),
            help="Keep fetched pages in this folder and reuse them instead of refetching.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=20.0,
            show_default=True,
            help="Seconds to wait for a server to connect or send data; "
            "a whole download gets at most three times as long.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


class _ProgressBar:
    """A progress bar on stderr for long batches; silent when stderr is not a terminal."""

    #: Batches shorter than this finish too fast to need a bar.
    MIN_INPUTS = 10

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._bar: Any = None

    def __call__(self, progress: Any) -> None:
        if not self.enabled or progress.total < self.MIN_INPUTS:
            return
        if self._bar is None:
            self._bar = click.progressbar(length=progress.total, label="reading", file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-f", "--format", "format_", help="Output format (see `newsbrief list`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here.")
@click.option("--summarizer", default="newsbrief", show_default=True, help="Summarizer name.")
@_budget_options
@click.option(
    "--parser",
    metavar="NAME[:KEY=VALUE,...]",
    help="Force this parser, with options (e.g. json:text=body,title=headline).",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad input.")
@click.option("--title", help="Title of the briefing.")
@click.option(
    "-S",
    "--summarizer-option",
    "summarizer_options",
    multiple=True,
    metavar="KEY=VALUE",
    help="Option for the summarizer (repeatable), e.g. -S redundancy=0.5.",
)
@click.option(
    "-O",
    "--export-option",
    "export_options",
    multiple=True,
    metavar="KEY=VALUE",
    help="Option for the exporter (repeatable), e.g. -O sections=summary,sources.",
)
@click.option(
    "--per-story",
    is_flag=True,
    help="Group the inputs into stories and write one JSON briefing per story, "
    "as JSON Lines (for large collections; --jobs also applies).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --per-story: parse and brief on this Dask scheduler's workers "
    "(tcp://host:port; needs newsbrief[dask]). Inputs are read here, in --jobs threads.",
)
@_input_options
def build(
    inputs: tuple[str, ...],
    format_: str | None,
    output: str | None,
    summarizer: str,
    sentences: int | None,
    words: int | None,
    overflow: bool,
    parser: str | None,
    strict: bool,
    title: str | None,
    summarizer_options: tuple[str, ...],
    export_options: tuple[str, ...],
    per_story: bool,
    scheduler: str | None,
    from_files: tuple[str, ...],
    jobs: int,
    cache: str | None,
    timeout: float,
    quiet: bool,
) -> None:
    """Build a briefing of INPUTS: files, directories, globs, - for stdin, http(s) URLs, or
    @FILE for a file listing inputs.

    Bad inputs are reported one line each and skipped; the exit code is then 1.
    """
    import newsbrief
    from newsbrief.fetch import FetchOptions
    from newsbrief.pipeline import named_parser

    inputs = inputs + tuple(f"@{name}" for name in from_files)
    if not inputs:
        raise click.UsageError("give at least one input (or --from-file FILE)")
    if sentences and words:
        raise click.UsageError("give --sentences or --words, not both")
    if scheduler and not per_story:
        raise click.UsageError("--scheduler needs --per-story")
    if per_story and (title or (format_ and format_ != "json")):
        raise click.UsageError("--per-story writes JSON Lines titled by story: no --title or -f")
    exporter = _choose_exporter("json" if per_story else format_, output)
    s_options = _coerce_options(_parse_options(summarizer_options, "--summarizer-option"))
    e_options = _parse_options(export_options, "--export-option")
    # Resolve names before the (slow) reading so a typo fails fast.
    newsbrief.get_summarizer(summarizer)
    if parser:
        named_parser(parser)

    def report(skipped: newsbrief.Skipped) -> None:
        click.echo(f"newsbrief: skipped {skipped}", err=True)

    with contextlib.ExitStack() as stack:
        load: Callable[..., Any] = newsbrief.load
        if scheduler:
            from newsbrief import distributed

            # Parsed on the cluster's workers; the documents stay there for the story steps.
            client = stack.enter_context(distributed.connect(scheduler))
            load = functools.partial(distributed.load, client)
        bar = _ProgressBar(enabled=not quiet)
        try:
            corpus = load(
                *inputs,
                parser=parser,
                strict=strict,
                on_skip=report,
                jobs=jobs,
                cache=cache,
                fetch_options=FetchOptions(timeout=timeout, deadline=3 * timeout),
                on_progress=bar,
            )
        finally:
            bar.close()
        _note_decoding(corpus)
        if not len(corpus):
            raise click.ClickException("no readable article among the inputs")
        if per_story:
            from newsbrief.scaling import story_briefings_jsonl

            lines = story_briefings_jsonl(
                corpus,
                jobs=jobs,
                summarizer=summarizer,
                sentences=sentences,
                words=words,
                overflow=overflow,
                options=s_options,
                export_options=e_options,
            )
            _write("".join(lines), output)
    if not per_story:
        briefing = newsbrief.build_briefing(
            corpus,
            summarizer=summarizer,
            sentences=sentences,
            words=words,
            overflow=overflow,
            options=s_options,
            title=title,
        )
        _write(exporter.export(briefing, e_options), output)
    if corpus.skipped:
        click.echo(
            f"newsbrief: {len(corpus.skipped)} input(s) skipped, {len(corpus)} document(s) used:",
            err=True,
        )
        for item in corpus.skipped:
            click.echo(f"  - {item}", err=True)
        # Repeated inputs are counted once and reported, but only real failures fail the run.
        if corpus.errors:
            sys.exit(1)


def _note_decoding(corpus: Any) -> None:
    from newsbrief.loading import decoding_note
    from newsbrief.pipeline import Corpus

    # The decoder replaced bytes it could not read; a distributed corpus collected the notes.
    if isinstance(corpus, Corpus):
        notes = [note for note in map(decoding_note, corpus.documents) if note is not None]
    else:
        notes = list(corpus.notes)
    for note in notes:
        click.echo(f"newsbrief: note: {note}", err=True)


def _choose_exporter(format_: str | None, output: str | None) -> Any:
    import newsbrief

    if format_:
        return newsbrief.get_exporter(format_)
    if output:
        by_path = newsbrief.exporter_for_path(output)
        if by_path is not None:
            return by_path
    return newsbrief.get_exporter("markdown")


def _coerce_options(options: dict[str, str]) -> dict[str, Any]:
    # Command-line values arrive as strings; JSON literals (numbers, booleans) become values.
    out: dict[str, Any] = {}
    for key, value in options.items():
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def _write(text: str | bytes, output: str | None) -> None:
    if isinstance(text, bytes):
        # Binary formats (a plugin's .docx or .pdf) are written as they are.
        if output is None or output == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as binary:
                binary.write(text)
        return
    if output is None or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


@cli.command()
@click.argument("file")
@click.option("--summarizer", default="lexrank", show_default=True, help="Summarizer name.")
@_budget_options
@click.option("--parser", help="Force this parser.")
@click.option("--scores", is_flag=True, help="Print each sentence's score and offsets too.")
def summarize(
    file: str,
    summarizer: str,
    sentences: int | None,
    words: int | None,
    overflow: bool,
    parser: str | None,
    scores: bool,
) -> None:
    """Summarize one FILE (or - for stdin) and print the selected sentences."""
    import newsbrief
    from newsbrief.pipeline import make_budget

    corpus = newsbrief.load(file, parser=parser, strict=True)
    if not corpus.documents:
        raise click.ClickException(f"{file}: no readable article")
    budget = make_budget(
        sentences=sentences if sentences or words else 10, words=words, overflow=overflow
    )
    for document in corpus.documents:
        for item in newsbrief.summarize(document, summarizer, budget=budget):
            if scores:
                s = item.sentence
                click.echo(f"{item.score:.6f}\t{s.doc_id}:{s.start}-{s.end}\t{s.text}")
            else:
                click.echo(item.sentence.text)


@cli.command(name="plugins")
@click.option("--all", "all_", is_flag=True, help="Include the built-in plugins.")
@click.option("--errors", is_flag=True, help="List the plugins that failed to load instead.")
def plugins_command(all_: bool, errors: bool) -> None:
    """List installed plugins as JSON."""
    from newsbrief.plugins import get_host

    host = get_host()
    if errors:
        host.registry("parser")  # collecting the registries runs every hook once
        payload: list[dict[str, Any]] = [
            {"plugin": e.plugin, "distribution": e.distribution, "error": e.message}
            for e in host.errors
        ]
    else:
        payload = host.describe(include_builtin=all_)
    click.echo(json.dumps(payload, indent=2, ensure_ascii=False))


@cli.command(name="list")
def list_command() -> None:
    """List parsers, summarizers and exporters, one line each."""
    from newsbrief.plugins import COMPONENT_HOOKS, get_host

    host = get_host()
    for kind in COMPONENT_HOOKS:
        for entry in host.registry(kind).entries():
            description = getattr(entry.component, "description", "")
            click.echo(f"{kind:<10} {entry.name:<12} {description}")


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsbrief")
