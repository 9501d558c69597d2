"""Finding knowledge-base names and role words in a parsed document.

One left-to-right pass: at each token, the longest alias starting there (a dict lookup per
candidate length, only for tokens that start some alias), yielding to a longer alias that starts
inside it ("the West Bank" is not "the West"), honouring case where an alias asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .codebook import KnowledgeBase
from .phrase import Match

if TYPE_CHECKING:
    from spacy.tokens import Doc

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "gen.", "gen", "lt.", "col.", "maj.", "capt.", "sgt.", "sen.", "rep.",
                        "gov.", "prof.", "rev.", "sheikh", "madame", "monsieur", "lord", "lady"})


def find_matches(doc: Doc, words: list[str], texts: list[str], kb: KnowledgeBase
                 ) -> list[Match]:
    """All matches of `doc` (token texts `texts`, normalised `words`), in text order."""
    out = []
    for m in scan(words, texts, kb):
        span = doc[m.start:m.end]
        m.char_start, m.char_end = span.start_char, span.end_char
        if not _part_of_other_name(doc, words, kb, m):
            out.append(m)
    return out


def scan(words: list[str], texts: list[str], kb: KnowledgeBase) -> list[Match]:
    """Greedy longest KB matches over tokens (`words` normalised, `texts` as written)."""
    index, first = kb.index, kb.first
    n = len(words)
    out: list[Match] = []
    i = 0
    while i < n:
        lengths = first.get(words[i])
        step = 1
        if lengths:
            for length in lengths:
                if i + length > n:
                    continue
                candidates = index.get(tuple(words[i:i + length]))
                if not candidates:
                    continue
                aliases = [a for a, toks in candidates
                           if case_ok(texts[i:i + length], toks, a.exact_case)]
                if aliases:
                    if _overtaken(words, kb, i, i + length):
                        break  # "the West Bank": "West Bank" wins over "the West"
                    out.append(Match(i, i + length, aliases))
                    step = length
                    break
        i += step
    return out


def _part_of_other_name(doc: Doc, words: list[str], kb: KnowledgeBase, match: Match) -> bool:
    """"Ahmed Sharif Chaudhry" is not the Chaudhry the KB knows: a known surname inside a
    longer unknown name is dropped (titles such as "Mrs." or "President" may precede it), and so
    is a place name inside a person's name."""
    first = doc[match.start]
    if first.ent_type_ == "PERSON" and all(a.entry.kind in ("state", "capital", "region")
                                           for a in match.aliases):
        # "Sofia Coppola", "Chad Smith": a place or state name inside a person's name.
        end = match.end
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].tag_ != "POS" \
                and doc[end].text not in ("'", "’"):
            end += 1  # (but "Solomon Islands' prime minister" ends at the possessive)
        return first.ent_iob_ == "I" or end > match.end
    if first.ent_iob_ != "I" or any(a.entry.kind != "person" for a in match.aliases):
        return False
    j = match.start - 1
    while j >= 0 and doc[j].ent_iob_ in ("I", "B"):
        word = words[j]
        if word not in HONORIFICS and not kb.index.get((word,)):
            return True
        if doc[j].ent_iob_ == "B":
            break
        j -= 1
    return False


def _overtaken(words: list[str], kb: KnowledgeBase, start: int, end: int) -> bool:
    """Whether a match starting inside [start, end) reaches further than `end`."""
    first, index = kb.first, kb.index
    for j in range(start + 1, end):
        for length in first.get(words[j], ()):
            if j + length > end and j + length <= len(words) and \
                    tuple(words[j:j + length]) in index:
                return True
    return False


def case_ok(texts: list[str], tokens: tuple[str, ...], exact: bool) -> bool:
    """Capitalised alias words must be capitalised in the text; short acronyms match exactly."""
    for text, alias_token in zip(texts, tokens, strict=True):
        if exact:
            if text != alias_token:
                return False
        elif alias_token[:1].isupper() and not text[:1].isupper():
            return False
    return True
