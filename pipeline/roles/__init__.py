"""Roles: who holds which position where (``extract``), from the language's titles and phrase forms
(``patterns``, ``forms``), the names next to them (``names``) and the organisation each position belongs to
(``orgs`` next to the name, ``context`` and ``org_context`` from the release around it)."""

from pipeline.roles.extract import extract_roles

__all__ = ["extract_roles"]
