"""Search over the content, for words families actually type. Never imports Qt."""

from allguide.search.engine import (
    QueryError,
    QueryProblem,
    SearchEngine,
    SearchHit,
    SearchResponse,
)

__all__ = ["QueryError", "QueryProblem", "SearchEngine", "SearchHit", "SearchResponse"]
