"""Build dist/allguide_<version>_amd64.deb from the frozen one-folder build (make deb).

The package holds the bundle under /opt/allguide, a launcher /usr/bin/allguide, desktop
entries (the app, and kiosk mode hidden from menus), hicolor icons rendered from
resources/icons/allguide.svg, AppStream metainfo, a man page, a DEP-5 copyright file made
from allguide/about.py (the one component list) and a changelog. Depends comes from the
bundle itself: every ELF file's NEEDED sonames, less the ones the bundle provides, mapped
to packages through packaging/linux/system-libraries.txt (the one list); a soname missing
there stops the build. docs/install.md says why each part is as it is.

Usage: .venv/bin/python packaging/linux/build_deb.py [BUNDLE] [--out DIR]
(BUNDLE defaults to dist/allguide). Needs dpkg-deb; runs as any user (--root-owner-group).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = ROOT / "packaging" / "linux" / "system-libraries.txt"
ICON_SVG = ROOT / "resources" / "icons" / "allguide.svg"
KIOSK_DIR = ROOT / "docs" / "kiosk"


def _app_id() -> str:
    """The desktop id the app gives its window (allguide.APP_ID), read without importing."""
    text = (ROOT / "allguide" / "__init__.py").read_text("utf-8")
    match = re.search(r'^APP_ID = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("allguide/__init__.py: no APP_ID line")
    return match.group(1)


PACKAGE = "allguide"
APP_ID = _app_id()  # desktop file, metainfo and icons share it (allguide/__init__.py)
KIOSK_ID = f"{APP_ID}.Kiosk"
PREFIX = "opt/allguide"
LIBEXEC = "usr/libexec/allguide"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
MAINTAINER = os.environ.get("ALLGUIDE_DEB_MAINTAINER", "The AllGuide team <allguide@example.org>")
SUMMARY = "Offline plain-language guide to ALL treatment for families"
# Qt loads these with dlopen (OpenGL for its windows), so no NEEDED entry may name them.
DLOPENED = ("libEGL.so.1", "libGL.so.1")
FONT_KEY = "(font)"
# Licences Debian ships in /usr/share/common-licenses (copyright points there).
COMMON_LICENCES = {
    "Apache-2.0": "Apache-2.0",
    "LGPL-3.0-only": "LGPL-3",
    "GPL-2.0-or-later WITH Bootloader-exception": "GPL-2",
}
# Added to a common licence's pointer: the exception that makes it so.
LICENCE_NOTES = {
    "GPL-2.0-or-later WITH Bootloader-exception": (
        "PyInstaller's bootloader exception: the bootloader may be combined with\n"
        "programs under any licence and distributed with them\n"
        "(https://spdx.org/licenses/Bootloader-exception.html)."
    ),
}


class BuildError(Exception):
    """A problem that stops the build, said in one line (no traceback)."""


# --- Depends: the ELF files' NEEDED entries -------------------------------------------

# Plugins of an optional feature: what only they need is recommended, not required.
# Printing's CUPS plugin needs libcups2, which brings Avahi, GnuTLS and Kerberos with it;
# a kiosk never prints, and without it Print lists no printer but still writes a PDF.
OPTIONAL_PLUGINS = ("printsupport",)

ELF_MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
DT_NULL, DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH = 0, 1, 14, 15, 29


@dataclass(frozen=True)
class ElfLinks:
    """What one ELF file links to (NEEDED) and the name it answers to (SONAME)."""

    needed: tuple[str, ...]
    soname: str | None


@dataclass(frozen=True)
class _Dynamic:
    """The .dynamic section of an ELF file: where its entries are and how to read them."""

    entries: list[tuple[int, int, int]]  # (file offset, tag, value)
    strings_offset: int
    entry_format: str


def _dynamic(data: bytes) -> _Dynamic | None:
    """The .dynamic section, from the section headers (which strip keeps); None for a
    file that is not ELF or has none. A tiny reader: no pyelftools, no binutils."""
    if data[:4] != ELF_MAGIC or len(data) < 64:
        return None
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        section = end + "IIQQQQIIQQ"
        entry = end + "qQ"
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        section = end + "IIIIIIIIII"
        entry = end + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    for header in sections:
        if header[1] != SHT_DYNAMIC:
            continue
        offset, size, link = header[4], header[5], header[6]
        entries = []
        for position in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, position)
            entries.append((position, tag, value))
            if tag == DT_NULL:
                break
        return _Dynamic(entries, sections[link][4], entry)
    return None


SHT_GNU_VERNEED = 0x6FFFFFFE
_GLIBC_VERSION = re.compile(r"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def glibc_versions_needed(data: bytes) -> set[tuple[int, ...]]:
    """The GLIBC_x.y symbol versions an ELF file asks for (its .gnu.version_r): the
    lowest glibc it runs on is the highest of them. 64-bit little-endian only (the
    package is amd64); an empty set for anything else."""
    if data[:4] != ELF_MAGIC or len(data) < 64 or data[4] != 2 or data[5] != 1:
        return set()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    found: set[tuple[int, ...]] = set()
    for header in sections:
        if header[1] != SHT_GNU_VERNEED:
            continue
        strings = sections[header[6]][4]
        position, count = header[4], header[8]  # sh_info: how many Verneed entries
        for _ in range(count):
            _version, aux_count, _file, aux, following = struct.unpack_from(
                "<HHIII", data, position
            )
            aux_position = position + aux
            for _ in range(aux_count):
                _hash, _flags, _other, name, aux_next = struct.unpack_from(
                    "<IHHII", data, aux_position
                )
                start = strings + name
                text = data[start : data.index(b"\0", start)].decode("ascii", "replace")
                match = _GLIBC_VERSION.fullmatch(text)
                if match:
                    found.add(tuple(int(part) for part in match.groups() if part is not None))
                aux_position += aux_next
            position += following
    return found


def lowest_glibc(bundle: Path) -> str | None:
    """The glibc version the whole bundle needs at least ("2.35"), None if none asked."""
    needed: set[tuple[int, ...]] = set()
    for path in _files(bundle):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) != ELF_MAGIC:
                    continue
            needed |= glibc_versions_needed(path.read_bytes())
    return ".".join(str(part) for part in max(needed)) if needed else None


def read_elf_links(path: Path) -> ElfLinks | None:
    """NEEDED and SONAME of an ELF file; None for a file that is not ELF."""
    data = path.read_bytes()
    dynamic = _dynamic(data)
    if dynamic is None:
        return None if data[:4] != ELF_MAGIC else ElfLinks((), None)
    needed: list[str] = []
    soname = None
    for _position, tag, value in dynamic.entries:
        if tag in (DT_NEEDED, DT_SONAME):
            start = dynamic.strings_offset + value
            name = data[start : data.index(b"\0", start)].decode()
            if tag == DT_NEEDED:
                needed.append(name)
            else:
                soname = name
    return ElfLinks(tuple(needed), soname)


def drop_runpath(path: Path) -> bool:
    """Remove RPATH/RUNPATH entries (the build machine's Python, e.g. /root/.pyenv/...,
    in its extension modules: lintian's custom-library-search-path) as chrpath -d does:
    the later entries move up and DT_NULL fills the end. True if the file changed."""
    data = bytearray(path.read_bytes())
    dynamic = _dynamic(bytes(data))
    if dynamic is None or not any(t in (DT_RPATH, DT_RUNPATH) for _, t, _ in dynamic.entries):
        return False
    kept = [(t, v) for _, t, v in dynamic.entries if t not in (DT_RPATH, DT_RUNPATH)]
    for (position, _tag, _value), (tag, value) in zip(
        dynamic.entries, kept + [(DT_NULL, 0)] * len(dynamic.entries), strict=False
    ):
        struct.pack_into(dynamic.entry_format, data, position, tag, value)
    path.write_bytes(bytes(data))
    return True


def system_sonames(bundle: Path) -> dict[str, list[Path]]:
    """Each soname some ELF file in the bundle needs and the bundle does not provide
    (by file name or SONAME), with the files that need it."""
    provided: set[str] = set()
    wanted: dict[str, list[Path]] = {}
    for path in sorted(bundle.rglob("*")):
        provided.add(path.name)
        if path.is_symlink() or not path.is_file():
            continue
        links = read_elf_links(path)
        if links is None:
            continue
        if links.soname:
            provided.add(links.soname)
        for name in links.needed:
            wanted.setdefault(name, []).append(path.relative_to(bundle))
    return {name: files for name, files in sorted(wanted.items()) if name not in provided}


def read_library_list(path: Path = LIBRARIES) -> dict[str, str]:
    """soname -> Debian package(s) from the one list ("a | b" kept as it is)."""
    mapping: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        soname, sep, package = line.partition("\t")
        if not sep or not package.strip():
            raise BuildError(f"{path}:{number}: expected 'soname<TAB>package'")
        mapping[soname.strip()] = package.strip()
    return mapping


def _serves_an_option(path: Path) -> bool:
    """Whether ``path`` (in the bundle) is a plugin of an optional feature."""
    return "plugins" in path.parts and any(part in OPTIONAL_PLUGINS for part in path.parts)


def _required_and_optional(bundle: Path) -> tuple[dict[str, list[Path]], dict[str, list[Path]]]:
    """The system sonames the bundle needs, split: those only an optional feature's
    plugins need, and the rest; each with the files that need it."""
    required: dict[str, list[Path]] = {}
    optional: dict[str, list[Path]] = {}
    for name, files in system_sonames(bundle).items():
        only_options = bool(files) and all(_serves_an_option(path) for path in files)
        (optional if only_options else required)[name] = files
    return required, optional


def compute_recommends(bundle: Path, libraries: dict[str, str]) -> list[str]:
    """The Recommends entries, sorted: the packages of the system sonames only the
    optional features' plugins need (libcups2, for printing). apt installs them unless
    told not to; without them the app still starts and still saves PDFs."""
    depends = set(compute_depends(bundle, libraries))  # stops on a soname not listed
    _, optional = _required_and_optional(bundle)
    return sorted({libraries[name] for name in optional} - depends)


def compute_depends(bundle: Path, libraries: dict[str, str]) -> list[str]:
    """The Depends entries, sorted: the packages of every system soname the bundle
    needs (but for those only an optional feature's plugin needs: ``compute_recommends``),
    of the libraries Qt dlopens, and a font. A soname not in the list stops."""
    wanted, optional = _required_and_optional(bundle)
    for name in DLOPENED:
        wanted.setdefault(name, [])
    every = {**optional, **wanted}
    missing = [name for name in every if name not in libraries]
    if missing:
        lines = [
            f"  {name} (needed by {', '.join(str(p) for p in every[name][:3]) or 'dlopen'})"
            for name in missing
        ]
        raise BuildError(
            "packaging/linux/system-libraries.txt: no package for these sonames the bundle needs;"
            " add a line 'soname<TAB>package' for each:\n" + "\n".join(lines)
        )
    packages = {libraries[name] for name in wanted}
    if FONT_KEY in libraries:
        packages.add(libraries[FONT_KEY])
    glibc = lowest_glibc(bundle)
    if glibc is not None and "libc6" in packages:  # an older libc6 would install, then fail
        packages.remove("libc6")
        packages.add(f"libc6 (>= {glibc})")
    return sorted(packages)


# --- Text files: desktop entries, metainfo, man page, copyright, changelog ------------


def read_version() -> str:
    text = (ROOT / "allguide" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BuildError("allguide/__init__.py: no __version__ line")
    return match.group(1)


def translated_titles() -> dict[str, str]:
    """Each translation's title of the guide, as its reviewed content gives it
    ("Tratamiento de la leucemia linfoblástica aguda (LLA)"): the menu's words in a
    family's language come from there, not from a second translation made here."""
    sys.path.insert(0, str(ROOT))
    from allguide.content.bundled import available_languages, load_bundled

    titles = {}
    for language in sorted(available_languages()):
        if language != "en":
            titles[language] = load_bundled(language).content.document.title
    return titles


def _keywords(title: str) -> str:
    """A title's words (its abbreviation too) as desktop-entry keywords."""
    words = re.findall(r"\w+", title)
    return "".join(f"{word};" for word in words if len(word) > 3 or word.isupper())


def desktop_entry() -> str:
    """The menu entry; its comment and keywords also in each translation's language,
    so a search of the menu for "leucemia" or "leucémie" finds it."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=AllGuide",
        "GenericName=ALL treatment guide",
        f"Comment={SUMMARY}",
    ]
    titles = translated_titles()
    lines += [f"Comment[{language}]={title}" for language, title in titles.items()]
    lines += [
        "Exec=allguide",
        "TryExec=allguide",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;MedicalSoftware;",
        "Keywords=leukaemia;leukemia;ALL;cancer;treatment;children;family;",
    ]
    lines += [f"Keywords[{language}]={_keywords(title)}" for language, title in titles.items()]
    lines += ["StartupWMClass=AllGuide", ""]
    return "\n".join(lines)


def kiosk_desktop_entry() -> str:
    """Kiosk mode locks the screen with no way out but a staff PIN: never in a family's
    menu (NoDisplay). For a kiosk account's autostart; docs/install.md."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=AllGuide kiosk mode (staff set-up only)",
            "Comment=AllGuide full screen and locked for a public kiosk; see docs/kiosk.md",
            "Exec=allguide --kiosk",
            "TryExec=allguide",
            f"Icon={APP_ID}",
            "Terminal=false",
            "NoDisplay=true",
            "Categories=Education;MedicalSoftware;",
            "StartupWMClass=AllGuide",
            "",
        ]
    )


