"""The formatting helper for translated strings never re-reads user text."""

from __future__ import annotations

from allguide.ui.wording import fill


def test_values_go_in_order() -> None:
    assert fill("%1 – %2", "Search", "AllGuide") == "Search – AllGuide"


def test_translators_may_reorder_placeholders() -> None:
    assert fill("%2, %1", "a", "b") == "b, a"


def test_user_text_that_looks_like_a_placeholder_stays_literal() -> None:
    assert fill("Results for “%1”: %2", "%2", 3) == "Results for “%2”: 3"
    assert fill("Nothing found for “%1”.", "%1%1") == "Nothing found for “%1%1”."


def test_a_placeholder_without_a_value_is_left_visible() -> None:
    assert fill("%1 and %3", "x") == "x and %3"
