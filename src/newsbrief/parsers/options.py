"""Parser options: ``--parser json:text=body,title=headline``.

A parser that takes options declares them (``options``, an :class:`~newsbrief.options.OptionSpec`)
and has a ``configure(options) -> parser`` method returning a configured copy (the registered
instance is never changed). :func:`configured` applies options to any parser: it checks them
against the parser's spec first (an unknown key is an :class:`~newsbrief.options.OptionError`,
a :class:`ValueError`, with a "did you mean") and hands ``configure`` the given ones, typed. A
parser without a spec (a plugin written before specs) gets its options as strings, unchanged,
and raises :class:`ValueError` itself for one it does not take.

Every parser takes ``language=CODE`` (``--parser text:language=uk``), handled here rather than
by each parser: the documents it reads are in that language, whatever the input declares or
the text looks like. The precedence is option > declared in the input > detected.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsbrief.options import Option, OptionSpec, spec_of

_END = object()

#: The option every parser takes: the language of the documents it reads.
LANGUAGE_OPTION = "language"

#: The options every parser takes, besides its own.
PARSER_OPTIONS = OptionSpec(
    Option(
        LANGUAGE_OPTION,
        str,
        None,
        "The language of every document read (ISO 639 code or BCP 47 tag), instead of what "
        "the input declares or looks like.",
    )
)


def parse_spec(spec: str) -> tuple[str, dict[str, str]]:
    """Split ``"json:text=body,title=headline"`` into ``("json", {"text": "body", ...})``."""
    name, _, rest = spec.partition(":")
    options: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise ValueError(f"parser option {item!r} is not key=value")
        options[key.strip()] = value.strip()
    return name.strip(), options


def configured(parser: Any, options: Mapping[str, str]) -> Any:
    """``parser`` configured with ``options`` (``parser`` itself when there are none).

    ``language`` is taken by every parser (:class:`WithLanguage`); the other options are
    checked against the parser's spec (when it declares one) and go to its ``configure``.
    Raises :class:`ValueError` for an option the parser does not take, a bad value, or a
    language that names no language.
    """
    from newsbrief.languages.detect import parse_language

    rest = {key: value for key, value in options.items() if key != LANGUAGE_OPTION}
    language = None
    if LANGUAGE_OPTION in options:
        try:
            language = parse_language(options[LANGUAGE_OPTION])
        except ValueError as error:
            raise ValueError(f"option language: {error}") from None
    if rest:
        spec = spec_of(parser)
        every = PARSER_OPTIONS + (spec or OptionSpec())
        if spec is not None:
            rest = dict(every.parse(rest, f"{parser.name} parser", defaults=False))
        configure = getattr(parser, "configure", None)
        if configure is None and spec is None:
            # No spec and no configure: nothing but language is known.
            raise every.unknown(sorted(rest)[0], f"{parser.name} parser")
        if configure is None:
            raise ValueError(f"the {parser.name} parser declares options but has no configure")
        parser = configure(rest)
    return WithLanguage(parser, language) if language else parser


def with_spec_options(parser: Any, spec: str) -> Any:
    """``parser`` configured with the options of ``spec`` (``:language=uk``; the name, if any,
    is not read): how a language given for every input reaches parsers chosen by sniffing."""
    return configured(parser, parse_spec(spec)[1])


class WithLanguage:
    """A parser whose documents are all in one given language (the ``language`` option).

    Everything but :meth:`parse` is the wrapped parser's, so it sniffs, names and configures
    itself as before.
    """

    def __init__(self, parser: Any, language: str) -> None:
        """Wrap ``parser``; ``language`` is an ISO 639-1 code (already checked)."""
        #: The parser that reads the input.
        self.parser = parser
        #: The language every document gets.
        self.language = language

    def __getattr__(self, name: str) -> Any:
        # Only called for what this class lacks: name, description, extensions, sniff...
        if name == "parser" or name.startswith("__"):
            raise AttributeError(name)  # not set yet (unpickling), or a protocol probe
        return getattr(self.parser, name)

    def configure(self, options: Mapping[str, str]) -> Any:
        """The wrapped parser configured with ``options``, still in this language unless they
        give another one."""
        return configured(self.parser, {LANGUAGE_OPTION: self.language, **options})

    def parse(self, raw: Any) -> Iterator[Any]:
        """The wrapped parser's documents (and problems), each document in :attr:`language`."""
        from newsbrief.languages.detect import given_language

        # The parser detects no language: this one replaces whatever it would find. The
        # parser may work when called (a guarded one reads everything) or when iterated.
        with given_language(self.language):
            results = iter(self.parser.parse(raw))
        while True:
            with given_language(self.language):
                result = next(results, _END)
            if result is _END:
                return
            yield in_language(result, self.language)


def in_language(result: Any, language: str) -> Any:
    """One result of a parse: a document given ``language`` (what :class:`WithLanguage` does
    to each; a JSON Lines input parsed in pieces does the same in each piece), else (a
    problem) as it is."""
    from newsbrief.model import Document

    if not isinstance(result, Document):
        return result
    return attrs.evolve(result, metadata=attrs.evolve(result.metadata, language=language))


def parse_bool(key: str, value: str) -> bool:
    """``true``/``false`` (and ``yes``/``no``, ``on``/``off``, ``1``/``0``) as a bool."""
    lowered = str(value).strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    raise ValueError(f"option {key!r} takes true or false, not {value!r}")
