"""Resolve relative and partial date expressions against the publication date.

"on Tuesday", "last month", "in late June 2018", "two days ago" -> (ISO date, granularity).
ISO strings keep only the known precision: "2018-06-30" (day), "2018-06" (month), "2018" (year).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DAY, MONTH, YEAR = "day", "month", "year"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_NUM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_AGO = re.compile(r"\b(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago\b")


def parse_published(value: str | None) -> dt.date | None:
    """The date part of a publication timestamp ("2025-03-14 20:30:26Z", "2000-01-01")."""
    if not value:
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _fmt(day: dt.date, granularity: str) -> tuple[str, str]:
    if granularity == DAY:
        return day.isoformat(), DAY
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}", MONTH
    return f"{day.year:04d}", YEAR


def resolve_date(expression: str, published: dt.date | None, *,
                 future: bool = False) -> tuple[str, str] | None:
    """ISO date and granularity for a date expression, or None when it names no date."""
    text = expression.lower().strip()
    iso = _ISO.search(text)
    if iso:
        try:
            return _fmt(dt.date(int(iso[1]), int(iso[2]), int(iso[3])), DAY)
        except ValueError:
            return None
    words = re.findall(r"[a-z]+|\d+", text)
    year_match = _YEAR.search(text)
    year = int(year_match[1]) if year_match else None
    has_digit = any(w.isdigit() for w in words)
    # "may" and abbreviations are months only next to a number ("May 5", "Sept. 2019")
    month = next((MONTHS[w] for w in words
                  if w in MONTHS and (has_digit or (len(w) > 4 and w != "march")
                                      or w in ("june", "july"))), None)
    if month is not None:
        day_num = None
        for m in _DAY_NUM.finditer(text):
            value = int(m[1])
            if 1 <= value <= 31 and not (year and m[1] == str(year)):
                day_num = value
                break
        if year is None:
            if published is None:
                return None
            year = published.year
            if not future and (month, day_num or 1) > (published.month, published.day):
                year -= 1
            elif future and (month, day_num or 31) < (published.month, published.day):
                year += 1
        try:
            if day_num is not None:
                return _fmt(dt.date(year, month, day_num), DAY)
            return _fmt(dt.date(year, month, 1), MONTH)
        except ValueError:
            return _fmt(dt.date(year, month, 1), MONTH)
    if year is not None and not re.search(r"\d0s\b", text):
        return _fmt(dt.date(year, 1, 1), YEAR)
    if published is None:
        return None
    return _relative(text, words, published, future=future)


def _relative(text: str, words: list[str], published: dt.date, *,
              future: bool) -> tuple[str, str] | None:
    if "yesterday" in words:
        return _fmt(published - dt.timedelta(days=1), DAY)
    if "tomorrow" in words:
        return _fmt(published + dt.timedelta(days=1), DAY)
    if words and words[0] in ("today", "tonight") or "this morning" in text \
            or "this evening" in text or "this afternoon" in text:
        return _fmt(published, DAY)
    ago = _AGO.search(text)
    if ago:
        count = int(ago[1]) if ago[1].isdigit() else NUMBER_WORDS.get(ago[1])
        if count is None:
            return None
        unit = ago[2]
        if unit == "day":
            return _fmt(published - dt.timedelta(days=count), DAY)
        if unit == "week":
            return _fmt(published - dt.timedelta(days=7 * count), DAY)
        if unit == "month":
            y, m = _month_shift(published.year, published.month, -count)
            return _fmt(dt.date(y, m, 1), MONTH)
        return _fmt(dt.date(published.year - count, 1, 1), YEAR)
    for i, weekday in enumerate(WEEKDAYS):
        if weekday in words:
            delta = (published.weekday() - i) % 7
            if "next" in words or (future and "last" not in words):
                delta = -((i - published.weekday()) % 7 or 7)
            elif "last" in words and delta == 0:
                delta = 7
            return _fmt(published - dt.timedelta(days=delta), DAY)
    shift = -1 if "last" in words or "past" in words else 1 if "next" in words else 0
    if "month" in words:
        y, m = _month_shift(published.year, published.month, shift)
        return _fmt(dt.date(y, m, 1), MONTH)
    if "year" in words:
        return _fmt(dt.date(published.year + shift, 1, 1), YEAR)
    if "week" in words or "weekend" in words:
        return _fmt(published + dt.timedelta(days=7 * shift), DAY)
    return None


def date_of(anchor: Token, sent: Span, published: dt.date | None, *,
             future: bool) -> tuple[str, str] | None:
    """The date of the clause's own date expression, else the publication date."""
    best: tuple[int, Any] | None = None
    doc = sent.doc
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent.end < len(doc) and doc[ent.end].lower_ == "since" \
                and ent.end < anchor.i <= ent.end + 12:
            # "to mark 30 years since Bosnian Serb forces killed ...": 30 years ago
            since = resolve_date(ent.text + " ago", published, future=False)
            if since is not None:
                return since
        if ent.label_ != "DATE" or not _attaches(ent.root, anchor):
            continue
        distance = _tree_distance(ent.root, anchor)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is not None:
        resolved = resolve_date(best[1].text, published, future=future)
        if resolved is not None:
            return resolved
    if published is not None:
        return published.isoformat(), "day"
    return None


def _attaches(date_root: Token, anchor: Token) -> bool:
    """Whether a date phrase modifies the trigger's own clause, not another verb's, nor
    another noun ("called the move a violation of the 1974 agreement")."""
    if date_root.dep_ in ("nummod", "compound", "amod", "poss") and \
            date_root.head.pos_ in ("NOUN", "PROPN") and date_root.head.i != anchor.i:
        return False  # (but "the January 2018 uprising" dates the uprising itself)
    governing = {anchor.i}
    t = anchor
    while t.head.i != t.i and len(governing) < 12:
        t = t.head
        governing.add(t.i)
    t = date_root
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i in governing:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False  # "suspected of blowing up a plane in 1988"
    return False


def _tree_distance(a: Token, b: Token) -> int:
    chain = {}
    t, d = a, 0
    while True:
        chain[t.i] = d
        if t.head.i == t.i or d > 12:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while True:
        if t.i in chain:
            return chain[t.i] + d
        if t.head.i == t.i or d > 12:
            return 99 + abs(a.i - b.i)
        t, d = t.head, d + 1
