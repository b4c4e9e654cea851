"""The .deb's pieces that can be checked in seconds (packaging/linux/build_deb.py): the
desktop entries, the AppStream metainfo, the Depends read from ELF files, RUNPATH
removal and the copyright file made from allguide/about.py. Building the package
itself is `make deb`; installing it on a fresh system is
packaging/linux/check_deb_install.sh (docs/install.md)."""

from __future__ import annotations

import configparser
import ctypes
import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from allguide.about import COMPONENTS

ROOT = Path(__file__).resolve().parents[1]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_deb", ROOT / "packaging" / "linux" / "build_deb.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_deb"] = module
    spec.loader.exec_module(module)
    return module


deb = _builder()


def _desktop(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_menu_entry_speaks_each_translation_s_language() -> None:
    """A family searching the menu in Spanish, French or Arabic finds AllGuide, in the
    words its reviewed translation uses for the illness."""
    from allguide.content.bundled import load_bundled

    app = _desktop(deb.desktop_entry())
    for language, word in (("es", "leucemia"), ("fr", "leucémie"), ("ar", "الليمفاوي")):
        assert app[f"Comment[{language}]"] == load_bundled(language).content.document.title
        assert word in app[f"Keywords[{language}]"].split(";")


def test_desktop_entries_start_allguide_and_kiosk_mode_stays_out_of_menus(
    tmp_path: Path,
) -> None:
    app = _desktop(deb.desktop_entry())
    kiosk = _desktop(deb.kiosk_desktop_entry())
    session = _desktop(deb.kiosk_session_entry())
    assert app["Exec"] == "allguide"
    assert app["Icon"] == deb.APP_ID
    assert app.get("NoDisplay", "false") == "false"
    assert kiosk["Exec"] == "allguide --kiosk"
    assert kiosk["NoDisplay"] == "true"  # a family's menu never offers the locked mode
    assert session["Exec"] == f"/{deb.LIBEXEC}/allguide-kiosk-session"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    for name, text in (
        (f"{deb.APP_ID}.desktop", deb.desktop_entry()),
        (f"{deb.KIOSK_ID}.desktop", deb.kiosk_desktop_entry()),
        ("allguide-kiosk.desktop", deb.kiosk_session_entry()),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        run = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_metainfo_names_the_app_licence_and_content_date_and_validates(tmp_path: Path) -> None:
    content = deb.content_facts()
    text = deb.metainfo("0.1.0", content, dt.date(2026, 11, 29))
    licence = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "license"
    ]
    assert f"<id>{deb.APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{deb.APP_ID}.desktop</launchable>' in text
    assert f"<project_license>{licence}</project_license>" in text
    assert "not medical advice" in text
    assert f"{content.updated.day} {content.updated:%B %Y}" in text
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    path = tmp_path / f"{deb.APP_ID}.metainfo.xml"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [validator, "validate", "--no-net", "--pedantic", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    # What remains is explained in docs/install.md: the id's capital letters
    # (pedantic) and <developer>, which Debian 12's appstreamcli does not know yet.
    findings = {
        line.split()[2] for line in run.stdout.splitlines() if line[:2] in {"E:", "W:", "I:", "P:"}
    }
    assert findings <= {"cid-contains-uppercase-letter", "unknown-tag"}, run.stdout


def _compile(tmp_path: Path, name: str, source: str, *flags: str) -> Path:
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed: no ELF files to read")
    (tmp_path / f"{name}.c").write_text(source, encoding="utf-8")
    out = tmp_path / "bundle" / name
    out.parent.mkdir(exist_ok=True)
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", str(out), str(tmp_path / f"{name}.c"), *flags],
        check=True, capture_output=True,
    )  # fmt: skip
    return out


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """Two tiny libraries: libinner (SONAME libinner.so.1, links libm) and libouter
    (links libinner, which the bundle provides, and libc), and a file that is no ELF."""
    inner = _compile(
        tmp_path,
        "libinner.so.1",
        "#include <math.h>\ndouble inner(double x) { return sqrt(x); }\n",
        "-Wl,-soname,libinner.so.1",
        "-lm",
    )
    _compile(
        tmp_path,
        "libouter.so",
        "#include <stdio.h>\ndouble inner(double);\n"
        'void outer(void) { printf("%f", inner(2.0)); }\n',
        f"-L{inner.parent}",
        "-l:libinner.so.1",
        "-Wl,-rpath,/root/.pyenv/versions/3.11.7/lib",
    )
    (tmp_path / "bundle" / "data.txt").write_text("not ELF", encoding="utf-8")
    return tmp_path / "bundle"


LIBRARIES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "(font)": "fonts-dejavu-core",
}


