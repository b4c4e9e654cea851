"""The staff PIN: a salted scrypt hash in the configuration, and a limit on wrong tries.

A kiosk's configuration file may be read by anyone with the machine in their hands,
so it holds only ``scrypt$N$r$p$<salt>$<hash>`` (``allguide kiosk-pin`` prints that
line): the PIN itself is never written anywhere. A hash in any other shape never
verifies and never raises, so a mistyped configuration cannot open the kiosk, nor
stop it. Qt-free: the command line makes hashes, the staff exit checks them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

PIN_DIGITS_MIN = 4
PIN_DIGITS_MAX = 12
_PIN = re.compile(rf"[0-9]{{{PIN_DIGITS_MIN},{PIN_DIGITS_MAX}}}")  # ASCII digits only

SCHEME = "scrypt"
# 2**15 (32 MiB) costs ~69 ms on the development machine (2**14: 25 ms; 2**16: 136 ms;
# 2**17: 275 ms): strong, and still quick enough to check on the interface's thread
# of a slower kiosk computer.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32

# What a stored hash may ask for: never weaker than a PIN deserves, and never so costly
# that a hostile configuration could make the kiosk freeze or run out of memory.
_N_RANGE = (2**14, 2**18)
_R_RANGE = (1, 16)
_P_RANGE = (1, 4)
_MEMORY_MAX = 128 * 1024 * 1024
_SALT_RANGE = (16, 64)
_HASH_RANGE = (32, 64)


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None if it can."""
    if _PIN.fullmatch(pin) is None:
        return f"a staff PIN is {PIN_DIGITS_MIN} to {PIN_DIGITS_MAX} digits (0-9)"
    return None


@dataclass(frozen=True)
class PinHash:
    """A stored hash taken apart: scrypt's costs, the salt and the derived key."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        key = base64.b64encode(self.key).decode("ascii")
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${key}"

    @staticmethod
    def parse(stored: str) -> PinHash | None:
        """``stored`` taken apart, or None when it is not a hash this module would check."""
        parts = stored.strip().split("$") if isinstance(stored, str) else []
        if len(parts) != 6 or parts[0] != SCHEME:
            return None
        try:
            n, r, p = (_whole_number(part) for part in parts[1:4])
            salt = base64.b64decode(parts[4], validate=True)
            key = base64.b64decode(parts[5], validate=True)
        except (ValueError, binascii.Error):
            return None
        within = (
            _N_RANGE[0] <= n <= _N_RANGE[1]
            and n & (n - 1) == 0  # scrypt's N is a power of two
            and _R_RANGE[0] <= r <= _R_RANGE[1]
            and _P_RANGE[0] <= p <= _P_RANGE[1]
            and _memory(n, r, p) <= _MEMORY_MAX
            and _SALT_RANGE[0] <= len(salt) <= _SALT_RANGE[1]
            and _HASH_RANGE[0] <= len(key) <= _HASH_RANGE[1]
        )
        return PinHash(n, r, p, salt, key) if within else None


def _whole_number(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        raise ValueError(text)
    return int(text)


def _memory(n: int, r: int, p: int) -> int:
    """The bytes scrypt works in for these costs."""
    return 128 * n * r * p


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=_memory(n, r, p) + 1024 * 1024,  # OpenSSL's own bookkeeping on top
        dklen=length,
    )


def hash_pin(pin: str) -> str:
    """The line for the configuration's ``pin:``, with a fresh random salt each time.

    Raises ValueError for a PIN that ``pin_problem`` refuses (the caller checks first).
    """
    problem = pin_problem(pin)
    if problem is not None:
        raise ValueError(problem)
    salt = os.urandom(SALT_BYTES)
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return str(PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key))


def is_pin_hash(stored: object) -> bool:
    """Whether ``stored`` is a hash ``verify_pin`` can check (what the configuration checks)."""
    return isinstance(stored, str) and PinHash.parse(stored) is not None


def verify_pin(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from. Never raises: a malformed
    hash, or a PIN that could not be one, is simply not right."""
    parsed = PinHash.parse(stored) if isinstance(stored, str) else None
    if parsed is None or not isinstance(pin, str) or pin_problem(pin) is not None:
        return False
    try:
        key = _derive(pin, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.key))
    except (ValueError, MemoryError):  # a cost this machine's OpenSSL refuses
        return False
    return hmac.compare_digest(key, parsed.key)


FREE_TRIES = 3
FIRST_WAIT_SECONDS = 30.0
LONGEST_WAIT_SECONDS = 15 * 60.0


class PinAttempts:
    """Wrong PINs are slowed down: ``FREE_TRIES`` at once, then a wait before each next
    try that doubles from ``FIRST_WAIT_SECONDS`` to at most ``LONGEST_WAIT_SECONDS``.
    The right PIN starts again from nothing.

    Kept in memory only (a restart also starts again; the kiosk's supervisor restarts
    AllGuide only if it ends with an error). ``clock`` is monotonic seconds (tests set it).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._wrong = 0
        self._next_try_at = 0.0

    @property
    def wrong_tries(self) -> int:
        return self._wrong

    def seconds_to_wait(self) -> float:
        """How long until the next try is taken (0: now)."""
        return max(0.0, self._next_try_at - self._clock())

    def may_try(self) -> bool:
        return self.seconds_to_wait() <= 0.0

    def check(self, pin: str, stored: str | None) -> bool | None:
        """Whether ``pin`` is right; None when a try is not taken yet (wait first)."""
        if not self.may_try():
            return None
        if verify_pin(pin, stored):
            self._wrong = 0
            self._next_try_at = 0.0
            return True
        self._wrong += 1
        beyond = self._wrong - FREE_TRIES
        if beyond >= 0:
            doubled = FIRST_WAIT_SECONDS * 2.0 ** min(beyond, 32)  # no overflow, ever
            wait = min(doubled, LONGEST_WAIT_SECONDS)
            self._next_try_at = self._clock() + wait
        return False
