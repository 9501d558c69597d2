from dyadwatch import errors


def test_exit_codes_are_pinned_and_documented():
    classes = {
        errors.DyadwatchError: 1, errors.InputError: 3, errors.FetchError: 4,
        errors.ConfigError: 5, errors.ModelError: 6, errors.DataError: 7,
        errors.SchemaError: 7, errors.ProcessingError: 8, errors.UnknownCodeError: 9,
    }
    for cls, code in classes.items():
        assert cls.exit_code == code, cls
        assert code in errors.EXIT_CODES
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "exit-codes.md").read_text()
    for code in errors.EXIT_CODES:
        assert f"| {code} |" in doc
