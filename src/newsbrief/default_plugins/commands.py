"""Built-in commands added through ``register_commands``, the hook third-party plugins use."""

from __future__ import annotations

from typing import Any

import click

from newsbrief.hookspecs import hookimpl


@click.command(name="schema")
def schema_command() -> None:
    """Print the JSON Schema of the json format (newsbrief.briefing/1).

    \b
    Example:
      newsbrief schema > briefing.schema.json
    """
    from importlib.resources import files

    from newsbrief.exporters.json_exporter import SCHEMA_RESOURCE

    text = files("newsbrief").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    click.echo(text, nl=not text.endswith("\n"))


@hookimpl(trylast=True)
def register_commands(cli: Any) -> None:
    """``newsbrief schema``."""
    cli.add_command(schema_command)
