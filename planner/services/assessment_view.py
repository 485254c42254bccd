"""Scores as a clinician reads them: one line each, the value to one decimal and its category in words."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core import scoring
from planner.core.assessment import Scores
from planner.core.entheses import INDEX_SIZES, LEI, MASES, SPARCC
from planner.core.scoring import ASDAS_CHANGE_LABELS
from planner.services.assessment_trend import ASDAS_VERSION_LABELS, BASDAI_CHANGE_LABELS, Change

# Levels colour a line on screen; the words on the line always say the same (colour is never alone).
LEVELS: tuple[str, ...] = ("none", "good", "low", "high", "very_high")
ASDAS_LEVELS: dict[str, str] = {"inactive": "good", "low": "low", "high": "high", "very_high": "very_high"}


@dataclass(frozen=True)
class ScoreLine:
    key: str
    text: str
    level: str = "none"   # one of LEVELS; "none" for scores without published categories


def _asdas(key: str, name: str, value: float | None, marker: str) -> ScoreLine:
    if value is None:
        return ScoreLine(key, f"{name}: needs BASDAI, the patient global and {marker}")
    state = scoring.asdas_state(value)
    return ScoreLine(key, f"{name} {scoring.describe_asdas(value)}", ASDAS_LEVELS[state])


def score_lines(scores: Scores) -> list[ScoreLine]:
    """The live score panel, in the order the form asks for the measures."""
    lines = []
    if scores.basdai is None:
        lines.append(ScoreLine("basdai", "BASDAI: answer all six questions to see the score"))
    else:
        lines.append(ScoreLine("basdai", f"BASDAI {scoring.describe_basdai(scores.basdai)}",
                               "high" if scoring.basdai_active(scores.basdai) else "good"))
    lines.append(_asdas("asdas_crp", "ASDAS-CRP", scores.asdas_crp, "CRP"))
    lines.append(_asdas("asdas_esr", "ASDAS-ESR", scores.asdas_esr, "ESR"))
    # BASFI, BAS-G and BASMI have no published activity bands (CLINICAL.md §3–5): no colour, the scale in words.
    lines.append(ScoreLine("basfi", "BASFI: answer all ten questions" if scores.basfi is None else
                           f"BASFI {scoring.format_one_decimal(scores.basfi)} (0 = easy, 10 = impossible)"))
    lines.append(ScoreLine("bas_g", "BAS-G: answer both questions" if scores.bas_g is None else
                           f"BAS-G {scoring.format_one_decimal(scores.bas_g)} (0 = very good, 10 = very bad)"))
    if scores.basmi is None or scores.basmi_3point is None:
        lines.append(ScoreLine("basmi", "BASMI: record all five measurements (both sides where asked)"))
    else:
        lines.append(ScoreLine("basmi", f"BASMI {scoring.format_one_decimal(scores.basmi)} linear (0–10); "
                                        f"3-point {scores.basmi_3point} of 10"))
    if scores.chest_expansion_cm is not None:
        lines.append(ScoreLine("chest_expansion",
                               f"Chest expansion {scoring.format_one_decimal(scores.chest_expansion_cm)} cm"))
    if scores.ibp_asas is not None:
        met = "met" if scores.ibp_asas.met else "not met"
        lines.append(ScoreLine("ibp", f"ASAS inflammatory back pain: {met} ({scores.ibp_asas.count} of 5; "
                                      "4 needed)"))
    lines.append(ScoreLine("entheses", entheses_text(scores)))
    return lines


def entheses_text(scores: Scores) -> str:
    if scores.mases is None:
        return "Body chart: not examined"
    counts = {MASES: scores.mases, SPARCC: scores.sparcc, LEI: scores.lei}
    names = {MASES: "MASES", SPARCC: "SPARCC", LEI: "LEI"}
    parts = [f"{names[index]} {count} of {INDEX_SIZES[index]}" for index, count in counts.items()]
    digits = scores.dactylitis or 0
    parts.append(f"dactylitis {digits} digit{'' if digits == 1 else 's'}")
    return " · ".join(parts)


def change_lines(change: Change) -> list[ScoreLine]:
    """How the scores moved since the previous assessment, in words (CLINICAL.md §2 and §6d)."""
    since = f"Since {change.previous_on.day} {change.previous_on:%b %Y}"
    lines = []
    if change.asdas_version and change.asdas_delta is not None and change.asdas_change:
        name = ASDAS_VERSION_LABELS[change.asdas_version]
        lines.append(ScoreLine(f"change_{change.asdas_version}",
                               f"{since}: {name} {_moved(change.asdas_delta)} – "
                               f"{ASDAS_CHANGE_LABELS[change.asdas_change]}", _CHANGE_LEVELS[change.asdas_change]))
    if change.basdai_delta is not None and change.basdai_change:
        level = {"improved": "good", "worsened": "very_high"}.get(change.basdai_change, "none")
        lines.append(ScoreLine("change_basdai", f"{since}: BASDAI {_moved(change.basdai_delta)} – "
                                                f"{BASDAI_CHANGE_LABELS[change.basdai_change]}", level))
    return lines


_CHANGE_LEVELS = {"major_improvement": "good", "clinically_important_improvement": "good",
                  "no_clinically_important_change": "none", "clinically_important_worsening": "very_high"}


def _moved(delta: float) -> str:
    """delta = previous − now: positive is a fall (better)."""
    if scoring.comparable(delta) == 0:
        return "unchanged"
    return f"{'down' if delta > 0 else 'up'} {scoring.format_one_decimal(abs(delta))}"
