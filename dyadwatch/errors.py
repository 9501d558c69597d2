"""Every error dyadwatch raises on purpose, each with the CLI exit code it maps to.

Messages say what happened and what to do about it, in one line. The table of exit codes is
documented in docs/exit-codes.md and pinned by tests/test_errors.py.
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base class; `exit_code` is what the CLI exits with."""

    exit_code = 1


class InputError(DyadwatchError):
    """The input cannot be read as an article (missing, empty, binary, undecodable)."""

    exit_code = 3


class FetchError(DyadwatchError):
    """A URL could not be fetched (timeout, HTTP error, wrong content type, too large)."""

    exit_code = 4


class ConfigError(DyadwatchError):
    """The configuration or pipeline definition is invalid."""

    exit_code = 5


class ModelError(DyadwatchError):
    """A model or its weights are missing or cannot be loaded."""

    exit_code = 6


class DataError(DyadwatchError):
    """A codebook, knowledge base, dictionary or corpus file is invalid."""

    exit_code = 7


class SchemaError(DataError):
    """Serialised article JSON does not match the schema this version reads."""


class ProcessingError(DyadwatchError):
    """A pipeline stage failed on an article."""

    exit_code = 8


class UnknownCodeError(DyadwatchError):
    """`dyadwatch explain` was asked about a code it does not know."""

    exit_code = 9


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "unexpected internal error (please report it with the command you ran)",
    2: "wrong command-line usage",
    3: "input cannot be read as an article (InputError)",
    4: "URL could not be fetched (FetchError)",
    5: "invalid configuration or pipeline (ConfigError)",
    6: "model missing or unloadable (ModelError)",
    7: "invalid data file, dictionary or corpus (DataError)",
    8: "a pipeline stage failed (ProcessingError)",
    9: "unknown code for explain (UnknownCodeError)",
}