def kiosk_session_entry() -> str:
    """docs/kiosk/allguide-kiosk.desktop with the packaged session script's path."""
    text = (KIOSK_DIR / "allguide-kiosk.desktop").read_text(encoding="utf-8")
    return text.replace(
        "/usr/local/bin/allguide-kiosk-session", f"/{LIBEXEC}/allguide-kiosk-session"
    )


@dataclass(frozen=True)
class Content:
    """The bundled content's date and source, for the metainfo and changelog."""

    updated: dt.date
    source: str


def content_facts() -> Content:
    sys.path.insert(0, str(ROOT))
    from allguide.about import content_facts as facts

    found = facts()
    if found is None:
        raise BuildError("allguide/about.py: the bundled content's date could not be read")
    return Content(found.updated, f'the {found.publisher} page "{found.title}"')


def licence() -> str:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["license"])


def metainfo(version: str, content: Content, released: dt.date) -> str:
    updated = f"{content.updated.day} {content.updated:%B %Y}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{escape(licence())}</project_license>
  <name>AllGuide</name>
  <summary>{escape(SUMMARY)}</summary>
  <developer id="org.allguide">
    <name>The AllGuide team</name>
  </developer>
  <description>
    <p>
      AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain
      words, for children's families: the phases of treatment, a timeline, medicines and
      their side effects, and the warning signs to call the hospital about.
    </p>
    <p>
      It works offline, in English, Spanish, French and Arabic, and can run on a public
      kiosk in a clinic waiting room. It is information, not medical advice: the care
      team answers questions about a child's own treatment.
    </p>
    <p>
      The content retells {escape(content.source)}, updated {updated}.
    </p>
  </description>
  <launchable type="desktop-id">{APP_ID}.desktop</launchable>
  <provides>
    <binary>allguide</binary>
  </provides>
  <categories>
    <category>Education</category>
    <category>MedicalSoftware</category>
  </categories>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{escape(version)}" date="{released.isoformat()}">
      <description>
        <p>Content updated {updated}.</p>
      </description>
    </release>
  </releases>
