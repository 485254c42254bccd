"""One Planner at a time per data folder: an OS file lock held while the window (or a restore) runs.

An OS lock (flock on POSIX, msvcrt.locking on Windows) rather than Qt's QLockFile: the same lock
serves the GUI and the headless `planner restore` (storage may not import Qt), and the operating
system drops it when the process dies, so a crash never leaves a stale lock to guess about.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from planner.core.errors import StorageError

LOCK_NAME = "planner.lock"
IN_USE_MESSAGE = ("the planner data is in use by another window or user; close the other Planner "
                  "window (or ask who is using it) and try again")


class DataInUseError(StorageError):
    """Another Planner process holds the data folder."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataLock:
    """Exclusive use of `data_dir`: `acquire()` raises DataInUseError if someone else has it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> DataLock:
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise StorageError(f"cannot create the data folder {self.path.parent}: {error.strerror or error}") from None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StorageError(f"cannot use the data folder {self.path.parent}: {error.strerror or error}") from None
        if not _try_lock(fd):
            os.close(fd)
            raise DataInUseError(IN_USE_MESSAGE)
        # Who holds it, for a person looking at the folder; the lock itself is the OS's, not this text.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)   # closing the descriptor drops the OS lock
            self._fd = None

    def __enter__(self) -> DataLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
