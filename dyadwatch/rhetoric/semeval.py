"""SemEval-2020 Task 11 files: article folders, label files, span templates and TSV output.

Articles are `article<ID>.txt`; label rows are `ID<TAB>technique<TAB>start<TAB>end` (TC) or
`ID<TAB>start<TAB>end` (SI); templates are TC rows with `?` as the technique. Offsets are
Python `str` indices, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import DataError, InputError

ARTICLE_FILE = re.compile(r"^article(\w+)\.txt$")


@dataclass(frozen=True)
class LabelRow:
    """One labelled (or to-be-labelled, technique `?`) span of one article."""

    article_id: str
    technique: str
    start: int
    end: int


def read_articles(folder: str | Path) -> dict[str, str]:
    """Every `article<ID>.txt` in `folder` (sorted by file name), as {ID: text}."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"{path} is not a folder; give a folder of article<ID>.txt files")
    articles: dict[str, str] = {}
    for file in sorted(path.iterdir()):
        match = ARTICLE_FILE.match(file.name)
        if match is None or not file.is_file():
            continue
        try:
            articles[match.group(1)] = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{file} is not UTF-8 text: {e}") from e
    if not articles:
        raise InputError(f"{path} has no article<ID>.txt files")
    return articles


def parse_rows(lines: Iterable[str], *, origin: str, template: bool = False) -> list[LabelRow]:
    """Parse TC rows (4 fields) or SI rows (3 fields, technique `?`); errors name the line."""
    rows: list[LabelRow] = []
    error = InputError if template else DataError
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) == 3 and not template:
            parts = [parts[0], "?", parts[1], parts[2]]
        if len(parts) != 4 or not parts[0].strip():
            raise error(f"{origin} line {number}: expected ID<TAB>technique<TAB>start<TAB>end, "
                        f"got {line!r}")
        try:
            start, end = int(parts[2]), int(parts[3])
        except ValueError as e:
            raise error(f"{origin} line {number}: start and end must be integers, "
                        f"got {line!r}") from e
        if not 0 <= start < end:
            raise error(f"{origin} line {number}: need 0 <= start < end, got {start}..{end}")
        rows.append(LabelRow(parts[0].strip(), parts[1].strip(), start, end))
    return rows


def read_labels(path: str | Path) -> list[LabelRow]:
    """Label rows from one file or from every `*.labels` file in a folder."""
    p = Path(path)
    files = sorted(p.glob("*.labels")) if p.is_dir() else [p]
    rows: list[LabelRow] = []
    for file in files:
        if not file.is_file():
            raise InputError(f"label file {file} does not exist")
        with file.open(encoding="utf-8") as f:
            rows.extend(parse_rows(f, origin=str(file)))
    return rows


def read_template(path: str | Path) -> list[LabelRow]:
    """A span template (`ID<TAB>?<TAB>start<TAB>end` rows), in file order."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"span template {p} does not exist")
    with p.open(encoding="utf-8") as f:
        return parse_rows(f, origin=str(p), template=True)


def write_rows(rows: Iterable[LabelRow], out: TextIO) -> int:
    """Write SemEval TC rows; returns how many were written."""
    n = 0
    for row in rows:
        out.write(f"{row.article_id}\t{row.technique}\t{row.start}\t{row.end}\n")
        n += 1
    return n


@dataclass
class Corpus:
    """A labelled PTC-style corpus: texts and gold TC rows by article id."""

    texts: dict[str, str]
    labels: dict[str, list[LabelRow]]


def read_corpus(folder: str | Path) -> Corpus:
    """Read a PTC train folder: `articles/` + `labels/task-flc-tc/` (or TC files next to them)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"corpus folder {root} does not exist")
    articles_dir = root / "articles" if (root / "articles").is_dir() else root
    texts = read_articles(articles_dir)
    label_dir = next((d for d in (root / "labels" / "task-flc-tc", root / "labels", articles_dir)
                      if d.is_dir() and any(d.glob("*.task-flc-tc.labels"))), None)
    if label_dir is None:
        raise InputError(f"{root} has no *.task-flc-tc.labels files (expected under "
                         "labels/task-flc-tc/); give the PTC train folder")
    labels: dict[str, list[LabelRow]] = {a: [] for a in texts}
    for file in sorted(label_dir.glob("*.task-flc-tc.labels")):
        with file.open(encoding="utf-8") as f:
            for row in parse_rows(f, origin=str(file)):
                if row.article_id in labels:
                    labels[row.article_id].append(row)
    for article_id, rows in labels.items():
        n = len(texts[article_id])
        bad = [r for r in rows if r.end > n]
        if bad:
            raise DataError(f"article {article_id}: span {bad[0].start}..{bad[0].end} is past "
                            f"the end of the text ({n} characters)")
    return Corpus(texts, labels)