</component>
"""


def man_page(version: str, released: dt.date) -> str:
    """allguide(1) from `allguide --help`, so it never says other than the program."""
    help_text = subprocess.run(
        [sys.executable, "-m", "allguide", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": "78"},
    ).stdout

    def roff(line: str) -> str:
        line = line.replace("\\", "\\e").replace("-", "\\-")
        return "\\&" + line if line.startswith((".", "'")) else line

    body = "\n".join(roff(line) for line in help_text.rstrip().splitlines())
    return f""".TH ALLGUIDE 1 "{released.isoformat()}" "AllGuide {version}" "User Commands"
.SH NAME
allguide \\- offline plain\\-language guide to ALL treatment for families
.SH SYNOPSIS
.B allguide
[\\fIoptions\\fR] [\\fICOMMAND\\fR ...]
.SH DESCRIPTION
AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain
words. It is information, not medical advice. Without a command it opens its window;
.B allguide \\-\\-kiosk
starts kiosk mode (see /usr/share/allguide/kiosk/README).
.SH OPTIONS
The output of
.BR "allguide \\-\\-help" :
.PP
.nf
{body}
.fi
.SH FILES
.TP
.I /etc/xdg/AllGuide/allguide.yaml
the kiosk configuration
.SH SEE ALSO
.B allguide \\-\\-about
lists the licences of AllGuide and every bundled component.
"""


def _licence_files(distribution: str) -> list[str]:
    from importlib import metadata

    dist = metadata.distribution(distribution)
    texts = []
    for file in dist.files or []:
        name = str(file).upper()
        if ".DIST-INFO/" in name and ("LICEN" in name or "COPYING" in name):
            texts.append(Path(str(dist.locate_file(file))).read_text(encoding="utf-8"))
    return texts


def _python_licence_text() -> list[str]:
    path = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    candidate = path / "LICENSE.txt"
    return [candidate.read_text(encoding="utf-8")] if candidate.is_file() else []


# "Copyright (c) 2001, ... 2023 Python Software Foundation; All Rights Reserved" wherever
# it stands in a line: the years and the holder, up to a quote, ";" or "All rights".
COPYRIGHT = re.compile(r"(?:Copyright|©)\s*(?:\(c\)|©)?\s*(\d{4}.*)", re.IGNORECASE)
HOLDER_END = re.compile(r"[\";]|\ball rights\b", re.IGNORECASE)


def _holders(texts: Iterable[str]) -> list[str]:
    """The copyright lines of licence files; a line ending in "," goes on in the next."""
    holders: list[str] = []
    for text in texts:
        lines = text.splitlines()
        for number, line in enumerate(lines):
            match = COPYRIGHT.search(line)
            if match is None:
                continue
            holder = match.group(1).strip()
            following = number + 1
            while holder.endswith(",") and following < len(lines) and lines[following].strip():
                holder += " " + lines[following].strip()
                following += 1
            holder = HOLDER_END.split(holder)[0].strip().rstrip(".,").strip()
            if holder not in holders and len(holder) < 200:
                holders.append(holder)
    return holders[:4]


# Where the components that are not Python distributions sit in the bundle (relative
# to it): not a second component list, only their places; a component of
# allguide.about without a place here and without a distribution stops the build.
# Python's standard library is everything under _internal that no other paragraph
# claims (PyInstaller puts its modules there, beside the wheels').
PLACES = {
    "Python": ("_internal/*",),
    "Qt 6": ("_internal/PySide6/Qt/*", "_internal/libQt6*"),
    "ICU": ("_internal/PySide6/Qt/lib/libicu*", "_internal/libicu*"),
    "pyspellchecker word lists (FrequencyWords)": ("_internal/allguide/resources/words/*",),
    "PyInstaller": ("allguide", "_internal/_pyi_rth_utils*", "_internal/pyi_*"),
}
CATCH_ALL = f"{PREFIX}/_internal/*"
# AllGuide's own files under _internal, inside Python's catch-all.
ALLGUIDE_INTERNAL = ("_internal/allguide/*", "_internal/THIRD_PARTY_NOTICES.md")


def _component_files(name: str, distribution: str | None, bundle: Path) -> list[str]:
    """Where a component's own files are in the installed tree (patterns for Files:);
    empty for pure Python compiled into the program's archive."""
    found: list[str] = []

    def add(pattern: str) -> None:
        if any(bundle.glob(pattern)):
            found.append(f"{PREFIX}/{pattern}")

    if distribution is None:
        if name not in PLACES:
            raise BuildError(
                f"packaging/linux/build_deb.py: PLACES: where is {name!r} (allguide/about.py)"
                " in the bundle?"
            )
        for pattern in PLACES[name]:
            add(pattern)
        return found
    from importlib import metadata

    dist = metadata.distribution(distribution)
    tops = {str(f).split("/")[0] for f in dist.files or [] if not str(f).startswith("..")}
    for top in sorted(tops):
        if top.endswith(".dist-info"):
            stem = top.split("-")[0]
            add(f"_internal/{stem}-*.dist-info/*")
            add(f"_internal/{stem.lower()}-*.dist-info/*")
        elif top.endswith(".py"):  # a single module: compiled beside the others
            add(f"_internal/{top[:-3]}.pyc")
            add(f"_internal/{top}")
        elif top.endswith(".so"):
            add(f"_internal/{top}")
        elif not top.endswith((".pth", "__pycache__")) and top != "bin":
            add(f"_internal/{top}/*")
            add(f"_internal/lib{top.lower()}*")
    return sorted(set(found))


