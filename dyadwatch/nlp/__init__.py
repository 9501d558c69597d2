"""The NLP layer: spaCy loading and the bridge from a spaCy `Doc` to the `Article`.

Only this package (and stages that need the parse) import spaCy; the Doc lives in
`article.cache["doc"]` and is never serialised.
"""

from .model import load_nlp
from .parse import get_doc

__all__ = ["get_doc", "load_nlp"]
