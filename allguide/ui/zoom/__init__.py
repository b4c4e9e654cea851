"""Text size: the system's font size times a zoom the family (or a kiosk) chooses."""

from allguide.ui.zoom.steps import LARGEST, SMALLEST, STEPS, larger, smaller
from allguide.ui.zoom.text_size import (
    remembered_scale,
    restore_text_scale,
    set_text_scale,
    system_point_size,
    text_scale,
)

__all__ = [
    "LARGEST",
    "SMALLEST",
    "STEPS",
    "larger",
    "remembered_scale",
    "restore_text_scale",
    "set_text_scale",
    "smaller",
    "system_point_size",
    "text_scale",
]
