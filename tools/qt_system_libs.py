#!/usr/bin/env python3
"""Check, before `make run` and `make test` start Qt, that the system libraries Qt loads
are on this machine, and install the missing ones when that needs no password.

Why: PySide6's wheel carries Qt but not the X11/EGL/fontconfig libraries or a font, so on
a fresh Debian or Ubuntu machine the first Qt import fails with a loader error. This
script finds what is missing without importing Qt (it reads the dynamic-library
dependencies of the Qt files AllGuide loads, and the loader's cache), then:

- nothing missing: exits 0 and prints nothing (it runs before every make target that
  starts Qt, so it is quick: no Qt import, one `ldconfig -p`);
- missing, and apt-get can run as root (root, or `sudo -n` without a password): installs
  the packages, then checks again;
- otherwise: prints what is missing and the one command to run, and exits 1.

The libraries and their Debian packages come from ONE list,
packaging/linux/system-libraries.txt (also the .deb's Depends). Standard library only;
run it with the venv's Python (it finds PySide6 there). Not Linux: nothing to do.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import shlex
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

LIST_FILE = Path(__file__).resolve().parent.parent / "packaging" / "linux" / "system-libraries.txt"
FONT = "(font)"
# Loaded by AllGuide and its tests: the Python modules it imports and the Qt plugins
# the frozen build keeps (build.spec). The Qt libraries they link are followed from these.
# Not the CUPS print plugin: its libcups2 is optional (the .deb recommends it), and
# without it Print lists no printer but the app and its tests run.
QT_ROOTS = (
    "QtCore.abi3.so",
    "QtGui.abi3.so",
    "QtWidgets.abi3.so",
    "QtTest.abi3.so",
    "QtPrintSupport.abi3.so",
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/platforms/libqoffscreen.so",
    "Qt/plugins/platforms/libqwayland.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "Qt/plugins/imageformats/libqsvg.so",
    "Qt/plugins/iconengines/libqsvgicon.so",
    "Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "Qt/plugins/wayland-decoration-client/libbradient.so",
)
# Where the wheels keep their own libraries: a name found here is not the system's.
WHEEL_LIBRARY_DIRS = ("PySide6/Qt/lib", "PySide6", "shiboken6")
DYNAMIC_LOADERS = ("ld-linux", "ld64.so")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc", ".pfb", ".pfa")
# ldconfig -p marks each library with its architecture; ELF e_machine -> that mark.
LDCONFIG_ARCH = {62: "x86-64", 183: "AArch64", 243: "riscv64"}


class SetupError(Exception):
    """A problem the user must read (bad list line, no PySide6): printed, no traceback."""


@dataclass(frozen=True)
class Requirement:
    """One line of the list: a soname (or FONT) and its package names, newest first."""

    soname: str
    packages: tuple[str, ...]


@dataclass(frozen=True)
class Missing:
    """Something Qt needs that is not on the machine, and the list's packages for it
    (empty when the list does not know it)."""

    soname: str
    packages: tuple[str, ...]

    def describe(self) -> str:
        what = "a font" if self.soname == FONT else self.soname
        if not self.packages:
            return f"{what} (not in {LIST_FILE.name}: find its package, e.g. apt-file search)"
        return f"{what} (package {' or '.join(self.packages)})"


def read_list(path: Path = LIST_FILE) -> list[Requirement]:
    """The list's entries; a malformed line is a SetupError naming file and line."""
    requirements = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        soname, tab, packages_text = raw.partition("\t")
        packages = tuple(name.strip() for name in packages_text.split("|"))
        if not tab or not soname or not all(packages):
            raise SetupError(
                f"{path}:{number}: expected 'soname<TAB>package' or 'a | b', got {raw!r}"
            )
        requirements.append(Requirement(soname.strip(), packages))
    return requirements


