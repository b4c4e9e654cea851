"""rapidfuzz is imported by the first search that needs it (a typo), and SQLite only for a
large content, not by start-up or the window's warm-up: each was what kept the whole run's
peak memory over budget (issue 10; search/vocabulary.py, search/backends.py). A fresh
process shows what is imported when."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from allguide.content import load_bundled
from allguide.search import SearchEngine
engine = SearchEngine.for_content(load_bundled("en").content)
engine.prepare()
seen = {"prepared": "rapidfuzz" in sys.modules}
engine.search("tired")
seen["known words"] = "rapidfuzz" in sys.modules
found = engine.search("chemotrepy")
seen["a typo"] = "rapidfuzz" in sys.modules
seen["typo found"] = bool(found.hits or found.suggestions)
seen["sqlite"] = "sqlite3" in sys.modules
print(json.dumps(seen))
"""


def test_only_a_typo_imports_rapidfuzz() -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen == {
        "prepared": False,
        "known words": False,
        "a typo": True,
        "typo found": True,
        "sqlite": False,  # the bundled content is small: the Python index (backends.py)
    }
