"""Exercise planner for physiotherapists treating axial spondyloarthritis."""

__version__ = "0.1.0"