def elf_needed(path: Path) -> tuple[int, list[str]] | None:
    """(e_machine, DT_NEEDED names) of an ELF file, read without running anything
    (quicker than ldd, which loads every library); None if it is not a readable ELF."""
    try:
        with path.open("rb") as elf:
            ident = elf.read(64)
            if len(ident) < 52 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2):
                return None
            wide = ident[4] == 2
            end = "<" if ident[5] == 1 else ">"
            (machine,) = struct.unpack_from(end + "H", ident, 18)
            if wide:
                phoff, phentsize, phnum = (
                    *struct.unpack_from(end + "Q", ident, 32),
                    *struct.unpack_from(end + "HH", ident, 54),
                )
            else:
                phoff, phentsize, phnum = (
                    *struct.unpack_from(end + "I", ident, 28),
                    *struct.unpack_from(end + "HH", ident, 42),
                )
            elf.seek(phoff)
            table = elf.read(phentsize * phnum)
            loads, dynamic = [], None
            for index in range(phnum):
                if wide:
                    kind, _, offset, vaddr, _, filesz, _, _ = struct.unpack_from(
                        end + "IIQQQQQQ", table, index * phentsize
                    )
                else:
                    kind, offset, vaddr, _, filesz, _, _, _ = struct.unpack_from(
                        end + "IIIIIIII", table, index * phentsize
                    )
                if kind == 1:  # PT_LOAD
                    loads.append((vaddr, offset, filesz))
                elif kind == 2:  # PT_DYNAMIC
                    dynamic = (offset, filesz)
            if dynamic is None:
                return machine, []
            elf.seek(dynamic[0])
            entries = elf.read(dynamic[1])
            entry_format = end + ("qQ" if wide else "iI")
            size = struct.calcsize(entry_format)
            needed_offsets, strtab, strsz = [], 0, 0
            for tag, value in struct.iter_unpack(
                entry_format, entries[: len(entries) // size * size]
            ):
                if tag == 0:  # DT_NULL
                    break
                if tag == 1:  # DT_NEEDED
                    needed_offsets.append(value)
                elif tag == 5:  # DT_STRTAB (an address: mapped to the file below)
                    strtab = value
                elif tag == 10:  # DT_STRSZ
                    strsz = value
            for vaddr, offset, filesz in loads:
                if vaddr <= strtab < vaddr + filesz:
                    elf.seek(offset + strtab - vaddr)
                    strings = elf.read(strsz)
                    break
            else:
                return None
    except (OSError, struct.error):
        return None
    names = [strings[start : strings.find(b"\0", start)].decode() for start in needed_offsets]
    return machine, names


def find_pyside() -> Path | None:
    """site-packages holding PySide6, found without importing it (an import is what fails)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).parent


def linked_system_sonames(site_packages: Path) -> tuple[set[str], int | None]:
    """The sonames from the system that the Qt files AllGuide loads link, and their
    machine: the wheels' own libraries are followed, the system's are collected."""
    wheel: dict[str, Path] = {}
    for folder in WHEEL_LIBRARY_DIRS:
        directory = site_packages / folder
        if directory.is_dir():
            for entry in directory.iterdir():
                wheel.setdefault(entry.name, entry)
    queue = [site_packages / "PySide6" / root for root in QT_ROOTS]
    seen: set[Path] = set()
    system: set[str] = set()
    machine = None
    while queue:
        path = queue.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        parsed = elf_needed(path)
        if parsed is None:
            continue
        machine, names = parsed
        for name in names:
            if name in wheel:
                queue.append(wheel[name])
            elif not name.startswith(DYNAMIC_LOADERS):  # libc6's, there if anything runs
                system.add(name)
    return system, machine


def run_quietly(command: Sequence[str]) -> subprocess.CompletedProcess[str] | None:
    """Run a command for its output; None when it cannot be started."""
    try:
        return subprocess.run(
            command, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
        )
    except OSError:
        return None


def system_library_names(machine: int | None) -> set[str] | None:
    """Sonames the loader finds: its cache (`ldconfig -p`, this machine's architecture)
    and the folders in LD_LIBRARY_PATH; None when there is no cache to read."""
    ldconfig = shutil.which("ldconfig") or shutil.which(
        "ldconfig", path=os.pathsep.join(("/sbin", "/usr/sbin"))
    )
    names: set[str] = set()
    result = run_quietly([ldconfig, "-p"]) if ldconfig else None
    if result is None or result.returncode != 0:
        return None
    arch = LDCONFIG_ARCH.get(machine or 0)
    for line in result.stdout.splitlines() if result else ():
        name, paren, rest = line.strip().partition(" (")
        if paren and (arch is None or arch in rest.partition(")")[0]):
            names.add(name)
    for folder in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep):
        if folder and os.path.isdir(folder):
            names.update(os.listdir(folder))
    return names


def loadable(soname: str) -> bool:
    """Whether the loader finds the library, where there is no ldconfig cache to read
    (NixOS, some containers): it loads it, so it is only asked there."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def default_font_dirs() -> list[Path]:
    """Where fontconfig looks on Debian-family systems (and for the user)."""
    home = Path.home()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        data_home / "fonts",
    ]


def has_font(folders: Iterable[Path]) -> bool:
    """At least one scalable font file (Qt draws no text without one)."""
    for folder in folders:
        for _, _, files in os.walk(folder):
            if any(name.lower().endswith(FONT_SUFFIXES) for name in files):
                return True
    return False


def find_missing(
    requirements: Sequence[Requirement], site_packages: Path, font_dirs: Iterable[Path]
) -> list[Missing]:
    """Everything in the list, and everything the Qt files link, that is not here."""
    linked, machine = linked_system_sonames(site_packages)
    cached = system_library_names(machine)
    packages = {req.soname: req.packages for req in requirements}
    listed = {
        req.soname
        for req in requirements
        if req.soname != FONT and not req.soname.startswith(DYNAMIC_LOADERS)
    }  # the list names x86-64's loader: on another machine its own loader runs Qt
    wanted = sorted(listed | linked)
    missing = [
        Missing(name, packages.get(name, ()))
        for name in wanted
        if (name not in cached if cached is not None else not loadable(name))
    ]
    if FONT in packages and not has_font(font_dirs):
        missing.append(Missing(FONT, packages[FONT]))
    return missing


def apt_candidates(names: Iterable[str]) -> set[str]:
    """The package names apt can install here (a candidate version in its lists)."""
    result = run_quietly(["apt-cache", "policy", *sorted(set(names))])
    known, current = set(), None
    for line in result.stdout.splitlines() if result else ():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            current = line.rstrip()[:-1]
        elif (
            current
            and line.strip().startswith("Candidate:")
            and line.split(":", 1)[1].strip() != "(none)"
        ):
            known.add(current)
    return known


def newer_release() -> bool:
    """Debian 13+ / Ubuntu 24.04+ (the '…t64' package names), for when apt knows neither."""
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        return True
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    distro = fields.get("ID", "").strip('"')
    version = fields.get("VERSION_ID", "").strip('"')
    try:
        number = float(version)
    except ValueError:
        return True
    return number >= (24.04 if distro == "ubuntu" else 13)


def choose_packages(missing: Sequence[Missing]) -> tuple[list[str], bool]:
    """One package per missing item (for 'a | b' the one apt knows, newest first) and
    whether apt knew them all (if not, its lists need an update first)."""
    wanted = [item.packages for item in missing if item.packages]
    known = apt_candidates(name for names in wanted for name in names)
    chosen: list[str] = []
    all_known = True
    for names in wanted:
        pick = next((name for name in names if name in known), None)
        if pick is None:
            all_known = False
            pick = names[0] if newer_release() or len(names) == 1 else names[-1]
        if pick not in chosen:
            chosen.append(pick)
    return chosen, all_known


def root_prefix() -> list[str] | None:
    """How to run apt-get as root without a password prompt: [] as root, sudo -n when
    that works, None when neither."""
    result = run_quietly(["id", "-u"])
    euid = result.stdout.strip() if result and result.returncode == 0 else str(os.geteuid())
    if euid == "0":
        return []
    if shutil.which("sudo"):
        check = run_quietly(["sudo", "-n", "true"])
        if check is not None and check.returncode == 0:
            return ["sudo", "-n"]
    return None


def apt_get(prefix: list[str], *arguments: str) -> bool:
    """apt-get, without questions, its output shown (the user sees what is installed)."""
    command = [*prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", *arguments]
    print("+ " + shlex.join(command), file=sys.stderr, flush=True)
    try:
        return subprocess.run(command, stdin=subprocess.DEVNULL, check=False).returncode == 0
    except OSError:
        return False


def install(prefix: list[str], missing: Sequence[Missing]) -> bool:
    """apt-get install the packages (apt-get update first only when needed)."""
    packages, all_known = choose_packages(missing)
    updated = False
    if not all_known:
        updated = apt_get(prefix, "update", "-q")
        packages, _ = choose_packages(missing)
    arguments = ("install", "-y", "-q", "--no-install-recommends", *packages)
    if apt_get(prefix, *arguments):
        return True
    return not updated and apt_get(prefix, "update", "-q") and apt_get(prefix, *arguments)


def report(missing: Sequence[Missing], as_root: bool) -> None:
    """What is missing and the one command that installs it."""
    lines = ["AllGuide: Qt needs these, and they are not on this machine:"]
    lines += [f"  {item.describe()}" for item in missing]
    if not shutil.which("apt-get"):
        lines += [
            "Install the packages that provide them (their Debian names are given above),",
            "then run make again.",
        ]
    else:
        packages, all_known = choose_packages(missing)
        sudo = "" if as_root else "sudo "
        install_command = f"{sudo}apt-get install -y {' '.join(packages)}"
        if not all_known:
            install_command = f"{sudo}apt-get update && {install_command}"
        lines += [
            "Install them with this command, then run make again:",
            "",
            f"    {install_command}",
        ]
        if any(not item.packages for item in missing):
            lines += ["", "and the packages that provide the libraries marked above."]
    print("\n".join(lines), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-only", action="store_true", help="never install, only report")
    parser.add_argument(
        "--font-dir",
        action="append",
        type=Path,
        help="look for fonts here instead of the usual folders (repeatable; for tests)",
    )
    parser.add_argument("--list", type=Path, default=LIST_FILE, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0  # the wheels for Windows and macOS carry what Qt needs
    try:
        requirements = read_list(options.list)
        site_packages = find_pyside()
        if site_packages is None:
            raise SetupError(f"PySide6 is not installed for {sys.executable}")
    except (SetupError, OSError) as error:
        print(f"AllGuide set-up: {error}", file=sys.stderr)
        return 2
    font_dirs = options.font_dir or default_font_dirs()
    missing = find_missing(requirements, site_packages, font_dirs)
    if not missing:
        return 0
    prefix = root_prefix()
    installable = all(item.packages for item in missing) and shutil.which("apt-get")
    if not options.check_only and prefix is not None and installable:
        names = ", ".join("a font" if item.soname == FONT else item.soname for item in missing)
        print(f"AllGuide: installing what Qt needs: {names}", file=sys.stderr, flush=True)
        if install(prefix, missing):
            missing = find_missing(requirements, site_packages, font_dirs)
            if not missing:
                return 0
    report(missing, as_root=prefix == [])
    return 1


if __name__ == "__main__":
    sys.exit(main())
