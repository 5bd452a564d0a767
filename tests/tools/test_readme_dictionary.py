"""The README's data dictionary is the one tools/readme_dictionary.py renders from the schema, views included."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("readme_dictionary", ROOT / "tools" / "readme_dictionary.py")
assert spec is not None and spec.loader is not None
readme_dictionary = importlib.util.module_from_spec(spec)
spec.loader.exec_module(readme_dictionary)


def test_the_readme_holds_the_current_data_dictionary_with_the_views():
    rendered = readme_dictionary.render()
    for view in ("mentions_full", "roles_full", "amounts_full"):
        assert f"### view `{view}`" in rendered
    assert rendered in (ROOT / "README.md").read_text(encoding="utf-8"), "run tools/readme_dictionary.py"