def _specificity(files: list[str]) -> float:
    """DEP-5: the last paragraph that matches a file gives its licence, so wider
    patterns go first: Python's catch-all, then by depth (PySide6/* before PySide6/Qt/*)."""
    if CATCH_ALL in files:
        return 0
    return max(pattern.count("/") for pattern in files)


def copyright_file(bundle: Path) -> str:
    """DEP-5 copyright: AllGuide, then each component of allguide.about.COMPONENTS with
    its licence and source, then one paragraph per licence."""
    sys.path.insert(0, str(ROOT))
    from allguide.about import ALLGUIDE_LICENCE, COMPONENTS

    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: AllGuide\n"
        "Comment: Generated by packaging/linux/build_deb.py from allguide/about.py, the list\n"
        " `allguide --about` prints. AllGuide's program, opt/allguide/allguide, holds in its\n"
        " archive the pure-Python components below that have no files of their own; each\n"
        " stays under its own licence.",
        f"Files: *\nCopyright: The AllGuide team\nLicense: {ALLGUIDE_LICENCE}",
    ]
    licence_texts: dict[str, list[str]] = {}
    own = [f"{PREFIX}/{pattern}" for pattern in ALLGUIDE_INTERNAL if any(bundle.glob(pattern))]
    files_paragraphs: list[tuple[float, str]] = []
    if own:
        files_paragraphs.append(
            (
                _specificity(own) + 0.5,
                "Files: " + "\n ".join(own) + "\nCopyright: The AllGuide team\n"
                f"License: {ALLGUIDE_LICENCE}\nComment: AllGuide's own modules and data.",
            )
        )
    for component in COMPONENTS:
        if component.name == "Python":
            texts = _python_licence_text()
        elif component.distribution is not None:
            texts = _licence_files(component.distribution)
        else:
            texts = []
        if texts and component.licence not in licence_texts:
            licence_texts[component.licence] = texts
        holders = _holders(texts) or [f"the {component.name} authors"]
        files = _component_files(component.name, component.distribution, bundle) or [
            f"{PREFIX}/allguide"
        ]
        depth = _specificity(files)
        files_paragraphs.append(
            (
                depth,
                "Files: "
                + "\n ".join(files)
                + "\nCopyright: "
                + "\n ".join(holders)
                + f"\nLicense: {component.licence}"
                + f"\nComment: {component.name}. Source code: {component.source}",
            )
        )
    # The last paragraph that matches a file gives its licence: wider patterns first
    # (PySide6/* before PySide6/Qt/*), else in allguide/about.py's order.
    paragraphs += [text for _depth, text in sorted(files_paragraphs, key=lambda p: p[0])]
    for short in sorted({ALLGUIDE_LICENCE, *(c.licence for c in COMPONENTS)}):
        paragraphs.append(f"License: {short}\n" + _licence_body(short, licence_texts.get(short)))
    return "\n\n".join(paragraphs) + "\n"


