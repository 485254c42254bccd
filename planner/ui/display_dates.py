"""How stored time stamps are shown: the local day, written like every other date on screen (25 Nov 2026)."""

from __future__ import annotations

from datetime import datetime


def day_of(stamp: str) -> str:
    """The local day of an ISO time stamp, e.g. '25 Nov 2026'; an unreadable stamp is shown as it is."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d %b %Y")
    except ValueError:
        return stamp


def moment_of(stamp: str) -> str:
    """The local day and time of an ISO time stamp, e.g. '25 Nov 2026 14:03:27' (the audit log's precision)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d %b %Y %H:%M:%S")
    except ValueError:
        return stamp
