"""What a non-editable install needs: every package listed, every resource included."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_package_folder_is_listed() -> None:
    listed = set(pyproject()["tool"]["setuptools"]["packages"])  # type: ignore[index]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "allguide").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_every_resource_file_is_package_data() -> None:
    patterns = pyproject()["tool"]["setuptools"]["package-data"]["allguide.resources"]  # type: ignore[index]
    resources = ROOT / "resources"
    files = [
        p for p in resources.rglob("*")
        if p.is_file() and p.name != "__init__.py" and "__pycache__" not in p.parts
    ]  # fmt: skip
    for path in files:
        relative = path.relative_to(resources)
        assert any(relative.match(pattern) for pattern in patterns), f"{relative} not packaged"
