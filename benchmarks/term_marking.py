"""How long marking glossary words takes (allguide/content/terms.py): the real content
in each language, and glossaries far beyond any real one (content may be hostile).

Run: python benchmarks/term_marking.py
Prints figures only; it asserts nothing. "build" is making the marker (once per page
builder, on the first page shown); "mark" is marking every page of the content.
"""

from __future__ import annotations

import random
import string
import time

from allguide.content import load_bundled
from allguide.content.model import GlossaryTerm
from allguide.content.terms import TermMarker


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def real_content() -> None:
    for language in ("en", "es", "fr", "ar"):
        content = load_bundled(language).content
        bodies = [p.body for p in (*content.sections, *content.agents, *content.side_effects)]
        started = time.perf_counter()
        marker = TermMarker(content.glossary)
        built = time.perf_counter()
        marks = sum(len(list(marker.marks(body))) for body in bodies)
        done = time.perf_counter()
        print(
            f"{language}: {len(content.glossary)} terms, build {milliseconds(built - started)}, "
            f"mark {len(bodies)} pages {milliseconds(done - built)} ({marks} marks)"
        )


def hostile() -> None:
    rng = random.Random(1)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10)))

    page = " ".join(word() for _ in range(3000))  # about 20,000 characters, the limit
    for terms, aliases, first in ((2000, 0, ""), (2000, 200, ""), (2000, 200, "the ")):
        glossary = [
            GlossaryTerm(
                f"t{i}", first + word(), "d", tuple(first + word() for _ in range(aliases))
            )
            for i in range(terms)
        ]
        text = "the " * 3000 if first else page
        started = time.perf_counter()
        marker = TermMarker(glossary)
        built = time.perf_counter()
        marker.mark(text)
        done = time.perf_counter()
        shape = f"{terms} terms x {aliases + 1} spellings" + (
            f", all starting {first!r}" if first else ""
        )
        built_in, marked_in = milliseconds(built - started), milliseconds(done - built)
        print(f"{shape}: build {built_in}, mark one page {marked_in}")


if __name__ == "__main__":
    real_content()
    hostile()