def test_depends_are_the_packages_of_the_sonames_the_bundle_does_not_provide(
    fake_bundle: Path,
) -> None:
    assert deb.read_elf_links(fake_bundle / "libinner.so.1").soname == "libinner.so.1"
    assert set(deb.system_sonames(fake_bundle)) == {"libc.so.6", "libm.so.6"}
    glibc = deb.lowest_glibc(fake_bundle)
    assert glibc is not None  # printf, sqrt: versioned glibc symbols
    assert deb.compute_depends(fake_bundle, LIBRARIES) == [
        "fonts-dejavu-core",
        f"libc6 (>= {glibc})",  # an older libc6 would install and then fail to load
        "libegl1",  # dlopened by Qt: in no NEEDED entry
        "libgl1",
    ]


def test_what_only_the_print_plugin_needs_is_recommended_not_required(fake_bundle: Path) -> None:
    """libcups2 (Avahi, GnuTLS, Kerberos with it) for the CUPS plugin alone: a kiosk never
    prints, and without it Print lists no printer but still saves a PDF."""
    plugin = _compile(
        fake_bundle.parent, "libcupsish.so", "void printer(void) {}\n",
        "-Wl,--no-as-needed", "-lresolv",
    )  # fmt: skip
    folder = fake_bundle / "plugins" / "printsupport"
    folder.mkdir(parents=True)
    plugin.rename(folder / plugin.name)
    libraries = {**LIBRARIES, "libresolv.so.2": "libcups2t64 | libcups2"}
    assert "libresolv.so.2" in deb.system_sonames(fake_bundle)
    assert "libcups2t64 | libcups2" not in deb.compute_depends(fake_bundle, libraries)
    assert deb.compute_recommends(fake_bundle, libraries) == ["libcups2t64 | libcups2"]
    # Needed by a file that is no optional plugin too: then it is required.
    _compile(
        fake_bundle.parent, "libneedy.so", "void needy(void) {}\n", "-Wl,--no-as-needed", "-lresolv"
    )
    assert "libcups2t64 | libcups2" in deb.compute_depends(fake_bundle, libraries)
    assert deb.compute_recommends(fake_bundle, libraries) == []


