"""The ``newsbrief`` command line: a thin wrapper over the Python API.

Expected failures become one-line messages; set ``NEWSBRIEF_DEBUG=1`` for full tracebacks.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import click

# Only what the help shows: each command imports what it runs, so that --help, --version and
# list do not import the pipeline (tests/test_cli_startup.py).
from newsbrief.defaults import (
    BRIEFING_SENTENCES,
    DEFAULT_ORDER,
    DEFAULT_SUMMARIZER,
    FETCH_TIMEOUT,
    ORDERS,
    SUMMARY_SENTENCES,
)
from newsbrief.errors import NewsbriefError

F = TypeVar("F", bound=Callable[..., Any])


def _debug() -> bool:
    return os.environ.get("NEWSBRIEF_DEBUG", "") not in ("", "0")


class NewsbriefGroup(click.Group):
    """A click group that adds plugin commands on first use and turns errors into one line.

    Plugin commands are kept apart from :attr:`commands` (the built-in ones) and read again
    whenever the plugin host changes (a plugin registered or unregistered, another host set
    for a test): a command never outlives its plugin, even for code reading ``commands``.
    """

    #: ``(host, generation)`` the plugin commands were read for.
    _plugin_state: tuple[Any, int] | None = None
    #: The plugin commands by name (replaced, never mutated, on each reading).
    _plugin_commands: Mapping[str, click.Command] = {}

    def _refresh_plugin_commands(self) -> Mapping[str, click.Command]:
        from newsbrief.plugins import get_host

        host = get_host()
        host.load()
        state = self._plugin_state
        if state is None or state[0] is not host or state[1] != host.generation:
            # The host guards each register_commands hook and skips names of built-ins.
            self._plugin_commands = dict(host.commands(reserved=self.commands))
            self._plugin_state = (host, host.generation)
        return self._plugin_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self._refresh_plugin_commands()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        return self._refresh_plugin_commands().get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsbriefError as error:
            if _debug():
                raise
            from newsbrief.inputs import printable

            raise click.ClickException(printable(str(error))) from None


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


def _length_option(value: str | None) -> float | None:
    """``--length 20%``: the share of the input's words (``0.2``); a usage error unless
    0 < P <= 100."""
    if value is None:
        return None
    number = value.strip().removesuffix("%").strip()
    try:
        percent = float(number)
    except ValueError:
        raise click.BadParameter(f"expected a percentage such as 20%, got {value!r}") from None
    if not 0 < percent <= 100:  # NaN fails this too
        raise click.BadParameter(f"{value!r} is not a percentage in (0, 100]")
    return percent / 100


def _budget_options(default_sentences: int | None) -> Callable[[F], F]:
    """``--sentences``/``--words``/``--length``/``--overflow``; the help names
    ``default_sentences``, the budget the command uses when none is given."""

    def decorate(command: F) -> F:
        return _add_budget_options(command, default_sentences)

    return decorate


def _add_budget_options(command: F, default_sentences: int | None) -> F:
    command = click.option(
        "--length",
        metavar="P%",
        callback=lambda ctx, param, value: _length_option(value),
        help="Length budget as a share of the input's words (0 < P <= 100), e.g. 20%.",
    )(command)
    command = click.option(
        "--overflow",
        is_flag=True,
        help="With --words, let the last sentence cross the limit (as DUC/TAC evaluations expect).",
    )(command)
    command = click.option("--words", type=click.IntRange(min=1), help="Length budget in words.")(
        command
    )
    return click.option(
        "--sentences",
        type=click.IntRange(min=1),
        help=f"Length budget in sentences [default: {default_sentences}].",
    )(command)


def _parse_options(pairs: Sequence[str], what: str) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint=what)
        options[key.strip()] = value
    return options


def _language_option(value: str | None) -> str | None:
    """``--language``: the ISO 639-1 code of ``value``; a usage error when it names none."""
    if value is None:
        return None
    from newsbrief.languages.detect import parse_language

    try:
        return parse_language(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _parser_language_options(command: F) -> F:
    """``--parser`` and ``--language``: what the inputs are, the same for every command reading
    INPUTS (build, extract)."""
    command = click.option(
        "--language",
        metavar="CODE",
        callback=lambda ctx, param, value: _language_option(value),
        help="The language of every input (ISO 639 code or BCP 47 tag: uk, en-GB), "
        "instead of what the inputs declare or look like.",
    )(command)
    return click.option(
        "--parser",
        metavar="NAME[:KEY=VALUE,...]",
        help="Force this parser, with options (e.g. json:text=body,title=headline).",
    )(command)


def _window_option(end: bool) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """``--since``/``--until``: the day a date, month, year or relative form names."""

    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        from newsbrief.pipeline.window import parse_bound

        try:
            return parse_bound(value, end=end)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None

    return convert


def _window_options(command: F) -> F:
    """``--since`` and ``--until`` (newsbrief.pipeline.window)."""
    forms = "YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, or Nd/Nw days/weeks ago"
    command = click.option(
        "--until",
        metavar="DATE",
        callback=_window_option(end=True),
        help="Keep only articles published on or before DATE (a month or year: its last day).",
    )(command)
    return click.option(
        "--since",
        metavar="DATE",
        callback=_window_option(end=False),
        help=f"Keep only articles published on or after DATE ({forms}); "
        "articles without a date are kept, with a note. Each entry of a feed or record of a "
        "JSON file is an article; a page holding several is kept or left out whole, by its "
        "own date (else its newest article's).",
    )(command)


def _stopwords_option(value: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """``--stopwords [LANG:]FILE`` (repeatable): extra stop words by language, ``*`` for all;
    every file read and checked here, before any input."""
    from newsbrief.nlp.stopwords import read_stopwords_spec

    table: dict[str, frozenset[str]] = {}
    for spec in value:
        try:
            language, words = read_stopwords_spec(spec)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--stopwords") from None
        table[language] = table.get(language, frozenset()) | words
    return table


def _stopwords_options(command: F) -> F:
    return click.option(
        "--stopwords",
        multiple=True,
        metavar="[LANG:]FILE",
        callback=lambda ctx, param, value: _stopwords_option(value),
        help="Extra stop words, one per line (UTF-8, # comments, at most 1 MiB), added to "
        "each document language's own for the summarizer and story grouping; LANG:FILE "
        "(uk:words.txt) for one language. Repeatable.",
    )(command)


class _OutputPath(click.Path):
    """``click.Path`` that refuses a name with a NUL as a usage error (``os.stat`` raises a
    ``ValueError`` for it; ``main([... "-o", "a\\0b"])`` from Python can pass one)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and "\0" in value:
            self.fail("a file name cannot contain a NUL character", param, ctx)
        return super().convert(value, param, ctx)


