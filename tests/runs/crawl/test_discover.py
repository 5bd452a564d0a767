"""The link to a listing's next page, recognised by its text in every language (pipeline/data/pagination.json)."""

from __future__ import annotations

import pytest

from pipeline.runs.crawl.discover import _is_next_page


@pytest.mark.parametrize("anchor", [
    "Next", "Next page ›", "Volgende", "Volgende pagina", "Suivant", "Page suivante", "suivante »", "Weiter",
    "Nächste Seite", "›", "»", " >> ",
])
def test_a_next_page_link_is_recognised(anchor):
    assert _is_next_page(anchor)


@pytest.mark.parametrize("anchor", [
    "Next steps for the European Pillar", "Nextcloud", "Weiterbildung", "Volgende week", "Previous", "Vorige",
    "Précédent", "Zurück", "Suivi des projets", "", "  ",
])
def test_other_links_are_not_next_pages(anchor):
    assert not _is_next_page(anchor)
