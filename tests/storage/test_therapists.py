"""Therapist profiles: added, changed, listed by name, and retired without losing the row plans point at."""

from __future__ import annotations

import pytest

from planner.core.errors import NotFoundError
from planner.core.printable import Therapist, TherapistProfile
from planner.storage.store import Store


def test_profiles_are_added_listed_by_name_and_read_back(store: Store) -> None:
    zoe = store.therapists.add(Therapist("Zoë Łukasz", "Physiotherapist", "PH123456", "01632 960 123"))
    sam = store.therapists.add(Therapist("sam Taylor", "Clinical specialist"))
    assert store.therapists.active() == [sam, zoe]   # by name, case ignored
    assert store.therapists.get(zoe.id) == TherapistProfile(zoe.id, Therapist("Zoë Łukasz", "Physiotherapist",
                                                                              "PH123456", "01632 960 123"))
    row = store.db.execute("SELECT name, role, registration, contact, active FROM therapists WHERE id = ?",
                           [zoe.id]).fetchone()
    assert row == ("Zoë Łukasz", "Physiotherapist", "PH123456", "01632 960 123", 1)


def test_a_profile_is_changed_in_place(store: Store) -> None:
    sam = store.therapists.add(Therapist("Sam Taylor"))
    store.therapists.update(TherapistProfile(sam.id, Therapist("Sam Taylor", "Advanced practitioner", "PH999")))
    assert store.therapists.get(sam.id).therapist.registration == "PH999"
    with pytest.raises(NotFoundError):
        store.therapists.update(TherapistProfile(999, Therapist("Nobody")))


def test_a_retired_profile_leaves_the_list_but_stays_readable(store: Store) -> None:
    sam = store.therapists.add(Therapist("Sam Taylor"))
    store.therapists.retire(sam.id)
    assert store.therapists.active() == []
    assert store.therapists.get(sam.id).therapist.name == "Sam Taylor"
    with pytest.raises(NotFoundError):
        store.therapists.retire(999)
