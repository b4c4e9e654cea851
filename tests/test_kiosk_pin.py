"""The staff PIN: its salted scrypt hash, hashes that must never verify, the limit on
wrong tries, and ``allguide kiosk-pin`` (issue 12, section 5)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from allguide import cli
from allguide.kiosk import pin as pin_module
from allguide.kiosk.config import configured_mode
from allguide.kiosk.pin import (
    FIRST_WAIT_SECONDS,
    FREE_TRIES,
    LONGEST_WAIT_SECONDS,
    SALT_BYTES,
    PinAttempts,
    PinHash,
    hash_pin,
    is_pin_hash,
    pin_problem,
    verify_pin,
)

RIGHT = "2468"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin(RIGHT)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_the_hash_is_one_line_of_scrypt_costs_salt_and_key(stored: str) -> None:
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "32768", "8", "1")
    assert len(base64.b64decode(salt)) == SALT_BYTES
    assert len(base64.b64decode(key)) == 32
    assert RIGHT not in stored.split("$", 4)[:4]


def test_the_right_pin_verifies_and_others_do_not(stored: str) -> None:
    assert verify_pin(RIGHT, stored)
    for wrong in ("2469", "24680", "0000", "8642", "246", "", " 2468"):
        assert not verify_pin(wrong, stored)


def test_each_hash_has_its_own_salt() -> None:
    first, second = hash_pin(RIGHT), hash_pin(RIGHT)
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert verify_pin(RIGHT, first)
    assert verify_pin(RIGHT, second)


@pytest.mark.parametrize(
    "pin", ["123", "1234567890123", "12a4", "12 34", "١٢٣٤", "１２３４", "", "-1234"]
)
def test_a_pin_is_4_to_12_ascii_digits(pin: str, stored: str) -> None:
    assert pin_problem(pin) == "a staff PIN is 4 to 12 digits (0-9)"
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin)
    assert not verify_pin(pin, stored)


@pytest.mark.parametrize("pin", ["1234", "000000000000", "2468"])
def test_good_pins(pin: str) -> None:
    assert pin_problem(pin) is None


def malformed(stored: str) -> Iterator[object]:
    scheme, n, r, p, salt, key = stored.split("$")
    yield ""
    yield "scrypt"
    yield "2468"
    yield stored + "$"
    yield "$".join(["bcrypt", n, r, p, salt, key])
    yield "$".join([scheme, "30000", r, p, salt, key])  # not a power of two
    yield "$".join([scheme, str(2**12), r, p, salt, key])  # weaker than allowed
    yield "$".join([scheme, str(2**30), r, p, salt, key])  # would need 32 GiB
    yield "$".join([scheme, n, "0", p, salt, key])
    yield "$".join([scheme, n, "16", "4", salt, key])  # 256 MiB: too much to be asked
    yield "$".join([scheme, "٣٢٧٦٨", r, p, salt, key])  # Arabic-Indic digits
    yield "$".join([scheme, n, r, p, "not base64!", key])
    yield "$".join([scheme, n, r, p, b64(b"short"), key])
    yield "$".join([scheme, n, r, p, salt, b64(b"k" * 8)])
    yield "$".join([scheme, n, r, p, salt, key[:-4] + "AAA="])  # the key tampered with
    yield stored.replace("$", "$$", 1)
    yield None
    yield 2468
    yield b"scrypt$..."


def test_a_malformed_hash_never_verifies_and_never_raises(stored: str) -> None:
    for bad in malformed(stored):
        assert not verify_pin(RIGHT, bad), bad  # type: ignore[arg-type]
    tampered = list(malformed(stored))[14]
    assert is_pin_hash(tampered)  # well formed, so it was checked and refused
    assert PinHash.parse(stored) is not None
    assert sum(is_pin_hash(bad) for bad in malformed(stored)) == 1


def test_a_hash_checked_surrounded_by_spaces(stored: str) -> None:
    """A line pasted with a trailing space still verifies (YAML keeps quoted spaces)."""
    assert verify_pin(RIGHT, f" {stored} ")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_tries_then_a_wait_that_doubles_up_to_fifteen_minutes(stored: str) -> None:
    clock = FakeClock()
    attempts = PinAttempts(clock)
    for _ in range(FREE_TRIES - 1):
        assert attempts.check("1111", stored) is False
        assert attempts.may_try()
    waits = []
    for _ in range(8):
        assert attempts.check("1111", stored) is False
        waits.append(attempts.seconds_to_wait())
        assert attempts.check(RIGHT, stored) is None  # not even the right one: wait
        clock.now += waits[-1] - 0.5
        assert not attempts.may_try()
        clock.now += 0.5
        assert attempts.may_try()
    assert waits == [30.0, 60.0, 120.0, 240.0, 480.0, 900.0, 900.0, 900.0]
    assert waits[0] == FIRST_WAIT_SECONDS
    assert waits[-1] == LONGEST_WAIT_SECONDS


def test_the_right_pin_starts_again_from_nothing(stored: str) -> None:
    clock = FakeClock()
    attempts = PinAttempts(clock)
    for _ in range(FREE_TRIES):
        attempts.check("1111", stored)
    clock.now += attempts.seconds_to_wait()
    assert attempts.check(RIGHT, stored) is True
    assert attempts.wrong_tries == 0
    for _ in range(FREE_TRIES - 1):
        assert attempts.check("1111", stored) is False
    assert attempts.may_try()


def test_no_overflow_after_very_many_wrong_tries(
    stored: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pin_module, "verify_pin", lambda pin, stored: False)  # quick
    clock = FakeClock()
    attempts = PinAttempts(clock)
    for _ in range(5000):
        assert attempts.check("1111", stored) is False
        clock.now += attempts.seconds_to_wait()
    assert attempts.check("1111", stored) is False
    assert attempts.seconds_to_wait() == LONGEST_WAIT_SECONDS


# allguide kiosk-pin --------------------------------------------------------------


def test_kiosk_pin_prints_the_line_to_paste(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("13579\n"))
    assert cli.main(["kiosk-pin"]) == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    assert line.startswith("pin: scrypt$")
    assert "13579" not in out + err
    config = tmp_path / "allguide.yaml"
    config.write_text(f"kiosk: true\n{line}\n", "utf-8")  # pasted as it is
    configured = configured_mode(config, False)
    assert configured.problems == ()
    assert verify_pin("13579", configured.mode.staff_pin_hash)


@pytest.mark.parametrize("typed", ["123\n", "12345678901234\n", "12ab\n", "\n", ""])
def test_kiosk_pin_refuses_a_bad_pin_with_status_2(
    typed: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert cli.main(["kiosk-pin"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "allguide: error: a staff PIN is 4 to 12 digits (0-9); nothing printed\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_kiosk_pin_at_a_terminal_asks_twice_unseen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(""))
    typed = iter(["2468", "2468", "2468", "2486"])
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", getpass)
    assert cli.main(["kiosk-pin"]) == 0
    assert verify_pin("2468", capsys.readouterr().out.removeprefix("pin: ").strip())
    assert prompts == ["Staff PIN (4 to 12 digits): ", "The same PIN again: "]
    assert cli.main(["kiosk-pin"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "allguide: error: the two PINs differ; nothing printed\n"


def test_kiosk_pin_stopped_at_the_prompt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal(""))

    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("getpass.getpass", interrupted)
    assert cli.main(["kiosk-pin"]) == 2
    assert capsys.readouterr().err == "allguide: error: no PIN given; nothing printed\n"
