"""The questions the therapist reads out, paraphrased from CLINICAL.md (sections 2 and 3)."""

from __future__ import annotations

# BASDAI, about the past week; 0 = none, 10 = very severe (CLINICAL.md section 2, Garrett 1994).
BASDAI_QUESTIONS: tuple[str, ...] = (
    "How would you rate your overall tiredness (fatigue)?",
    "How would you rate your overall neck, back or hip pain from your condition?",
    "How would you rate the overall pain or swelling in joints other than your neck, back or hips?",
    "How would you rate the overall discomfort from any areas that hurt when touched or pressed?",
    "How bad is your morning stiffness, from the time you wake up?",
    "How long does your morning stiffness last from the time you wake up? (0 = none, 10 = 2 hours or more)",
)
BASDAI_ANCHORS = ("none", "very severe")
