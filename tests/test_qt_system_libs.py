"""tools/qt_system_libs.py, the check `make run` and `make test` do before Qt starts.

It runs as a real process against a fake machine: a PATH holding only fake ldconfig,
apt-cache, apt-get, id and sudo scripts (in a tmp folder) that log their calls, and an
empty or filled font folder. The Qt files it reads are the real PySide6 of this venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "qt_system_libs.py"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the check does nothing off Linux"
)


tool = load_script("tools/qt_system_libs.py")
SITE_PACKAGES = tool.find_pyside()
LINKED, MACHINE = tool.linked_system_sonames(SITE_PACKAGES)
LIST = tool.read_list()
LIST_SONAMES = {req.soname for req in LIST if req.soname != tool.FONT}
EVERYTHING = sorted(LIST_SONAMES | LINKED)
# Debian 12's names; Debian 13 and Ubuntu 24.04 have the '…t64' ones instead.
OLD_NAMES = {req.packages[-1] for req in LIST}
NEW_NAMES = {req.packages[0] for req in LIST}


class FakeMachine:
    """A PATH of fake commands, state files they read, and a log of their calls."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.state = folder / "state"
        self.fonts = folder / "fonts"
        for made in (self.bin, self.state, self.fonts):
            made.mkdir()
        self.log = self.state / "log"
        self.log.touch()
        (self.bin / "env").symlink_to("/usr/bin/env")
        self.script(
            "ldconfig",
            f"""
            echo "2 libs found in cache '/etc/ld.so.cache'"
            if [ -e {self.state}/installed ]; then list=all; else list=present; fi
            while read -r name; do
              printf '\\t%s (libc6,{tool.LDCONFIG_ARCH.get(MACHINE, "x86-64")}) => /lib/%s\\n' \\
                "$name" "$name"
            done < {self.state}/$list
        """,
        )
        self.script(
            "apt-cache",
            f"""
            shift
            for name in "$@"; do
              while read -r known; do
                [ "$known" = "$name" ] \\
                  && printf '%s:\\n  Installed: (none)\\n  Candidate: 1.0\\n' "$name"
              done < {self.state}/known
            done
            exit 0
        """,
        )
        self.script(
            "apt-get",
            f"""
            echo "apt-get $*" >> {self.log}
            [ "$1" = install ] || exit 0
            [ -e {self.state}/install-fails ] && exit 100
            : > {self.state}/installed
            : > {self.fonts}/DejaVuSans.ttf
            exit 0
        """,
        )
        self.configure()

    def script(self, name: str, body: str) -> None:
        path = self.bin / name
        lines = [line.strip() for line in body.strip().splitlines()]
        path.write_text("#!/bin/sh\n" + "\n".join(lines) + "\n")
        path.chmod(0o755)

    def configure(
        self,
        missing: Iterable[str] = (),
        uid: int = 0,
        sudo_works: bool | None = None,
        apt: bool = True,
        known: Iterable[str] = OLD_NAMES,
        font: bool = True,
    ) -> None:
        """What is missing, who runs the check, sudo (None: not installed), apt."""
        absent = set(missing)
        (self.state / "all").write_text("".join(f"{name}\n" for name in EVERYTHING))
        (self.state / "present").write_text(
            "".join(f"{name}\n" for name in EVERYTHING if name not in absent)
        )
        (self.state / "known").write_text("".join(f"{name}\n" for name in sorted(known)))
        self.script("id", f"echo {uid}")
        (self.bin / "sudo").unlink(missing_ok=True)
        if sudo_works is not None:
            self.script(
                "sudo",
                f"""
                echo "sudo $*" >> {self.log}
                [ "$1" = -n ] || exit 1
                shift
                [ "$1" = true ] && exit {0 if sudo_works else 1}
                exec "$@"
            """,
            )
        for name in ("apt-get", "apt-cache"):
            hidden, shown = self.bin / f".{name}", self.bin / name
            if apt and hidden.exists():
                hidden.rename(shown)
            elif not apt and shown.exists():
                shown.rename(hidden)
        (self.fonts / "Font.otf").unlink(missing_ok=True)
        if font:
            (self.fonts / "Font.otf").touch()

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(TOOL), "--font-dir", str(self.fonts), *arguments],
            capture_output=True,
            text=True,
            env={"PATH": str(self.bin), "HOME": str(self.state), "LANG": "C.UTF-8"},
            check=False,
        )

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()


