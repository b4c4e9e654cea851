"""Offline, proven: the real app, traced by the kernel, opens no internet socket.

``allguide --smoke-test`` (every page and view, as a real start) runs under
``strace -f -e trace=network``, which sees every socket call of every thread and
child process, from Python, Qt's C++ and any library alike. The in-process guard
(tests/conftest.py) is checked here too, one way in at a time.
"""

from __future__ import annotations

import _socket
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkUsed

STRACE = shutil.which("strace")
needs_strace = pytest.mark.skipif(
    STRACE is None,
    reason="strace is not installed (apt-get install strace): the app's sockets cannot be traced",
)

SOCKET_CALL = re.compile(r"\bsocket\((?P<family>\w+)")
CONNECT_CALL = re.compile(r"\b(?:connect|sendto|sendmsg|bind)\(\d+,.*?sa_family=(?P<family>\w+)")
LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL"}  # X11, D-Bus: on this machine only
INTERNET_FAMILIES = {"AF_INET", "AF_INET6"}


def network_use(trace: str) -> list[str]:
    """The traced calls that create an internet socket or reach anything but a local one."""
    found = []
    for line in trace.splitlines():
        created = SOCKET_CALL.search(line)
        reached = CONNECT_CALL.search(line)
        if (created and created["family"] in INTERNET_FAMILIES) or (
            reached and reached["family"] not in LOCAL_FAMILIES
        ):
            found.append(line.strip())
    return found


def traced(tmp_path: Path, *command: str) -> str:
    """Run ``command`` under strace (network calls only, child processes too); the trace."""
    assert STRACE is not None
    log = tmp_path / "strace.log"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
    }
    run = subprocess.run(
        [STRACE, "-f", "-qq", "-e", "trace=network", "-o", str(log), *command],
        capture_output=True, text=True, check=False, env=env, cwd=tmp_path, timeout=180,
    )  # fmt: skip
    if "ptrace" in run.stderr and run.returncode != 0:
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stdout + run.stderr
    return log.read_text("utf-8", errors="replace")


def test_the_trace_reader_sees_internet_sockets_and_lets_local_ones_pass() -> None:
    trace = (
        "101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n"
        '101 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 110) = 0\n'
        "102 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 4\n"
        '102 connect(5, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("1.1.1.1")}, 16'
        " <unfinished ...>\n"
        '103 sendto(6, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(53)}, 16) = 1\n'
        "104 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 7\n"
        "104 sendmsg(7, {msg_name={sa_family=AF_NETLINK, nl_pid=0}, msg_namelen=12}, 0) = 20\n"
        "101 <... connect resumed>) = 0\n"
    )
    assert [line.split()[0] for line in network_use(trace)] == ["102", "102", "103", "104"]


@pytest.mark.e2e
@needs_strace
def test_strace_sees_a_socket_when_one_is_opened(tmp_path: Path) -> None:
    """The control: the same trace of a process that does open one finds it."""
    trace = traced(
        tmp_path, sys.executable, "-c",
        "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "s.connect(('192.0.2.1', 9))",  # TEST-NET-1: connecting a UDP socket sends nothing
    )  # fmt: skip
    assert len(network_use(trace)) == 2, trace


@pytest.mark.e2e
@needs_strace
@pytest.mark.parametrize("mode", [(), ("--kiosk",)], ids=["normal", "kiosk"])
def test_the_smoke_test_opens_no_internet_socket(tmp_path: Path, mode: tuple[str, ...]) -> None:
    trace = traced(tmp_path, sys.executable, "-m", "allguide", "--smoke-test", *mode)
    assert network_use(trace) == []


# The in-process guard ----------------------------------------------------------------


def _connect() -> None:
    socket.socket(socket.AF_UNIX).connect(("example.org", 80))


def _udp() -> None:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM)


WAYS_IN = {
    "create_connection": lambda: socket.create_connection(("example.org", 80)),
    "getaddrinfo": lambda: socket.getaddrinfo("example.org", 80),
    "gethostbyname": lambda: socket.gethostbyname("example.org"),
    "gethostbyaddr": lambda: socket.gethostbyaddr("192.0.2.1"),
    "getnameinfo": lambda: socket.getnameinfo(("192.0.2.1", 80), 0),
    "an internet socket": _udp,
    "the C module's socket": lambda: _socket.socket(_socket.AF_INET6, _socket.SOCK_STREAM),
    "connect to a host": _connect,
}


@pytest.mark.parametrize("way", WAYS_IN.values(), ids=WAYS_IN.keys())
def test_the_in_process_guard_refuses_every_way_out(way: object) -> None:
    assert callable(way)
    with pytest.raises(NetworkUsed):
        way()


def test_the_in_process_guard_lets_local_sockets_be() -> None:
    """Qt and libraries may talk over local sockets (a socket pair, D-Bus): not the network."""
    first, second = socket.socketpair()
    with first, second:
        first.sendall(b"x")
        assert second.recv(1) == b"x"
