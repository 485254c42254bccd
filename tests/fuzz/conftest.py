"""Hypothesis profile for the fuzz tests: enough examples to find edge cases, no per-example deadline."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# PLANNER_FUZZ_EXAMPLES=1000 for a longer hunt by hand; CI runs the default.
settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("PLANNER_FUZZ_EXAMPLES", "60")), deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile("fuzz")
