"""Scoring an assessment document: the `planner.assessment/1` JSON in, the scores JSON out."""

from __future__ import annotations

from typing import Any

from planner.core.assessment import compute_scores, parse_assessment, scores_to_json


def score_document(data: object) -> dict[str, Any]:
    """Validate an assessment (ValidationError lists every problem), score it, and serialise the scores."""
    return scores_to_json(compute_scores(parse_assessment(data)))
