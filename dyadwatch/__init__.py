"""dyadwatch: news and opinion about international politics, turned into evidence."""

from importlib.metadata import PackageNotFoundError, version

from .article import Article, Entity, Event, TechniqueSpan
from .config import load_config
from .pipeline import Pipeline, process_batch

try:
    __version__ = version("dyadwatch")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

__all__ = ["Article", "Entity", "Event", "Pipeline", "TechniqueSpan", "__version__",
           "load_config", "process_batch"]
