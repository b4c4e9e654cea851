"""The text sizes Larger and Smaller step through: from the system's size to twice it."""

from __future__ import annotations

STEPS = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
SMALLEST = STEPS[0]
LARGEST = STEPS[-1]
# Two scales this close are the same step (a size read back from a font is rounded).
SAME = 0.01


def larger(scale: float) -> float:
    """The next step above ``scale``; ``scale`` itself at the largest (or above it:
    a kiosk configured larger than 200 % keeps its size)."""
    return next((step for step in STEPS if step > scale + SAME), scale)


def smaller(scale: float) -> float:
    """The next step below ``scale``; ``scale`` itself at the smallest."""
    return next((step for step in reversed(STEPS) if step < scale - SAME), scale)
