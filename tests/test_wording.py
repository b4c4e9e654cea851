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


def test_two_digit_placeholders_are_read_whole_as_in_qt() -> None:
    """Read "%10" as the tenth value (as QString::arg does), never "%1" followed by "0"."""
    values = "abcdefghijk"  # %1 is "a", %10 is "j", %11 is "k"
    assert fill("%10 then %11 then %1", *values) == "j then k then a"
    assert fill("%10", "x") == "%10"  # no tenth value: left visible, not "x0"
    assert fill("%100", *values) == "j0"  # at most two digits: the tenth value, then "0"
    assert fill("%0 and %1", "x") == "%0 and x"  # there is no value number 0
