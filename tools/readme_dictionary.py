"""Rewrite the README's data dictionary from the schema's column comments (run after changing the schema)."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.export import TABLE_DESCRIPTIONS, data_dictionary
from pipeline.views import VIEW_COLUMNS, VIEW_DESCRIPTIONS

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- data-dictionary:start[^>]*-->\n).*?(<!-- data-dictionary:end -->)", re.S)


def render() -> str:
    parts = []
    for table, fields in data_dictionary().items():
        rows = "\n".join(f"| `{f['name']}` | {f['type']} | {f['description'] or 'row id'} |" for f in fields)
        header = "| column | type | meaning |\n|---|---|---|"
        parts.append(f"### `{table}` — {TABLE_DESCRIPTIONS[table]}\n\n{header}\n{rows}\n")
    for view, columns in VIEW_COLUMNS.items():
        rows = "\n".join(f"| `{name}` | {kind} | {meaning} |" for name, kind, meaning in columns)
        parts.append(f"### view `{view}` — {VIEW_DESCRIPTIONS[view]}\n\n{header}\n{rows}\n")
    return "\n".join(parts)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    README.write_text(BLOCK.sub(lambda m: m.group(1) + "\n" + render() + "\n" + m.group(2), text), encoding="utf-8")
    print(f"rewrote the data dictionary of {README}")


if __name__ == "__main__":
    main()
