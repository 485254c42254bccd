"""The audit trail: who did what and when (sign-offs, corrections, prints, exports, restores, erasures)."""

from __future__ import annotations

import getpass

from planner.core.audit import AuditEntry
from planner.storage.audit import AuditRepository
from planner.storage.store import Store

CURRENT_THERAPIST_KEY = "current_therapist"   # settings: the name of the therapist profile in use
THERAPIST_KEY = "therapist"                    # settings: the therapist printed on plans ({"name": ...})


def current_therapist(store: Store) -> str:
    """The therapist profile in use, else the therapist on the plans, else the computer account's name."""
    chosen = store.settings.get(CURRENT_THERAPIST_KEY)
    if chosen:
        return str(chosen)
    printed = store.settings.get(THERAPIST_KEY, {})
    if isinstance(printed, dict) and printed.get("name"):
        return str(printed["name"])
    try:
        return f"account {getpass.getuser()}"
    except (OSError, KeyError):   # no login name (some services and containers)
        return "unknown"


def record(store: Store, action: str, patient_id: int | None = None, detail: str = "",
           therapist: str | None = None) -> None:
    """Add an entry. `detail` must hold ids, versions and counts only, never names or clinical text."""
    AuditRepository(store.db).add(action, patient_id, detail, therapist or current_therapist(store))


class AuditService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, action: str, patient_id: int | None = None, detail: str = "",
               therapist: str | None = None) -> None:
        record(self._store, action, patient_id, detail, therapist)

    def entries(self, patient_id: int | None = None, action: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        return AuditRepository(self._store.db).entries(patient_id, action, limit)
