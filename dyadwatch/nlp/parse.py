"""The `nlp.parse` stage: sentences and entity mentions from the spaCy parse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..article import Article, Mention, Sentence, trim_span
from ..errors import InputError
from .model import load_nlp

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class ParseStage:
    """Parse articles with spaCy; `pipe` batches them through `nlp.pipe` for speed."""

    def __init__(self, nlp: Language, *, max_chars: int) -> None:
        self.nlp = nlp
        self.max_chars = max_chars

    def __call__(self, article: Article) -> Article:
        self._check(article)
        return attach_doc(article, self.nlp(article.text))

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Article]:
        batch = list(articles)
        for article in batch:
            self._check(article)
        docs = self.nlp.pipe((a.text for a in batch), batch_size=batch_size)
        for article, doc in zip(batch, docs, strict=True):
            yield attach_doc(article, doc)

    def _check(self, article: Article) -> None:
        if len(article.text) > self.max_chars:
            raise InputError(
                f"article {article.id} has {len(article.text):,} characters, more than "
                f"nlp.max_chars={self.max_chars:,}; split it or raise the limit"
            )


def make_parse_stage(config: dict[str, Any]) -> ParseStage:
    return ParseStage(load_nlp(config["nlp"]["model"]), max_chars=config["nlp"]["max_chars"])


def attach_doc(article: Article, doc: Doc) -> Article:
    """Fill sentences and mentions from `doc` and keep the Doc in the article's cache."""
    article.cache["doc"] = doc
    article.sentences = [
        Sentence(start, end)
        for start, end in (trim_span(article.text, s.start_char, s.end_char) for s in doc.sents)
        if end > start
    ]
    article.mentions = [
        Mention(ent.text, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents
    ]
    return article


def get_doc(article: Article) -> Doc:
    """The article's spaCy Doc, parsing it now if no stage has done so yet."""
    doc = article.cache.get("doc")
    if doc is None:
        doc = load_nlp()(article.text)
        attach_doc(article, doc)
    return doc
