"""The data-folder lock: one Planner at a time, and a crashed one never leaves a stale lock."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from planner.storage.lock import DataInUseError, DataLock

HOLD_LOCK = """
import sys, time
from pathlib import Path
from planner.storage.lock import DataLock
DataLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_holder_is_told_the_data_is_in_use(tmp_path: Path) -> None:
    first = DataLock(tmp_path).acquire()
    with pytest.raises(DataInUseError, match="in use by another window or user"):
        DataLock(tmp_path).acquire()
    first.release()
    DataLock(tmp_path).acquire().release()   # free again once released
    assert stat.S_IMODE((tmp_path / "planner.lock").stat().st_mode) == 0o600


def test_acquiring_twice_in_the_same_holder_is_harmless(tmp_path: Path) -> None:
    with DataLock(tmp_path) as lock:
        assert lock.acquire() is lock and lock.held
    assert not lock.held


def test_the_lock_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE,
                             cwd=root, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(DataInUseError):
            DataLock(tmp_path).acquire()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        child.kill()
        child.stdout.close()
    with DataLock(tmp_path) as lock:   # no stale lock to clear by hand
        assert lock.held
