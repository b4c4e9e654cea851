"""Search over the content, for words families actually type. Never imports Qt."""

from allguide.search.engine import QueryError, SearchEngine, SearchHit, SearchResponse

__all__ = ["QueryError", "SearchEngine", "SearchHit", "SearchResponse"]
