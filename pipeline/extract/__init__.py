"""Extraction stages: text, language, entities, dates, amounts, roles (one module each)."""
