"""The `dyadwatch` command line: thin commands that parse input, call the library and map
errors to the exit codes of docs/exit-codes.md."""

from __future__ import annotations

import logging
import sys

import click

from ..errors import DyadwatchError
from .app import cli


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the CLI and turn errors into one line + an exit code."""
    try:
        result = cli.main(args=argv, prog_name="dyadwatch", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except DyadwatchError as e:
        click.echo(f"error: {e}", err=True)
        return e.exit_code
    except BrokenPipeError:
        return 0
    except Exception as e:  # the last line of defence: one line, never a traceback
        logging.getLogger("dyadwatch").debug("internal error", exc_info=True)
        click.echo(
            f"internal error: {type(e).__name__}: {e} (run with --debug for details and "
            "please report it)", err=True)
        if "--debug" in (argv if argv is not None else sys.argv):
            raise
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
