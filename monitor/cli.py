"""The `monitor` command line: one thin click command per user task.

Each command delegates to a module that holds the logic; nothing here knows
about extraction rules, Kafka internals or fact merging.
"""
from __future__ import annotations

import json
import sys

import click


@click.group()
@click.version_option(package_name="monitor")
def main() -> None:
    """Watch news feeds, keep a running fact table, alert when a figure changes."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="pretty", show_default=True)
def extract(files: tuple[str, ...], fmt: str) -> None:
    """Extract counts and people from article FILES (text or HTML)."""
    from monitor.extract import extract_file

    for path in files:
        result = extract_file(path)
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            click.echo(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
