import io
from pathlib import Path

import pytest

from dyadwatch.errors import DataError, InputError
from dyadwatch.rhetoric.semeval import (
    LabelRow,
    read_articles,
    read_corpus,
    read_labels,
    read_template,
    write_rows,
)


def test_tc_rows_round_trip_with_commas_in_labels(tmp_path: Path) -> None:
    rows = [LabelRow("111", "Name_Calling,Labeling", 3, 10),
            LabelRow("111", "Whataboutism,Straw_Men,Red_Herring", 0, 25),
            LabelRow("222", "Loaded_Language", 5, 9)]
    out = io.StringIO()
    assert write_rows(rows, out) == 3
    path = tmp_path / "pred.labels"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert out.getvalue().splitlines()[0] == "111\tName_Calling,Labeling\t3\t10"
    assert read_labels(path) == rows


def test_si_rows_read_with_unknown_technique(tmp_path: Path) -> None:
    path = tmp_path / "a.task-si.labels"
    path.write_text("7\t1\t4\n7\t9\t12\n", encoding="utf-8")
    assert read_labels(path) == [LabelRow("7", "?", 1, 4), LabelRow("7", "?", 9, 12)]


def test_template_keeps_order_and_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "template.out"
    path.write_text("2\t?\t5\t9\n1\t?\t0\t3\n2\t?\t5\t9\n", encoding="utf-8")
    assert [(r.article_id, r.start) for r in read_template(path)] == [("2", 5), ("1", 0),
                                                                      ("2", 5)]


@pytest.mark.parametrize("line", ["1\t?\t5", "1\t?\tfive\t9", "1\t?\t9\t5", "\t?\t1\t2"])
def test_malformed_template_row_names_the_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "template.out"
    path.write_text(f"1\t?\t0\t3\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_template(path)


def test_read_articles_by_id(tmp_path: Path) -> None:
    (tmp_path / "article42.txt").write_text("Title\n\nBody “quoted”.", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert read_articles(tmp_path) == {"42": "Title\n\nBody “quoted”."}
    with pytest.raises(InputError):
        read_articles(tmp_path / "missing")


def test_read_corpus_checks_offsets(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels" / "task-flc-tc").mkdir(parents=True)
    (tmp_path / "articles" / "article1.txt").write_text("short", encoding="utf-8")
    label = tmp_path / "labels" / "task-flc-tc" / "article1.task-flc-tc.labels"
    label.write_text("1\tDoubt\t0\t5\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert corpus.labels["1"] == [LabelRow("1", "Doubt", 0, 5)]
    label.write_text("1\tDoubt\t0\t50\n", encoding="utf-8")
    with pytest.raises(DataError, match="past the end"):
        read_corpus(tmp_path)