def _licence_body(short: str, texts: list[str] | None) -> str:
    if short in COMMON_LICENCES:
        body = (
            f"On Debian systems, the complete text of this licence is in\n"
            f"/usr/share/common-licenses/{COMMON_LICENCES[short]}."
        )
        if short in LICENCE_NOTES:
            body += "\n\n" + LICENCE_NOTES[short]
    elif texts:
        body = texts[0].strip()
    else:
        body = f"The complete text: https://spdx.org/licenses/{short}.html"
    lines = [line.rstrip() for line in body.splitlines()]
    return "\n".join(" " + line if line.strip() else " ." for line in lines)


def changelog(version: str, content: Content, when: dt.datetime) -> str:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    updated = f"{content.updated.day} {content.updated:%B %Y}"
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: the frozen build packaged for Debian and Ubuntu.\n"
        f"  * Content updated {updated}.\n\n"
        f" -- {MAINTAINER}  {stamp}\n"
    )


# Each lintian finding that belongs to a frozen bundle, and why it stays (lintian prints
# them as overridden with --show-overrides; docs/install.md).
LINTIAN_OVERRIDES = f"""\
# The issue asks for the app under /{PREFIX}: a self-contained bundle kept apart
# from the system's files, as for any package not built by Debian.
{PACKAGE}: dir-or-file-in-opt [{PREFIX}/*]
# The frozen bundle carries its own Python with its extension modules: pyexpat and
# PyYAML's _yaml are built with expat and libyaml inside, as in their wheels.
{PACKAGE}: embedded-library expat [{PREFIX}/_internal/python3.*/lib-dynload/pyexpat.*.so]
{PACKAGE}: embedded-library libyaml [{PREFIX}/_internal/yaml/_yaml.*.so]
# Python extension modules take their symbols from libpython, loaded by the program:
# they need not link libc themselves (and libicudata holds only data).
{PACKAGE}: library-not-linked-against-libc [{PREFIX}/_internal/*]
{PACKAGE}: shared-library-lacks-prerequisites [{PREFIX}/_internal/*]
# The frozen app's modules are compiled .pyc files beside the program (PyInstaller's
# noarchive), found by its own import machinery, not by the system's Python.
{PACKAGE}: package-installs-python-bytecode [{PREFIX}/_internal/*]
# PyInstaller's bootloader, as PyInstaller ships it (not built here).
{PACKAGE}: hardening-no-pie [{PREFIX}/allguide]
"""