def test_the_lowest_glibc_is_the_highest_version_any_file_asks_for(fake_bundle: Path) -> None:
    """As binutils reads it (readelf -V), for each file; the bundle's is the highest."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("binutils not installed: nothing to compare with")
    highest: set[tuple[int, ...]] = set()
    for library in ("libinner.so.1", "libouter.so"):
        listing = subprocess.run(
            [readelf, "-V", str(fake_bundle / library)], capture_output=True, text=True, check=True
        ).stdout
        wanted = {
            tuple(int(part) for part in found.split("."))
            for found in re.findall(r"Name: GLIBC_([\d.]+)", listing)
        }
        assert wanted
        assert deb.glibc_versions_needed((fake_bundle / library).read_bytes()) == wanted
        highest |= wanted
    assert deb.lowest_glibc(fake_bundle) == ".".join(map(str, max(highest)))


def test_a_soname_missing_from_the_list_stops_the_build_naming_it(fake_bundle: Path) -> None:
    libraries = {k: v for k, v in LIBRARIES.items() if k != "libm.so.6"}
    with pytest.raises(deb.BuildError, match=r"libm\.so\.6 \(needed by libinner\.so\.1\)"):
        deb.compute_depends(fake_bundle, libraries)


def test_the_real_list_has_every_soname_the_dlopen_list_names() -> None:
    libraries = deb.read_library_list()
    assert all(name in libraries for name in deb.DLOPENED)
    assert deb.FONT_KEY in libraries


def test_runpath_of_the_build_machine_is_removed_and_the_library_still_loads(
    fake_bundle: Path,
) -> None:
    outer = fake_bundle / "libouter.so"

    def tags() -> set[int]:
        dynamic = deb._dynamic(outer.read_bytes())
        return {tag for _position, tag, _value in dynamic.entries}

    assert deb.DT_RUNPATH in tags() or deb.DT_RPATH in tags()
    needed = deb.read_elf_links(outer).needed
    assert deb.drop_runpath(outer)
    assert not tags() & {deb.DT_RPATH, deb.DT_RUNPATH}
    assert deb.read_elf_links(outer).needed == needed
    assert not deb.drop_runpath(outer)  # nothing more to do
    ctypes.CDLL(str(fake_bundle / "libinner.so.1"))
    ctypes.CDLL(str(outer))  # still a library the loader accepts


def _paragraphs(text: str) -> list[dict[str, str]]:
    paragraphs = []
    for block in text.strip().split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith(" "):
                fields[key] += "\n" + line[1:]
            else:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        paragraphs.append(fields)
    return paragraphs


def test_copyright_is_dep5_with_every_component_of_the_about_list(tmp_path: Path) -> None:
    bundle = tmp_path / "allguide"
    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").touch()
    (bundle / "_internal" / "allguide").mkdir()
    (bundle / "_internal" / "allguide" / "app.pyc").touch()
    (bundle / "_internal" / "typing_extensions.pyc").touch()  # a one-module wheel
    paragraphs = _paragraphs(deb.copyright_file(bundle))
    assert paragraphs[0]["Format"].startswith("https://www.debian.org/doc/packaging-manuals/")
    files = [p for p in paragraphs if "Files" in p]
    licences = {
        p["License"].split("\n")[0] for p in paragraphs if "Files" not in p and "License" in p
    }
    assert files[0]["Files"] == "*" and files[0]["License"] == "Apache-2.0"
    for component in COMPONENTS:
        (paragraph,) = [p for p in files if p.get("Comment", "").startswith(f"{component.name}.")]
        assert paragraph["License"] == component.licence
        assert component.source in paragraph["Comment"]
        assert paragraph["Copyright"]
        assert component.licence in licences  # its text, or where Debian keeps it
    # The last matching paragraph gives a file's licence: Qt's after PySide6's, and
    # AllGuide's own modules after Python's catch-all for the rest of _internal.
    order = [p["Comment"].split(".")[0] for p in files[1:]]
    assert order.index("Qt 6") > order.index("PySide6")
    assert files[1]["Files"] == "opt/allguide/_internal/*" and files[1]["License"] == "PSF-2.0"
    assert order.index("AllGuide's own modules and data") > 0
    (typing_extensions,) = [
        p for p in files if p.get("Comment", "").startswith("typing_extensions.")
    ]
    assert typing_extensions["Files"] == "opt/allguide/_internal/typing_extensions.pyc"
    python = next(p for p in files if p.get("Comment", "").startswith("Python."))
    assert "Python Software Foundation" in python["Copyright"]


def test_a_component_without_a_place_in_the_bundle_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(deb.BuildError, match="PLACES: where is 'libnew'"):
        deb._component_files("libnew", None, tmp_path)


def test_man_page_carries_every_option_of_help() -> None:
    page = deb.man_page("0.1.0", dt.date(2026, 11, 29))
    for option in ("--version", "--about", "--smoke-test", "--kiosk", "--config"):
        assert option.replace("-", "\\-") in page
    assert page.startswith(".TH ALLGUIDE 1 ")


def test_every_system_library_a_kept_qt_plugin_links_has_a_package() -> None:
    """The .deb's Depends come from this list: a plugin the frozen build keeps (the CUPS
    print plugin links libcups.so.2) whose library had no line would stop `make deb`."""
    import PySide6

    from tests.scripts import load_script

    rules = load_script("packaging/freeze_rules.py")
    table = rules.plugins_kept_on("linux")
    qt = Path(PySide6.__file__).parent
    bundled = {path.name for path in qt.rglob("*.so*")}
    libraries = deb.read_library_list()
    plugins = [
        path
        for path in (qt / "Qt" / "plugins").rglob("*.so")
        if rules.plugin_kept(str(Path("PySide6") / path.relative_to(qt)), table)
    ]
    assert any(path.name == "libcupsprintersupport.so" for path in plugins)
    for plugin in plugins:
        links = deb.read_elf_links(plugin)
        assert links is not None, plugin
        system = [name for name in links.needed if name not in bundled]
        assert [name for name in system if name not in libraries] == [], plugin.name
    assert libraries["libcups.so.2"] == "libcups2t64 | libcups2"
