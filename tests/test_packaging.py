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


def resource_package(path: Path) -> str:
    """The installed package a file under ``resources/`` belongs to."""
    return ".".join(("allguide", "resources", *path.parent.relative_to(ROOT / "resources").parts))


def test_every_resource_file_is_package_data() -> None:
    setuptools = pyproject()["tool"]["setuptools"]  # type: ignore[index]
    listed = set(setuptools["packages"])  # type: ignore[index]
    patterns: dict[str, list[str]] = setuptools["package-data"]  # type: ignore[index]
    files = [
        p for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.name != "__init__.py" and "__pycache__" not in p.parts
    ]  # fmt: skip
    assert files
    for path in files:
        package = resource_package(path)
        assert package in listed, f"add to [tool.setuptools] packages: {package}"
        package_patterns = patterns.get(package, [])
        assert any(path.match(p) for p in package_patterns), f"{path.name} not in {package} data"


def test_frozen_build_bundles_a_word_list_for_every_search_language() -> None:
    """Without its list a language's search would 'correct' real words again."""
    import re

    from allguide.search.real_words import LANGUAGES

    spec = (ROOT / "build.spec").read_text("utf-8")
    listed = re.search(r"for language in \(([^)]*)\)", spec)
    assert listed is not None, "build.spec no longer lists the word lists it bundles"
    assert set(re.findall(r'"(\w+)"', listed.group(1))) == set(LANGUAGES)
