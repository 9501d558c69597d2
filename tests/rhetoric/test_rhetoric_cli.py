from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli.rhetoric import rhetoric
from dyadwatch.errors import InputError

TEXTS = {
    "101": "Tyrants and Liars\n\nThe corrupt tyrants lie every day.\nThey lie and lie again.",
    "202": "Quiet day\n\nThe committee met on Monday and adjourned.",
}


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article_id, text in TEXTS.items():
        (folder / f"article{article_id}.txt").write_text(text, encoding="utf-8")
    return folder


def test_group_has_detect_and_train() -> None:
    result = CliRunner().invoke(rhetoric, ["--help"])
    assert result.exit_code == 0
    assert "detect" in result.output and "train" in result.output


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(rhetoric, [str(tmp_path / "nope"), "-o", "-"])
    assert isinstance(result.exception, InputError)


def test_template_for_unknown_article_is_an_input_error(article_dir: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.out"
    template.write_text("999\t?\t0\t4\n", encoding="utf-8")
    result = CliRunner().invoke(rhetoric, [str(article_dir), "--spans", str(template),
                                           "--model", str(tmp_path)])
    assert isinstance(result.exception, InputError)


@pytest.mark.models
def test_template_labelling_writes_one_row_per_template_row(article_dir: Path,
                                                            tmp_path: Path) -> None:
    template = tmp_path / "template.out"
    rows = [("101", 23, 30), ("101", 23, 30), ("202", 4, 13), ("101", 53, 69), ("101", 0, 6)]
    template.write_text("".join(f"{a}\t?\t{s}\t{e}\n" for a, s, e in rows), encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(rhetoric, [str(article_dir), "-o", str(out), "--format",
                                           "semeval", "--spans", str(template)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(a, int(s), int(e)) for a, _, s, e in lines] == rows
    assert lines[0][1] != lines[1][1]


@pytest.mark.models
def test_detect_writes_semeval_rows_with_valid_offsets(article_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(rhetoric, [str(article_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for line in out.read_text(encoding="utf-8").splitlines():
        article_id, _technique, start, end = line.split("\t")
        assert 0 <= int(start) < int(end) <= len(TEXTS[article_id])
