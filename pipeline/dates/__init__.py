"""Dates in en/nl/fr/de: calendar expressions found in text and normalised to ISO 8601 values.

``from pipeline.dates import extract_dates`` is the entry point; the rules are grouped by family."""

from pipeline.dates.extract import extract_dates

__all__ = ["extract_dates"]
