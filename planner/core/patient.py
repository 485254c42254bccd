"""A patient's details and the rules a therapist's typing must meet before it is saved."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from planner.core.errors import Problem

MAX_NAME = 120
MAX_CONTACT = 200
MAX_NOTES = 5000
_LOCAL_NUMBER = re.compile(r"^[A-Z0-9]{3,15}$")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")   # ISO, or day first as UK clinics write it


@dataclass(frozen=True)
class Patient:
    """A patient as stored; `id` is None until the first save."""

    name: str
    date_of_birth: date | None = None
    hospital_number: str = ""
    contact: str = ""
    notes: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class PatientSummary:
    """One row of the patient list."""

    id: int
    name: str
    date_of_birth: date | None
    hospital_number: str
    updated_at: str


def nhs_number_is_valid(digits: str) -> bool:
    """NHS number check digit (modulus 11): weights 10..2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def normalize_hospital_number(text: str) -> str:
    """Spaces and hyphens are for reading only: '943 476 5919' is stored as '9434765919'."""
    return re.sub(r"[\s\-]", "", text).upper()


def display_hospital_number(number: str) -> str:
    """NHS numbers read in 3-3-4 groups ('943 476 5919'); other hospital numbers as stored."""
    if len(number) == 10 and number.isdigit():
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    return number


def hospital_number_problem(text: str) -> str | None:
    number = normalize_hospital_number(text)
    if not number:
        return None
    if number.isdigit() and len(number) == 10:
        return None if nhs_number_is_valid(number) else "this NHS number's check digit is wrong; please re-check it"
    if not _LOCAL_NUMBER.match(number):
        return ("use a 10-digit NHS number, or a hospital number of 3 to 15 letters and digits")
    return None


def parse_day(text: str) -> date | None:
    """A date typed as 2026-11-25 or day first (25/11/2026, 25.11.2026, 25-11-2026); None if it is not one."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def parse_date_of_birth(text: str, today: date) -> tuple[date | None, str | None]:
    text = text.strip()
    if not text:
        return None, None
    born = parse_day(text)
    if born is None:
        return None, f"“{text[:20]}” is not a date; type it as dd/mm/yyyy, e.g. 21/03/1984"
    if born > today:
        return None, "is in the future"
    if born.year < 1900:
        return None, "must be 1900 or later"
    return born, None


def validate_patient(
    name: str, date_of_birth: str, hospital_number: str, contact: str, notes: str, today: date
) -> tuple[Patient | None, list[Problem]]:
    """Check every field at once; each problem names its field so the dialog can show it there."""
    problems: list[Problem] = []
    clean_name = " ".join(name.split())
    if not clean_name:
        problems.append(Problem("name", "please enter the patient's name"))
    elif len(clean_name) > MAX_NAME:
        problems.append(Problem("name", f"at most {MAX_NAME} characters"))
    elif any(unicodedata.category(ch) == "Cc" for ch in clean_name):   # pasted junk such as NUL: unsearchable
        problems.append(Problem("name", "remove the control characters (they cannot be shown or printed)"))
    born, born_problem = parse_date_of_birth(date_of_birth, today)
    if born_problem:
        problems.append(Problem("date_of_birth", born_problem))
    number_problem = hospital_number_problem(hospital_number)
    if number_problem:
        problems.append(Problem("hospital_number", number_problem))
    if len(contact) > MAX_CONTACT:
        problems.append(Problem("contact", f"at most {MAX_CONTACT} characters"))
    if len(notes) > MAX_NOTES:
        problems.append(Problem("notes", f"at most {MAX_NOTES} characters"))
    if problems:
        return None, problems
    return Patient(
        name=clean_name, date_of_birth=born, hospital_number=normalize_hospital_number(hospital_number),
        contact=contact.strip(), notes=notes.strip(),
    ), []
