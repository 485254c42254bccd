"""The audit trail: who did what and when (sign-offs, corrections, prints, exports, restores, erasures)."""

from __future__ import annotations

import getpass

from planner.core.audit import AuditEntry
from planner.storage.audit import AuditRepository
from planner.storage.store import Store

CURRENT_THERAPIST_KEY = "current_therapist"   # settings: the id of the therapist profile using this computer


def current_therapist(store: Store) -> str:
    """Who acts: the therapist profile chosen for this computer, else the clinic's only profile, else the
    computer account's name (a profile is named with its registration number when it has one)."""
    chosen = store.settings.get(CURRENT_THERAPIST_KEY)
    profiles = store.therapists.active()
    profile = next((p for p in profiles if p.id == chosen), None)
    if profile is None and len(profiles) == 1:
        profile = profiles[0]
    if profile is not None:
        therapist = profile.therapist
        return f"{therapist.name} ({therapist.registration})" if therapist.registration else therapist.name
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
