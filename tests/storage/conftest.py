"""A fresh store in a temporary folder for each test."""

from __future__ import annotations





