"""A patient's rights over their data: a full copy on request, and complete erasure."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner import __version__, paths
from planner.core.audit import EXPORT
from planner.core.errors import PlannerError
from planner.files import write_atomically
from planner.services.audit import current_therapist, record
from planner.storage.backup import list_backups
from planner.storage.patient_records import clear_wal, erase_from_file, erase_patient, rows_for_patient
from planner.storage.store import Store

EXPORT_SCHEMA = "planner.patient-export/1"
PRINTED_DIR = "printed"
PRINTED_PATTERN = "plan-patient{id}-v*.pdf"   # the names the Print step gives a patient's PDFs


@dataclass(frozen=True)
class ErasureReport:
    patient_id: int
    rows: dict[str, int]
    search_indexes: tuple[str, ...]
    printed_files_deleted: int
    backups_cleaned: int
    backups_not_cleaned: tuple[str, ...]   # file names of backups that could not be opened
    log_cleared: bool                      # the write-ahead log no longer holds old copies of the rows


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes) else value


class PrivacyService:
    def __init__(self, store: Store, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir

    def export_document(self, patient_id: int) -> dict[str, Any]:
        """Every stored row about the patient, table by table, as stored (`planner.patient-export/1`)."""
        tables = rows_for_patient(self._store.db, patient_id)
        return {
            "schema": EXPORT_SCHEMA,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "patient_id": patient_id,
            "tables": {name: [{k: _plain(v) for k, v in row.items()} for row in rows] for name, rows in tables.items()},
        }

    def export_patient(self, patient_id: int, out: Path) -> Path:
        """Write the export JSON privately (0600) via a temp file and rename; recorded in the audit trail."""
        document = self.export_document(patient_id)
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        write_atomically(out, text.encode("utf-8"), mode=0o600)
        record(self._store, EXPORT, patient_id, "all of the patient's data exported to a file")
        return out

    def erase_patient(self, patient_id: int) -> ErasureReport:
        """Delete the patient from the store, its search indexes, the rolling backups and printed PDFs.

        One transaction in the store; the audit trail keeps an entry with the patient's number only.
        """
        erasure = erase_patient(self._store.db, patient_id, current_therapist(self._store))
        log_cleared = clear_wal(self._store.db)
        printed = 0
        for pdf in (self.data_dir / PRINTED_DIR).glob(PRINTED_PATTERN.format(id=patient_id)):
            pdf.unlink(missing_ok=True)
            printed += 1
        cleaned, failed = self._erase_from_backups(patient_id)
        return ErasureReport(patient_id, erasure.rows, erasure.search_indexes, printed, cleaned, tuple(failed),
                             log_cleared)

    def _erase_from_backups(self, patient_id: int) -> tuple[int, list[str]]:
        cleaned, failed = 0, []
        for backup in list_backups(paths.backups_dir(self.data_dir)):
            try:
                cleaned += erase_from_file(backup.path, patient_id)
            except PlannerError:
                failed.append(backup.path.name)
        return cleaned, failed