def launcher() -> str:
    return (
        "#!/bin/sh\n"
        f"# AllGuide's launcher: the frozen program under /{PREFIX}.\n"
        f'exec /{PREFIX}/allguide "$@"\n'
    )


# --- Icons ----------------------------------------------------------------------------


def render_icons(sizes: Iterable[int], out: Path) -> None:
    """PNGs from the SVG with Qt (offscreen), in a child process: the builder itself
    imports no Qt."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(['render'])\n"
        "renderer = QSvgRenderer(sys.argv[1])\n"
        "assert renderer.isValid(), sys.argv[1]\n"
        "for size in map(int, sys.argv[3:]):\n"
        "    image = QImage(size, size, QImage.Format.Format_ARGB32)\n"
        "    image.fill(Qt.GlobalColor.transparent)\n"
        "    painter = QPainter(image)\n"
        "    renderer.render(painter)\n"
        "    painter.end()\n"
        "    assert image.save(f'{sys.argv[2]}/{size}.png'), size\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(ICON_SVG), str(out), *map(str, sizes)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


# --- Assembling the tree --------------------------------------------------------------


def _write(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)


def _gzip(text: str) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as file:
        file.write(text.encode("utf-8"))
    return buffer.getvalue()


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def stage(
    bundle: Path,
    tree: Path,
    version: str,
    depends: list[str],
    when: dt.datetime,
    recommends: list[str] | None = None,
) -> None:
    """The package's file tree and DEBIAN/ control files under ``tree``."""
    content = content_facts()
    shutil.copytree(bundle, tree / PREFIX, symlinks=True)
    for path in (tree / PREFIX).rglob("*"):
        if path.is_symlink():
            continue
        if path.is_file():
            drop_runpath(path)
        if path.is_dir():
            path.chmod(0o755)
            continue
        program = path == tree / PREFIX / "allguide" or _is_script(path)
        executable = program and os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)
    usr = tree / "usr"
    _write(usr / "bin" / "allguide", launcher(), 0o755)
    apps = usr / "share" / "applications"
    _write(apps / f"{APP_ID}.desktop", desktop_entry())
    _write(apps / f"{KIOSK_ID}.desktop", kiosk_desktop_entry())
    _write(
        usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        metainfo(version, content, when.date()),
    )
    icons = usr / "share" / "icons" / "hicolor"
    _write(icons / "scalable" / "apps" / f"{APP_ID}.svg", ICON_SVG.read_bytes())
    with tempfile.TemporaryDirectory() as rendered:
        render_icons(ICON_SIZES, Path(rendered))
        for size in ICON_SIZES:
            png = (Path(rendered) / f"{size}.png").read_bytes()
            _write(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png)
    # The kiosk session (docs/kiosk.md): its script and openbox set-up, not enabled.
    libexec = tree / LIBEXEC
    _write(
        libexec / "allguide-kiosk-session",
        (KIOSK_DIR / "allguide-kiosk-session").read_bytes(),
        0o755,
    )
    _write(libexec / "openbox-rc.xml", (KIOSK_DIR / "openbox-rc.xml").read_bytes())
    kiosk_share = usr / "share" / "allguide" / "kiosk"
    _write(kiosk_share / "allguide-kiosk.desktop", kiosk_session_entry())
    _write(kiosk_share / "README", kiosk_readme())
    _write(usr / "share" / "man" / "man1" / "allguide.1.gz", _gzip(man_page(version, when.date())))
    _write(usr / "share" / "lintian" / "overrides" / PACKAGE, LINTIAN_OVERRIDES)
    doc = usr / "share" / "doc" / PACKAGE
    _write(doc / "copyright", copyright_file(bundle))
    _write(doc / "changelog.gz", _gzip(changelog(version, content, when)))

    control = tree / "DEBIAN"
    installed_kib = sum(
        (p.lstat().st_size + 1023) // 1024 for p in tree.rglob("*") if not p.is_dir()
    )
    _write(
        control / "control",
        "\n".join(
            [
                f"Package: {PACKAGE}",
                f"Version: {version}",
                "Architecture: amd64",
                f"Maintainer: {MAINTAINER}",
                f"Installed-Size: {installed_kib}",
                f"Depends: {', '.join(depends)}",
                *([f"Recommends: {', '.join(recommends)}"] if recommends else []),
                "Section: science",
                "Priority: optional",
                f"Description: {SUMMARY.lower()[0]}{SUMMARY[1:]}",
                " AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL)",
                " in plain words, for children's families: the phases of treatment, a",
                " timeline, medicines and their side effects, and the warning signs to",
                " call the hospital about. It works offline, in English, Spanish, French",
                " and Arabic, and can run on a public kiosk in a clinic waiting room.",
                " .",
                " It is information, not medical advice.",
                "",
            ]
        ),
    )
    sums = "".join(
        f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(tree)}\n"
        for p in _files(tree)
        if p.relative_to(tree).parts[0] != "DEBIAN"
    )
    _write(control / "md5sums", sums)


