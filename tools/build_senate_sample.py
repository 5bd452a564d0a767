"""Copy a small, fixed sample of Grimmer's US Senate press releases into tests/data/senate-sample/.

    python tools/build_senate_sample.py ../shared/eval/corpus/us-senate-grimmer/FILE.jsonl

Each release becomes one .txt file: its date (from the original file name) alone on the first line, so that
the pipeline reads it as the publication date, then the text unchanged. The sample takes one release of
800-2,600 characters per senator, those that mention "Social" first, then in file order."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "tests" / "data" / "senate-sample"
SIZE, SOCIAL = 40, 12
MIN_CHARS, MAX_CHARS = 800, 2_600


def choose(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    fitting = [r for r in rows if MIN_CHARS <= len(r["text"]) <= MAX_CHARS]
    chosen: list[dict[str, str]] = []
    senators: set[str] = set()
    for only_social in (True, False):
        for row in fitting:
            wanted = SOCIAL if only_social else SIZE
            if len(chosen) >= wanted:
                break
            if row["senator"] in senators or (only_social and "Social" not in row["text"]):
                continue
            chosen.append(row)
            senators.add(row["senator"])
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path, help="grimmer_senate_press_releases_selected.jsonl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.txt"):
        old.unlink()
    for row in choose(rows):
        day = dt.date.fromisoformat(row["date_from_filename"])
        name = Path(row["source_path"]).stem
        text = f"{day:%B} {day.day}, {day.year}\n\n{row['text'].strip()}\n"
        (TARGET / f"{row['senator']}_{name}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {len(list(TARGET.glob('*.txt')))} releases to {TARGET}")


if __name__ == "__main__":
    main()
