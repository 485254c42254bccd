"""The audit trail's vocabulary: what is recorded, and one recorded entry."""

from __future__ import annotations

from dataclasses import dataclass

# Actions recorded (issue #8): each says what happened, never who the patient is.
SIGN_OFF = "sign-off"
CORRECTION = "correction"
PLAN_PRINT = "plan-print"
EXPORT = "export"
BACKUP = "backup"
RESTORE = "restore"
ERASE = "erase"
ACTIONS: tuple[str, ...] = (SIGN_OFF, CORRECTION, PLAN_PRINT, EXPORT, BACKUP, RESTORE, ERASE)

ACTION_LABELS: dict[str, str] = {
    SIGN_OFF: "Assessment signed off",
    CORRECTION: "Assessment corrected",
    PLAN_PRINT: "Plan printed",
    EXPORT: "Data exported",
    BACKUP: "Backup made",
    RESTORE: "Data restored",
    ERASE: "Patient erased",
}


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail. `detail` holds ids and counts only: no names or clinical text."""

    id: int
    at: str               # ISO 8601, UTC
    therapist: str
    action: str
    patient_id: int | None
    detail: str
