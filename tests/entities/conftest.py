"""Fixtures of the entity tests."""

from __future__ import annotations

import pytest
import spacy

from pipeline.resources.models import ModelInfo


@pytest.fixture
def no_model(monkeypatch):
    """Entity extraction as in a language without a model (blank spaCy pipeline): Dutch and German here."""
    def blank(language):
        return spacy.blank("xx"), ModelInfo(language, None, None)

    monkeypatch.setattr("pipeline.entities.recognize.load_nlp", blank)