@pytest.fixture
def machine(tmp_path: Path) -> FakeMachine:
    return FakeMachine(tmp_path)


def install_arguments(calls: list[str]) -> list[str]:
    """The packages of the (one) apt-get install call."""
    installs = [call for call in calls if call.startswith("apt-get install ")]
    assert len(installs) == 1, calls
    words = installs[0].split()
    return words[words.index("--no-install-recommends") + 1 :]


def install_commands(text: str) -> list[str]:
    """The install commands offered to the user (not the '+ apt-get' lines it ran)."""
    return [
        line.strip()
        for line in text.splitlines()
        if "apt-get install" in line and not line.startswith("+ ")
    ]


MISSING = ["libEGL.so.1", "libglib-2.0.so.0", "libgio-2.0.so.0", "libxcb-cursor.so.0"]


def test_nothing_missing_is_silent_and_installs_nothing(machine: FakeMachine) -> None:
    result = machine.run()
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert machine.calls() == []


def test_the_list_s_x86_64_loader_is_not_asked_of_another_machine(
    machine: FakeMachine,
) -> None:
    """On an ARM machine its own loader runs Qt; asking for x86-64's would stop it."""
    loaders = [name for name in EVERYTHING if name.startswith("ld-linux")]
    assert loaders  # the list names x86-64's, for the .deb
    machine.configure(missing=loaders)
    result = machine.run()
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert machine.calls() == []


def test_without_a_loader_cache_the_loader_itself_is_asked(machine: FakeMachine) -> None:
    """No ldconfig cache (NixOS, some containers): the libraries this machine really has
    are found by loading them, not all reported missing."""
    machine.script("ldconfig", "exit 1")
    result = machine.run()
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert machine.calls() == []


@pytest.mark.parametrize(
    ("known", "glib"), [(OLD_NAMES, "libglib2.0-0"), (NEW_NAMES, "libglib2.0-0t64")]
)
def test_root_installs_the_missing_packages_choosing_the_name_apt_knows(
    machine: FakeMachine, known: set[str], glib: str
) -> None:
    machine.configure(missing=MISSING, uid=0, known=known)
    result = machine.run()
    assert result.returncode == 0, result.stderr
    assert install_arguments(machine.calls()) == ["libegl1", glib, "libxcb-cursor0"]
    assert machine.calls()[0].startswith("apt-get install -y")  # apt knew them: no update


def test_a_user_with_passwordless_sudo_installs_through_sudo(machine: FakeMachine) -> None:
    machine.configure(missing=MISSING, uid=1000, sudo_works=True)
    result = machine.run()
    assert result.returncode == 0, result.stderr
    assert machine.calls()[0] == "sudo -n true"
    assert machine.calls()[1].startswith("sudo -n env DEBIAN_FRONTEND=noninteractive apt-get")
    assert install_arguments(machine.calls()) == ["libegl1", "libglib2.0-0", "libxcb-cursor0"]


@pytest.mark.parametrize("sudo_works", [False, None], ids=["sudo-asks-a-password", "no-sudo"])
def test_no_way_to_install_stops_with_one_command_for_everything(
    machine: FakeMachine, sudo_works: bool | None
) -> None:
    machine.configure(missing=MISSING, uid=1000, sudo_works=sudo_works, font=False)
    result = machine.run()
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert install_commands(result.stderr) == [
        "sudo apt-get install -y libegl1 libglib2.0-0 libxcb-cursor0 fonts-dejavu-core"
    ]
    for name in MISSING:
        assert name in result.stderr
    assert not any("apt-get" in call for call in machine.calls())


def test_a_missing_font_means_fonts_dejavu_core(machine: FakeMachine) -> None:
    machine.configure(font=False, uid=0)
    result = machine.run()
    assert result.returncode == 0, result.stderr
    assert install_arguments(machine.calls()) == ["fonts-dejavu-core"]


def test_check_only_never_installs(machine: FakeMachine) -> None:
    machine.configure(missing=["libxkbcommon-x11.so.0"], uid=0)
    result = machine.run("--check-only")
    assert result.returncode == 1
    assert install_commands(result.stderr) == ["apt-get install -y libxkbcommon-x11-0"]
    assert machine.calls() == []