def _not_nan(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """Refuse ``nan``, which passes every range check (no comparison with it is true)."""
    if value != value:
        raise click.BadParameter("not a number")
    return value


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
            help="Work in this many processes: inputs parsed, and a briefing's per-document "
            "analysis (output is identical).",
        ),
        click.option(
            "--cache",
            type=click.Path(file_okay=False),
            help="Keep fetched pages in this folder and reuse them instead of refetching.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            callback=_not_nan,
            default=FETCH_TIMEOUT,
            show_default=True,
            help="Seconds to wait for a server to connect or send data; "
            "a whole download gets at most three times as long.",
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            help="Errors only: no progress display, notes or repeated inputs.",
        ),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            help="More detail on stderr: each stage's time, the components used, and every "
            "input left out (repeated ones too) in the final list.",
        ),
        click.option(
            "--allow-private-hosts",
            is_flag=True,
            expose_value=False,
            # Through the environment, so the fetch options of every reader see it.
            callback=lambda ctx, param, value: _allow_private_hosts(value),
            help="Also fetch URLs on private, loopback and link-local addresses "
            "(refused by default; same as NEWSBRIEF_ALLOW_PRIVATE_HOSTS=1).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "-f",
    "--format",
    "format_",
    help="Output format (see `newsbrief list`) [default: from -o's extension, an unknown one "
    "being an error; else Markdown, or text on a terminal].",
)
@click.option("-o", "--output", type=_OutputPath(dir_okay=False, writable=True), help="Write here.")
@click.option(
    "--summarizer", default=DEFAULT_SUMMARIZER, show_default=True, help="Summarizer name."
)
@_budget_options(BRIEFING_SENTENCES)
@_parser_language_options
@_window_options
@_stopwords_options
@click.option("--strict", is_flag=True, help="Stop at the first bad input.")
@click.option("--title", help="Title of the briefing.")
@click.option(
    "--order",
    type=click.Choice(ORDERS),
    default=DEFAULT_ORDER,
    show_default=True,
    help="How the summary's stories are ordered: newest development first, oldest first, "
    "most sources first (importance), or the summarizer's own choice and order, "
    "not composed (input).",
)
@click.option(
    "--quotes-per-speaker",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="How many key quotes one speaker may have.",
)
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
    "--story-dir",
    type=click.Path(file_okay=False),
    help="With --per-story: also write each story's briefing to this folder as soon as it is "
    "made, one file a story (s1.md, s2.md...; -f picks Markdown, HTML or JSON).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --per-story: parse and brief on this Dask scheduler's workers "
    "(tcp://host:port; needs newsbrief[dask]). Inputs are read here, in --jobs threads.",
)
@_input_options
def build(
    inputs: tuple[str, ...], output: str | None, quiet: bool, verbose: bool, **options: Any
) -> None:
    """Build a briefing of INPUTS: files, directories, globs, - for stdin, http(s) URLs, or
    @FILE for a file listing inputs, one a line (relative paths in it are relative to the
    current directory, as with pip -r; @- reads the list from stdin). Files ending in .gz
    (page.html.gz, feed.xml.gz) are decompressed, within the same size limit.

    A folder is read recursively, in sorted order: the files whose extension (in any case)
    a parser reads (built in: .txt .md .html .htm .xml .rss .atom .json .jsonl .sgml and a
    few more, and files without one; plugin parsers add theirs). Other files, hidden files
    and folders, and README, LICENSE or CHANGELOG files are passed over (-v names each but
    the hidden ones). A file named explicitly is always read.

    Bad inputs are reported one line each and skipped; the exit code is then 1. On a
    terminal, stderr shows one progress display across every stage (-q: errors only), and
    the briefing is plain text unless -f or -o says otherwise; piped or redirected, it is
    Markdown.
    """
    from newsbrief import pipeline
    from newsbrief.inputs import printable

    # 1. The command line, read once into the run's settings (names and options checked
    # there, before any input is read, so a typo fails fast).
    inputs = inputs + tuple(f"@{name}" for name in options.pop("from_files"))
    if not inputs:
        raise click.UsageError("give at least one input (or --from-file FILE)")
    settings = pipeline.checked(_settings(output=output, **options))

    from newsbrief.console import NORMAL, VERBOSE, Reporter, verbosity
    from newsbrief.pipeline.progress import STAGES, STORY_STAGES

    # Messages on stderr, above one progress display that follows every stage (on a terminal).
    reporter = Reporter(
        verbosity(quiet, verbose), stages=STORY_STAGES if settings.per_story else STAGES
    )

    def report(skipped: pipeline.Skipped) -> None:
        # Each input left out is reported once, as it happens; a repeated input (or one
        # outside the date window) is no failure, so -q leaves it out.
        if skipped.kind == "error":
            reporter.error(f"skipped {skipped}")
        else:
            reporter.info(f"skipped {skipped}")

    def note(text: str) -> None:
        reporter.info(f"note: {text}")

    # 2. The pipeline: load, brief (per story with --per-story), render; JSON and per-story
    # lines are written as they are made, never held whole (newsbrief.pipeline.output).
    from newsbrief.pipeline.output import open_output, streams

    streamed = open_output(output) if streams(settings) else contextlib.nullcontext()
    # -v: each file a folder or glob holds that is not read, once.
    with reporter, streamed as out, reporter.passed_over():
        reporter.detail(_components(settings))
        for line in _hand_rules_only():
            reporter.detail(line)
        result = pipeline.run(
            settings, inputs, on_skip=report, on_note=note, on_progress=reporter.progress, out=out
        )
    # 3. The output, then the failures again in one list (every input left out with -v).
    if not result.streamed:
        _write(result.output, output)
    listed = [item for item in result.skipped if item.kind == "error" or reporter.level >= VERBOSE]
    if listed:
        reporter.line(
            f"newsbrief: {len(listed)} input(s) skipped, {len(result.corpus)} document(s) used:",
            NORMAL,
        )
        for item in listed:
            reporter.line(f"  - {printable(str(item))}", NORMAL)
    # Repeated inputs are counted once and reported, but only real failures fail the run.
    if result.failed:
        sys.exit(1)