def _is_script(path: Path) -> bool:
    """A script (#!) of the bundle keeps its x bit; shared objects get 0644, as Debian
    policy wants, and the one program is opt/allguide/allguide."""
    with path.open("rb") as file:
        return file.read(2) == b"#!"


def kiosk_readme() -> str:
    return f"""AllGuide kiosk session (docs/kiosk.md in AllGuide's source)

The package installs the session but does not offer it at the login screen: a
family's laptop must never start in kiosk mode by mistake. To make a kiosk:

  sudo apt-get install openbox x11-xserver-utils
  sudo cp /usr/share/allguide/kiosk/allguide-kiosk.desktop /usr/share/xsessions/

then, as docs/kiosk.md says: a kiosk account, /etc/xdg/AllGuide/allguide.yaml with
"kiosk: true" and a "pin:" line from `allguide kiosk-pin`, and automatic login into
the "AllGuide kiosk" session. The session runs /{LIBEXEC}/allguide-kiosk-session
with openbox's set-up /{LIBEXEC}/openbox-rc.xml (or /etc/allguide-kiosk/openbox-rc.xml
if you write one). /usr/share/applications/{KIOSK_ID}.desktop starts
`allguide --kiosk` (hidden from menus) for a desktop's autostart instead.
"""


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time, else now (a tarball, no git)."""
    given = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if given.isdigit():
        return int(given)
    try:
        last_commit = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        last_commit = ""
    if last_commit.isdigit():
        return int(last_commit)
    return int(dt.datetime.now(dt.UTC).timestamp())


def build(
    bundle: Path, out_dir: Path, compression: str = "xz", libraries: Path = LIBRARIES
) -> Path:
    if not (bundle / "allguide").is_file():
        raise BuildError(f"{bundle}: no frozen build here (run make dist)")
    version = read_version()
    listed = read_library_list(libraries)
    depends = compute_depends(bundle, listed)
    recommends = compute_recommends(bundle, listed)
    epoch = str(source_date_epoch())
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="allguide-deb-") as work:
        tree = Path(work) / "root"
        tree.mkdir(mode=0o755)
        stage(bundle, tree, version, depends, when, recommends)
        compress = ["-Zxz", "-z9"] if compression == "xz" else [f"-Z{compression}"]
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compress, "--build", str(tree), str(deb)],
            check=True,
            env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "allguide")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--compression", default="xz", choices=("xz", "zstd", "gzip"))
    parser.add_argument("--libraries", type=Path, default=LIBRARIES, help="soname list")
    parser.add_argument(
        "--depends", action="store_true", help="print Depends (and Recommends) and stop"
    )
    args = parser.parse_args(argv)
    try:
        if args.depends:
            listed = read_library_list(args.libraries)
            print(", ".join(compute_depends(args.bundle, listed)))
            if recommends := compute_recommends(args.bundle, listed):
                print("Recommends: " + ", ".join(recommends))
            return 0
        deb = build(args.bundle, args.out, args.compression, args.libraries)
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    shown = deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb
    print(f"{shown}: {deb.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
