"""Does the frozen app draw what the installed app draws? (issue 13: "renders
screenshots like the installed one").

Run: python packaging/compare_screenshots.py FROZEN_PROGRAM [--kiosk]
Renders ``allguide screenshots`` (every view, every language) with the frozen program
and with this Python's ``allguide``, offscreen, then compares each pair pixel by pixel.
A pair may differ only inside one small box (the search box's clear button fades in,
so it differs between two runs of the same app too); anything more, a missing image or
another size fails, naming the image and where it differs. Exit 0 when all match.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# The clear button: 14x14 px drawn mid-fade. A difference inside a box this size is
# that; a bigger one is a real difference (a missing icon, text, a font).
ALLOWED_BOX = 20


def render(program: list[str], out: Path, kiosk: bool) -> list[Path]:
    command = [*program, "screenshots", *(["--kiosk"] if kiosk else []), str(out)]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(command, env=environment, check=True, capture_output=True, timeout=600)
    return sorted(out.glob("*.png"))


def difference(first: Path, second: Path) -> str | None:
    """None when the two images match (but for one small box), else what differs."""
    from PySide6.QtGui import QImage

    one, two = QImage(str(first)), QImage(str(second))
    if one.isNull() or two.isNull():
        return "unreadable"
    if one.size() != two.size():
        return f"size {one.width()}x{one.height()} against {two.width()}x{two.height()}"
    one = one.convertToFormat(QImage.Format.Format_ARGB32)
    two = two.convertToFormat(QImage.Format.Format_ARGB32)
    left = top = sys.maxsize
    right = bottom = -1
    width = one.width()
    row_bytes = width * 4
    bits_one, bits_two = bytes(one.constBits()), bytes(two.constBits())
    stride = one.bytesPerLine()
    for y in range(one.height()):
        start = y * stride
        a, b = bits_one[start : start + row_bytes], bits_two[start : start + row_bytes]
        if a == b:
            continue
        columns = [x for x in range(width) if a[4 * x : 4 * x + 4] != b[4 * x : 4 * x + 4]]
        left, right = min(left, columns[0]), max(right, columns[-1])
        top, bottom = min(top, y), max(bottom, y)
    if right < 0:
        return None
    box = (right - left + 1, bottom - top + 1)
    if max(box) <= ALLOWED_BOX:
        return None
    return f"differs in a {box[0]}x{box[1]} box at ({left}, {top})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen", type=Path, help="the frozen program (dist/allguide/allguide)")
    parser.add_argument("--kiosk", action="store_true", help="the kiosk's views instead")
    arguments = parser.parse_args(argv)
    installed = [sys.executable, "-m", "allguide"]
    with tempfile.TemporaryDirectory() as work:
        frozen_shots = render([str(arguments.frozen)], Path(work) / "frozen", arguments.kiosk)
        installed_shots = render(installed, Path(work) / "installed", arguments.kiosk)
        names = {path.name for path in frozen_shots} | {path.name for path in installed_shots}
        problems = []
        for name in sorted(names):
            frozen, other = Path(work) / "frozen" / name, Path(work) / "installed" / name
            if not frozen.exists() or not other.exists():
                problems.append(
                    f"{name}: only the {'installed' if other.exists() else 'frozen'} app drew it"
                )
                continue
            found = difference(frozen, other)
            if found is not None:
                problems.append(f"{name}: {found}")
    for problem in problems:
        print(f"compare_screenshots: {problem}", file=sys.stderr)
    print(f"compare_screenshots: {len(names) - len(problems)} of {len(names)} views alike")
    return 1 if problems or not names else 0


if __name__ == "__main__":
    sys.exit(main())