def _components(settings: Any) -> str:
    """``-v``: what the run uses, in one line."""
    annotators = ", ".join(settings.annotators) if settings.annotators is not None else "all"
    parser = settings.parser or "chosen per input"
    return (
        f"summarizer {settings.summarizer}, exporter {settings.exporter}, parser {parser}, "
        f"annotators {annotators or 'none'}, jobs {settings.jobs}"
    )


def _hand_rules_only() -> list[str]:
    """``-v``: the languages whose names are put in the nominative by the hand rules only, an
    optional package not being installed (``newsbrief[uk]``), one line each."""
    from newsbrief.languages.morphology import missing

    return [
        f"{code} names and roles in the nominative by the hand rules only: {what} not installed"
        for code, what in missing().items()
    ]


def _settings(
    *,
    output: str | None,
    format_: str | None,
    summarizer: str,
    sentences: int | None,
    words: int | None,
    overflow: bool,
    length: float | None,
    parser: str | None,
    language: str | None,
    since: Any,
    until: Any,
    stopwords: dict[str, frozenset[str]],
    strict: bool,
    title: str | None,
    order: str,
    quotes_per_speaker: int,
    summarizer_options: tuple[str, ...],
    export_options: tuple[str, ...],
    per_story: bool,
    story_dir: str | None,
    scheduler: str | None,
    jobs: int,
    cache: str | None,
    timeout: float,
) -> Any:
    """``build``'s options as the run's :class:`~newsbrief.pipeline.settings.Settings`."""
    from newsbrief import api
    from newsbrief.fetch.client import FetchOptions
    from newsbrief.pipeline import language_spec
    from newsbrief.pipeline.settings import Settings, make_budget

    if sum(bool(given) for given in (sentences, words, length)) > 1:
        raise click.UsageError("give one of --sentences, --words and --length")
    if since and until and until < since:
        raise click.UsageError(f"--until ({until}) is before --since ({since})")
    if scheduler and (since or until):
        raise click.UsageError("--since/--until cannot be used with --scheduler")
    if scheduler and not per_story:
        raise click.UsageError("--scheduler needs --per-story")
    if story_dir and not per_story:
        raise click.UsageError("--story-dir needs --per-story")
    if per_story and (title or (format_ and format_ != "json" and not story_dir)):
        raise click.UsageError("--per-story writes JSON Lines titled by story: no --title or -f")
    # With a story folder, -f is the story files' format (Markdown unless told).
    story_format = (format_ or "markdown") if story_dir else "json"
    exporter = _choose_exporter(story_format if per_story else format_, output)
    s_options = _options_for(
        "summarizer",
        api.get_summarizer(summarizer),
        _parse_options(summarizer_options, "--summarizer-option"),
    )
    e_options = _options_for(
        "exporter", exporter, _parse_options(export_options, "--export-option")
    )
    return Settings(
        summarizer=summarizer,
        options=s_options,
        budget=make_budget(sentences=sentences, words=words, overflow=overflow),
        title=title,
        order=order,
        quotes_per_speaker=quotes_per_speaker,
        exporter=exporter.name,
        export_options=e_options,
        # A language for every input travels as a parser option (to --scheduler workers too).
        parser=language_spec(parser, language),
        strict=strict,
        per_story=per_story,
        story_dir=story_dir,
        jobs=jobs,
        scheduler=scheduler,
        cache=cache,
        fetch=FetchOptions(timeout=timeout, deadline=3 * timeout),
        since=since,
        until=until,
        length=length,
        stopwords=stopwords,
    )


