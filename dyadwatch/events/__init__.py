"""Event coding: PLOVER 2.0 types and modes with CAMEO codes, Goldstein and QuadClass.

`events.code` (see `coder.py`) is the pipeline stage; `code_records` codes JSONL records for
the CLI, in-process or in a worker pool.
"""

from .batch import code_records

__all__ = ["code_records"]
