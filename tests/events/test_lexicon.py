"""The packaged trigger lexicon: valid against the codebooks, broad, indexed."""

import pytest

from dyadwatch.codebooks import cameo_codes, plover_types
from dyadwatch.errors import DataError
from dyadwatch.events.lexicon import parse_lexicon, trigger_lexicon


def test_packaged_lexicon_is_broad_and_valid():
    index = trigger_lexicon()
    entries = [e for group in index.values() for e in group if not e.blocks_only]
    assert len(entries) >= 400
    assert {e.coding.type for e in entries} == set(plover_types())
    assert all(e.coding.cameo in cameo_codes() for e in entries)
    assert sum(e.multiword for e in entries) >= 100


def test_index_puts_longest_pattern_first():
    patterns = [e.words for e in trigger_lexicon()["call"]]
    assert patterns == sorted(patterns, key=len, reverse=True)


@pytest.mark.parametrize("row", [
    "attack\tV\t190\tASSAULT\tnot-a-mode\t-",
    "attack\tV\t999\tASSAULT\t-\t-",
    "attack\tV\t190\tATTACK\t-\t-",
    "attack\tX\t190\tASSAULT\t-\t-",
    "attack\tV\t190\tASSAULT\t-\tbogus",
    "attack\tV\t190",
])
def test_bad_rows_are_refused_with_the_line(row):
    with pytest.raises(DataError, match="line 2"):
        parse_lexicon("pattern\tpos\tcameo\ttype\tmode\tflags\n" + row)


def test_state_alternative_is_parsed():
    [entry] = parse_lexicon("protest\tV\t141\tPROTEST\tdemo\tstate=ACCUSE:disapprove:114")
    assert entry.state is not None and entry.state.type == "ACCUSE"


def test_blocking_phrases_stop_shorter_triggers_but_code_nothing():
    entries = [e for group in trigger_lexicon().values() for e in group if e.blocks_only]
    assert any(e.words == ("agree", "with") for e in entries)
    assert all(e.coding.cameo == "" for e in entries)