def _choose_exporter(format_: str | None, output: str | None) -> Any:
    from newsbrief import api
    from newsbrief.pipeline.output import unknown_extension

    if format_:
        return api.get_exporter(format_)
    if output and output != "-":
        by_path = api.exporter_for_path(output)
        if by_path is not None:
            return by_path
        known = {ext for e in api.get_exporters().values() for ext in e.extensions}
        reason = unknown_extension(output, known)
        if reason is not None:
            raise click.ClickException(reason)
    elif _isatty(sys.stdout):
        # Read on a terminal, Markdown's escapes (\$20, \[) are noise: plain text there,
        # Markdown when piped or redirected (what a file or another program wants).
        return api.get_exporter("text")
    return api.get_exporter("markdown")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a replaced stream without isatty, or a closed one
        return False


def _options_for(kind: str, component: Any, options: dict[str, str]) -> Mapping[str, Any]:
    """``-S``/``-O`` options as ``component`` takes them: typed and checked by its spec (an
    unknown key or bad value is one line), or, for a component without a spec, as before:
    JSON literals for a summarizer, strings for an exporter."""
    from newsbrief.options import component_options, spec_of

    if kind == "summarizer" and spec_of(component) is None:
        return _coerce_options(options)
    return component_options(kind, component, options)


def _coerce_options(options: dict[str, str]) -> dict[str, Any]:
    # For a summarizer without an option spec: JSON literals (numbers, booleans) become values.
    out: dict[str, Any] = {}
    for key, value in options.items():
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def _allow_private_hosts(value: bool) -> None:
    if value:
        from newsbrief.fetch.client import ALLOW_PRIVATE_ENV

        os.environ[ALLOW_PRIVATE_ENV] = "1"


