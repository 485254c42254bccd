"""Everything the store holds about one patient, found table by table: for export and for erasure.

Tables are found from the schema itself (a `patient_id` column, or a foreign key into a table that
is already about the patient), so a table added by a later migration is exported and erased too.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner.core.audit import ERASE
from planner.core.errors import NotFoundError, StorageError
from planner.storage.audit import insert_entry
from planner.storage.backup import problems_in
from planner.storage.db import transaction

AUDIT_TABLE = "audit_log"   # kept on erasure (it holds no personal data), but unlinked from the patient
_CONTENT_OPTION = re.compile(r"content\s*=\s*['\"\[]?(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Erasure:
    patient_id: int
    rows: dict[str, int] = field(default_factory=dict)   # table -> rows deleted (audit: entries unlinked)
    search_indexes: tuple[str, ...] = ()                  # full-text tables cleaned

    def summary(self) -> str:
        counts = ", ".join(f"{table} {count}" for table, count in self.rows.items() if table != AUDIT_TABLE)
        return (f"patient #{self.patient_id} erased: rows deleted {counts}; "
                f"{self.rows.get(AUDIT_TABLE, 0)} earlier audit entries unlinked")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _virtual_tables(db: Database) -> dict[str, str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
    return {name: sql for name, sql in rows.fetchall()}


def _ordinary_tables(db: Database, virtual: dict[str, str]) -> list[str]:
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    # Full-text shadow tables (x_data, x_idx, x_content...) belong to their virtual table.
    return [n for n in names if n not in virtual and not any(n.startswith(f"{v}_") for v in virtual)]


def _columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()}


def patient_scopes(db: Database) -> dict[str, str]:
    """Table -> SQL condition (one `?` for the patient id) selecting that table's rows about the patient.

    A `patient_id` column is used where there is one; otherwise a foreign key into a table already
    found. A table found through a foreign key comes after its parent, so reversed, the order is a
    safe deletion order.
    """
    virtual = _virtual_tables(db)
    tables = _ordinary_tables(db, virtual)
    scopes: dict[str, str] = {"patients": "id = ?"}
    changed = True
    while changed:
        changed = False
        for table in tables:
            if table in scopes:
                continue
            if "patient_id" in _columns(db, table):
                scopes[table] = "patient_id = ?"
                changed = True
                continue
            for fk in db.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall():
                parent, column, target = fk[2], fk[3], fk[4] or "id"
                if parent in scopes and parent != table:
                    scopes[table] = (f"{_quote(column)} IN (SELECT {_quote(target)} FROM {_quote(parent)}"
                                     f" WHERE {scopes[parent]})")
                    changed = True
                    break
    return scopes


def rows_for_patient(db: Database, patient_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row about the patient, table by table, exactly as stored."""
    scopes = patient_scopes(db)
    found: dict[str, list[dict[str, Any]]] = {}
    for table, condition in scopes.items():
        found[table] = list(db.query(f"SELECT * FROM {_quote(table)} WHERE {condition} ORDER BY rowid",
                                     [patient_id]))
    if not found["patients"]:
        raise NotFoundError(f"patient {patient_id} does not exist")
    return found


def _clean_search_indexes(db: Database, erased_tables: set[str], patient_id: int) -> list[str]:
    cleaned = []
    for name, sql in _virtual_tables(db).items():
        if "fts" not in sql.lower():
            continue
        content = _CONTENT_OPTION.search(sql)
        if content and content.group(1) in erased_tables:
            # External-content index: rebuilding from its (now erased) table drops every token of the patient.
            db.execute(f"INSERT INTO {_quote(name)} ({_quote(name)}) VALUES ('rebuild')")
            cleaned.append(name)
        elif "patient_id" in _columns(db, name):
            db.execute(f"DELETE FROM {_quote(name)} WHERE patient_id = ?", [patient_id])
            cleaned.append(name)
    return cleaned


def erase_patient(db: Database, patient_id: int, therapist: str | None) -> Erasure:
    """Delete every row about the patient in one transaction, overwriting the freed space with zeros.

    Audit entries about the patient are kept (what happened and when) but unlinked from the id; with
    `therapist` given, an erasure entry with no personal data is added in the same transaction.
    """
    db.execute("PRAGMA secure_delete = ON")
    scopes = patient_scopes(db)
    rows: dict[str, int] = {}
    with transaction(db):
        if not db.execute("SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone():
            raise NotFoundError(f"patient {patient_id} does not exist")
        for table in reversed(scopes):
            if table == AUDIT_TABLE:
                rows[table] = db.execute(
                    f"UPDATE {AUDIT_TABLE} SET patient_id = NULL, detail = ? || detail WHERE patient_id = ?",
                    [f"[erased patient #{patient_id}] ", patient_id]).rowcount
            else:
                rows[table] = db.execute(f"DELETE FROM {_quote(table)} WHERE {scopes[table]}",
                                         [patient_id]).rowcount
        cleaned = _clean_search_indexes(db, set(scopes), patient_id)
        erasure = Erasure(patient_id, dict(reversed(rows.items())), tuple(cleaned))
        if therapist is not None:
            insert_entry(db, ERASE, None, erasure.summary(), therapist)
    return erasure


def clear_wal(db: Database) -> bool:
    """Fold the write-ahead log into the file and empty it, so erased rows do not linger in old frames."""
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return True
    busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


def erase_from_file(path: Path, patient_id: int) -> bool:
    """Erase the patient from a database file that is not open, such as a backup; False if not in it."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=3)
    except sqlite3.Error as error:
        raise StorageError(f"cannot open {path.name}: {error}") from None
    try:
        problem = problems_in(conn, path.name, quick=True)
        if problem:
            raise StorageError(problem)
        db = Database(conn, execute_plugins=False)
        if not db.execute("SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone():
            return False
        erase_patient(db, patient_id, therapist=None)
        clear_wal(db)
        return True
    except sqlite3.Error as error:
        raise StorageError(f"cannot clean {path.name}: {error}") from None
    finally:
        conn.close()
