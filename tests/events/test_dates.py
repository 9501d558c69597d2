"""Date expressions resolved against the publication date."""

import datetime as dt

import pytest

from dyadwatch.events.dates import parse_published, resolve_date

PUBLISHED = dt.date(2021, 2, 10)  # a Wednesday


@pytest.mark.parametrize(("expression", "expected"), [
    ("on Tuesday", ("2021-02-09", "day")),
    ("Monday", ("2021-02-08", "day")),
    ("last Wednesday", ("2021-02-03", "day")),
    ("yesterday", ("2021-02-09", "day")),
    ("today", ("2021-02-10", "day")),
    ("two days ago", ("2021-02-08", "day")),
    ("last month", ("2021-01", "month")),
    ("this month", ("2021-02", "month")),
    ("last year", ("2020", "year")),
    ("in late June 2018", ("2018-06", "month")),
    ("January 2018", ("2018-01", "month")),
    ("March 3", ("2020-03-03", "day")),
    ("last November", ("2020-11", "month")),
    ("2018", ("2018", "year")),
    ("2019-05-04", ("2019-05-04", "day")),
])
def test_resolves_against_publication_date(expression, expected):
    assert resolve_date(expression, PUBLISHED) == expected


def test_future_weekday_looks_forward():
    assert resolve_date("on Friday", PUBLISHED, future=True) == ("2021-02-12", "day")
    assert resolve_date("next week", PUBLISHED) == ("2021-02-17", "day")


def test_no_date_in_vague_expressions():
    assert resolve_date("the 1990s", PUBLISHED) is None
    assert resolve_date("recently", PUBLISHED) is None
    assert resolve_date("last month", None) is None


def test_parse_published_accepts_timestamps():
    assert parse_published("2025-03-14 20:30:26Z") == dt.date(2025, 3, 14)
    assert parse_published("2000-01-01") == dt.date(2000, 1, 1)
    assert parse_published("not a date") is None
    assert parse_published(None) is None


def test_n_years_since_dates_the_act_n_years_back(code_text):
    article = code_text("Tens of thousands of people gathered Friday at the memorial cemetery to "
                        "mark 30 years since Bosnian Serb forces killed more than 8,000 Muslim "
                        "men and boys.", published="2025-07-11")
    assert not [e for e in article.events if e.type == "ASSAULT" and e.modality == "asserted"]