def _write(text: str | bytes, output: str | None) -> None:
    """Write the output: always valid UTF-8, and to a file only whole.

    A file is written to a temporary file beside it and renamed over it on success, so a
    failure (a full disk, an encoding error) never leaves a half-written or emptied file;
    a device or pipe (``/dev/stdout``, a FIFO) is written directly. Failures are one line.
    """
    from newsbrief.exporters.json_exporter import utf8_bytes

    data = text if isinstance(text, bytes) else utf8_bytes(text)
    if output is None or output == "-":
        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(
                data if isinstance(text, bytes) or text.endswith("\n") else data + b"\n"
            )
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            # The reader went away (| head): not an error of ours; silence the exit-time flush.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    from newsbrief.inputs import printable

    try:
        _write_file(output, data)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        if isinstance(error, FileNotFoundError):
            reason = f"no such folder: {os.path.dirname(os.path.abspath(output))}"
        raise click.ClickException(
            f"cannot write {printable(output)}: {printable(reason)}"
        ) from None
    except ValueError as error:  # a NUL in the name (from Python: argv cannot hold one)
        raise click.ClickException(f"cannot write {printable(output)}: {error}") from None


def _write_file(output: str, data: bytes) -> None:
    import stat
    import tempfile

    try:
        mode = os.stat(output).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a directory")
        with open(output, "wb") as device:  # /dev/full, /dev/stdout, a FIFO: no renaming
            device.write(data)
        return
    folder = os.path.dirname(os.path.abspath(output))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".newsbrief-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temporary, stat.S_IMODE(mode))  # a replaced file keeps its permissions
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # as open() would have created it
        os.replace(temporary, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@cli.command()
@click.argument("file")
@click.option("--summarizer", default="lexrank", show_default=True, help="Summarizer name.")
@_budget_options(SUMMARY_SENTENCES)
@click.option("--parser", help="Force this parser.")
@click.option(
    "--language",
    metavar="CODE",
    callback=lambda ctx, param, value: _language_option(value),
    help="The file's language (ISO 639 code or BCP 47 tag), instead of the declared or detected.",
)
@_window_options
@_stopwords_options
@click.option("--scores", is_flag=True, help="Print each sentence's score and offsets too.")
def summarize(
    file: str,
    summarizer: str,
    sentences: int | None,
    words: int | None,
    overflow: bool,
    length: float | None,
    parser: str | None,
    language: str | None,
    since: Any,
    until: Any,
    stopwords: dict[str, frozenset[str]],
    scores: bool,
) -> None:
    """Summarize one FILE (or - for stdin) and print the selected sentences.

    A feed or a file of records is summarized one article at a time. A folder is refused:
    newsbrief build reads folders.
    """
    from newsbrief import api
    from newsbrief.inputs import printable
    from newsbrief.nlp.stopwords import using_stopwords
    from newsbrief.pipeline import Settings, load, make_budget, segmented
    from newsbrief.pipeline.window import apply_window

    if sum(bool(given) for given in (sentences, words, length)) > 1:
        raise click.UsageError("give one of --sentences, --words and --length")
    if since and until and until < since:
        raise click.UsageError(f"--until ({until}) is before --since ({since})")
    if file != "-" and os.path.isdir(file):
        # One file, as the help says: a folder's articles are briefed together by build.
        raise click.ClickException(
            f"{printable(file)} is a folder: summarize reads one file "
            "(newsbrief build reads a folder)"
        )
    corpus = load(file, parser=parser, language=language, strict=True)
    if not corpus.documents:
        raise click.ClickException(f"{file}: no readable article")
    # A feed or a file of records holds several articles: the window applies to each.
    corpus = apply_window(
        corpus,
        since,
        until,
        on_skip=lambda item: click.echo(f"newsbrief: skipped {printable(str(item))}", err=True),
        on_note=lambda text: click.echo(f"newsbrief: note: {printable(text)}", err=True),
    )
    budget = make_budget(
        # The API's default, read when the command runs (one number for both).
        sentences=sentences if sentences or words else api.SUMMARY_SENTENCES,
        words=words,
        overflow=overflow,
    )
    for document in corpus.documents:
        if length is not None:  # a share of this document's words
            budget = Settings(length=length, budget=budget).budget_for([segmented(document)])
        with using_stopwords(stopwords):
            items = api.summarize(document, summarizer, budget=budget)
        for item in items:
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
        # Runs every hook once and never fails itself: this is the command for diagnosing.
        payload: list[dict[str, Any]] = [
            {"plugin": e.plugin, "distribution": e.distribution, "error": e.message}
            for e in host.collect_errors()
        ]
    else:
        payload = host.describe(include_builtin=all_)
    click.echo(json.dumps(payload, indent=2, ensure_ascii=False))


#: How each kind of component is given options on the command line.
_OPTION_SYNTAX = {
    "parser": "--parser NAME:KEY=VALUE,...",
    "summarizer": "-S KEY=VALUE",
    "exporter": "-O KEY=VALUE",
}


def listed_options(kind: str, component: Any) -> Any:
    """The options a user can give ``component`` (a parser's include ``language``), or ``None``
    when it declares none."""
    from newsbrief.options import spec_of
    from newsbrief.parsers.options import PARSER_OPTIONS

    spec = spec_of(component)
    if kind == "parser":
        return PARSER_OPTIONS + spec if spec is not None else None
    return spec


@cli.command(name="list")
@click.option(
    "--options",
    "show_options",
    is_flag=True,
    help="Under each parser, summarizer and exporter, its options: name, type, default, help.",
)
def list_command(show_options: bool) -> None:
    """List parsers, summarizers, exporters and annotators, one line each."""
    from newsbrief.options import describe
    from newsbrief.plugins import COMPONENT_HOOKS, get_host

    host = get_host()
    if show_options:
        given = ", ".join(f"{syntax} ({kind})" for kind, syntax in _OPTION_SYNTAX.items())
        click.echo(f"Options are given as {given}.")
    listed = [(kind, host.registry(kind).entries()) for kind in COMPONENT_HOOKS]
    # One column for every name, however long (sumy-edmundson), so descriptions line up.
    width = max([12, *(len(entry.name) for _, entries in listed for entry in entries)])
    for kind, entries in listed:
        for entry in entries:
            description = getattr(entry.component, "description", "")
            click.echo(f"{kind:<10} {entry.name:<{width}} {description}")
            if not show_options or kind not in _OPTION_SYNTAX:
                continue
            spec = listed_options(kind, entry.component)
            if spec is None:
                click.echo("    (options not declared: passed to it unchecked)")
            elif not len(spec):
                click.echo("    (no options)")
            for option in spec or ():
                click.echo(f"    {describe(option)}")


@cli.command(name="cache")
@click.option("--path", "path_only", is_flag=True, help="Print the cache folder's path only.")
@click.option(
    "--clear",
    is_flag=True,
    help="Delete what newsbrief keeps there (always safe: it is written again when needed).",
)
def cache_command(path_only: bool, clear: bool) -> None:
    """Show newsbrief's cache folder and what it holds; --clear empties it.

    The cache keeps the language model's arrays, so that a process starts without reading the
    model (about 90 MB). The folder is NEWSBRIEF_CACHE_DIR, else the user cache folder
    (~/.cache/newsbrief on Linux); NEWSBRIEF_CACHE_DIR="" turns the cache off. Only the
    folders newsbrief writes there are measured and cleared.

    \b
    Examples:
      newsbrief cache
      du -sh "$(newsbrief cache --path)"
      newsbrief cache --clear
    """
    from newsbrief.languages import array_cache

    if path_only and clear:
        raise click.UsageError("give one of --path and --clear")
    root = array_cache.cache_root()
    chosen = os.environ.get(array_cache.CACHE_ENV)
    named = array_cache.named_folder() if root is None else None
    blocking = array_cache.file_in_the_way(named) if named is not None else None
    if named is not None and blocking is not None and blocking != named:
        # Below a file: the folder can never be made, so nothing is or will be kept there.
        where = f"{array_cache.CACHE_ENV}={chosen!r}" if chosen else str(named)
        why = f"{where} lies below {blocking}, a file, not a folder"
        if path_only or clear:
            raise click.ClickException(f"no usable cache folder: {why}")
        click.echo(f"Cache folder: not usable ({why}: nothing can be kept)")
        return
    if root is None:
        if named is not None:  # there, but a file: nothing can be kept below it
            where = f"{array_cache.CACHE_ENV}={chosen!r} names" if chosen else f"{named} is"
            why = f"{where} a file, not a folder"
        elif chosen is None:
            why = "no home folder is known"
        elif not chosen.strip():
            why = f"{array_cache.CACHE_ENV} is empty"
        else:  # (``~someone/...`` for a user this machine does not know)
            why = f"{array_cache.CACHE_ENV}={chosen!r} names no folder"
        if path_only or clear:
            raise click.ClickException(f"no cache folder: {why}, so the cache is off")
        click.echo(f"Cache folder: none ({why}: the cache is off)")
        return
    if path_only:
        click.echo(str(root))
        return
    if clear:
        deleted = array_cache.clear(root)
        click.echo(f"Deleted {_files(deleted.files)} ({_size(deleted.size)}) from {root}")
        for name, left in array_cache.usage(root).items():
            if left.files:  # not trusted (another user's) or written meanwhile
                click.echo(
                    f"Left {_files(left.files)} ({_size(left.size)}) in {root / name}: "
                    "not this user's, or written meanwhile"
                )
        return
    labels = ["Cache folder:", *(f"{label}:" for label in array_cache.KEPT.values())]
    width = max(len(label) for label in labels) + 1
    click.echo(f"{labels[0]:<{width}}{root}")
    for (name, label), used in zip(
        array_cache.KEPT.items(), array_cache.usage(root).values(), strict=True
    ):
        if (root / name).is_symlink():
            held = "a link, not followed"
        else:
            held = f"{_files(used.files)}, {_size(used.size)}" if used.files else "nothing yet"
        click.echo(f"{label + ':':<{width}}{held} ({name}/)")


def _files(count: int) -> str:
    return f"{count:,} file{'' if count == 1 else 's'}"


def _size(size: int) -> str:
    """``90.2 MiB``, ``12.0 KiB``, ``512 bytes``."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsbrief")