def test_apt_lists_that_know_no_package_are_updated_first(machine: FakeMachine) -> None:
    machine.configure(missing=["libxcb-cursor.so.0"], uid=0, known=())
    result = machine.run()
    assert result.returncode == 0, result.stderr
    assert [call.split()[1] for call in machine.calls()] == ["update", "install"]


def test_a_failed_install_ends_with_the_command(machine: FakeMachine) -> None:
    machine.configure(missing=["libxcb-cursor.so.0"], uid=0)
    (machine.state / "install-fails").touch()
    result = machine.run()
    assert result.returncode == 1
    assert [call.split()[1] for call in machine.calls()] == ["install", "update", "install"]
    assert install_commands(result.stderr) == ["apt-get install -y libxcb-cursor0"]


def test_without_apt_it_names_the_libraries_and_stops(machine: FakeMachine) -> None:
    machine.configure(missing=["libxcb-cursor.so.0"], uid=0, apt=False)
    result = machine.run()
    assert result.returncode == 1
    assert "libxcb-cursor.so.0" in result.stderr
    assert "libxcb-cursor0" in result.stderr  # the Debian name, as a hint
    assert install_commands(result.stderr) == []


def test_a_bad_list_line_is_named_without_a_traceback(machine: FakeMachine, tmp_path: Path) -> None:
    bad = tmp_path / "list.txt"
    bad.write_text("# comment\nlibfoo.so.1\tlibfoo1\nlibbar.so.2 libbar2\n")
    result = machine.run("--list", str(bad))
    assert result.returncode == 2
    assert f"{bad}:3: " in result.stderr
    assert "Traceback" not in result.stderr


def test_the_list_parses_once_per_soname_with_packages() -> None:
    sonames = [req.soname for req in LIST]
    assert len(sonames) == len(set(sonames))
    assert tool.FONT in sonames
    assert all(req.packages and all(req.packages) for req in LIST)


def test_every_system_library_the_real_qt_files_link_is_in_the_list() -> None:
    """Keeps the list complete when PySide6 is upgraded: a new system dependency of the
    Qt files AllGuide loads must get its line (and its Debian package)."""
    assert LINKED, "no Qt file read"
    assert not LINKED - LIST_SONAMES, "add these to packaging/linux/system-libraries.txt"


def ldd(paths: Iterable[str]) -> dict[str, str]:
    """soname -> where the real loader finds it, for these files and all they link."""
    output = subprocess.run(["ldd", *paths], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in output.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if arrow:
            found[name] = where.split(" (")[0]
    return found


def test_the_dependencies_read_from_the_files_match_the_loaders() -> None:
    """What ldd (the real loader) finds from the system is what the check read from the
    Qt files plus what those system libraries themselves link: none forgotten."""
    pyside = SITE_PACKAGES / "PySide6"
    roots = [str(pyside / root) for root in tool.QT_ROOTS if (pyside / root).exists()]
    from_system = {
        name: where
        for name, where in ldd(roots).items()
        if not where.startswith(str(SITE_PACKAGES))
    }
    assert set(from_system) >= LINKED
    present = [from_system[name] for name in LINKED if from_system[name] != "not found"]
    assert set(from_system) == LINKED | set(ldd(present))


def test_the_check_runs_quietly_on_this_machine_when_set_up() -> None:
    """The real check, real commands: silent when Qt can start here (it does: the suite
    runs Qt), so `make test` goes straight on."""
    result = subprocess.run(
        [sys.executable, str(TOOL), "--check-only"],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


QT_LIBRARIES = [f"Qt/lib/libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "XcbQpa")]


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) not installed")
@pytest.mark.parametrize("name", [*tool.QT_ROOTS, *QT_LIBRARIES])
def test_each_files_dependencies_are_read_as_readelf_reads_them(name: str) -> None:
    """The check reads ELF itself (quicker than ldd); binutils' reading is the reference."""
    path = SITE_PACKAGES / "PySide6" / name
    if not path.exists():
        pytest.skip(f"{name} is not in this PySide6")
    dynamic = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=True
    ).stdout
    needed = [
        line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line
    ]
    parsed = tool.elf_needed(path)
    assert parsed is not None
    assert parsed[1] == needed
