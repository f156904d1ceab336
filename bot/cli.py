"""The `conduct` command. Each area registers its own commands, so the CLI is one thin door.

Heavy imports (torch, chromadb) happen inside commands, never at start-up: `conduct check`
and `conduct rules` must stay instant.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="Cited guidance on council codes of conduct."
)

# Each module exposes `register(app)`.
_COMMAND_MODULES = (
    "ingest.commands",  # ingest [--check]
    "bot.commands",  # ask, show
    "bot.rules.commands",  # check, rules
    "bot.api.commands",  # serve
    "bot.slack.commands",  # slack --socket
    "bot.audit.commands",  # audit export
    "eval.commands",  # eval
)

for _name in _COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()
