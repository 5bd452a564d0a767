"""Regenerate ``pipeline/data/places.json``: country names in en/nl/fr/de from Unicode CLDR (via babel).

Run by hand when the CLDR data or the extra variants change; the pipeline itself only reads the JSON.
CLDR data is under the Unicode licence (``pipeline/data/LICENSE-CLDR.txt``).
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

LANGUAGES = ("en", "nl", "fr", "de")
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "places.json"

# Usual variants that CLDR does not list as the territory name (long forms, older names).
EXTRA = {
    "CN": {"en": ["People's Republic of China", "People’s Republic of China", "PRC", "P.R.China"],
           "nl": ["Volksrepubliek China"], "fr": ["République populaire de Chine"],
           "de": ["Volksrepublik China"]},
    "CZ": {"en": ["Czech Republic"], "nl": ["Tsjechische Republiek"], "fr": ["République tchèque"],
           "de": ["Tschechische Republik"]},
    "US": {"en": ["United States of America", "USA", "U.S.", "US"], "nl": ["VS"], "fr": ["États-Unis d'Amérique"],
           "de": ["USA", "Vereinigte Staaten von Amerika"]},
    "GB": {"en": ["UK", "Great Britain", "Britain"], "nl": ["VK", "Groot-Brittannië"], "fr": ["Royaume-Uni"],
           "de": ["Großbritannien"]},
    "NL": {"en": ["The Netherlands", "Holland"], "nl": ["Holland"], "fr": [], "de": ["Holland"]},
    "RU": {"en": ["Russian Federation"], "nl": ["Russische Federatie"], "fr": ["Fédération de Russie"],
           "de": ["Russische Föderation"]},
    "DE": {"en": ["Federal Republic of Germany"], "nl": ["Bondsrepubliek Duitsland"],
           "fr": ["République fédérale d'Allemagne"], "de": ["Bundesrepublik Deutschland"]},
    "KR": {"en": ["Republic of Korea"], "nl": [], "fr": ["Corée"], "de": []},
}
REGIONS = {
    "europe": {"en": ["Europe"], "nl": ["Europa"], "fr": ["Europe"], "de": ["Europa"]},
    "asia": {"en": ["Asia"], "nl": ["Azië"], "fr": ["Asie"], "de": ["Asien"]},
    "africa": {"en": ["Africa"], "nl": ["Afrika"], "fr": ["Afrique"], "de": ["Afrika"]},
    "latin-america": {"en": ["Latin America"], "nl": ["Latijns-Amerika"], "fr": ["Amérique latine"],
                      "de": ["Lateinamerika"]},
    "middle-east": {"en": ["Middle East"], "nl": ["Midden-Oosten"], "fr": ["Moyen-Orient"], "de": ["Nahost"]},
    "brussels": {"en": ["Brussels"], "nl": ["Brussel"], "fr": ["Bruxelles"], "de": ["Brüssel"]},
    "beijing": {"en": ["Beijing", "Peking"], "nl": ["Beijing", "Peking"], "fr": ["Pékin", "Beijing"],
                "de": ["Peking"]},
    "luxembourg-city": {"en": ["Luxembourg City"], "nl": ["Luxemburg-stad"], "fr": ["Luxembourg-Ville"],
                        "de": ["Luxemburg-Stadt"]},
    "strasbourg": {"en": ["Strasbourg"], "nl": ["Straatsburg"], "fr": ["Strasbourg"], "de": ["Straßburg"]},
    "geneva": {"en": ["Geneva"], "nl": ["Genève"], "fr": ["Genève"], "de": ["Genf"]},
    "the-hague": {"en": ["The Hague"], "nl": ["Den Haag"], "fr": ["La Haye"], "de": ["Den Haag"]},
    "vienna": {"en": ["Vienna"], "nl": ["Wenen"], "fr": ["Vienne"], "de": ["Wien"]},
    "berlin": {"en": ["Berlin"], "nl": ["Berlijn"], "fr": ["Berlin"], "de": ["Berlin"]},
    "paris": {"en": ["Paris"], "nl": ["Parijs"], "fr": ["Paris"], "de": ["Paris"]},
    "amsterdam": {"en": ["Amsterdam"], "nl": ["Amsterdam"], "fr": ["Amsterdam"], "de": ["Amsterdam"]},
    "london": {"en": ["London"], "nl": ["Londen"], "fr": ["Londres"], "de": ["London"]},
    "antwerp": {"en": ["Antwerp"], "nl": ["Antwerpen"], "fr": ["Anvers"], "de": ["Antwerpen"]},
    "flanders": {"en": ["Flanders"], "nl": ["Vlaanderen"], "fr": ["Flandre"], "de": ["Flandern"]},
    "wallonia": {"en": ["Wallonia"], "nl": ["Wallonië"], "fr": ["Wallonie"], "de": ["Wallonien"]},
    "ghent": {"en": ["Ghent"], "nl": ["Gent"], "fr": ["Gand"], "de": ["Gent"]},
    "bruges": {"en": ["Bruges"], "nl": ["Brugge"], "fr": ["Bruges"], "de": ["Brügge"]},
    "leuven": {"en": ["Leuven", "Louvain"], "nl": ["Leuven"], "fr": ["Louvain"], "de": ["Löwen", "Leuven"]},
    "liege": {"en": ["Liège"], "nl": ["Luik"], "fr": ["Liège"], "de": ["Lüttich"]},
    "namur": {"en": ["Namur"], "nl": ["Namen"], "fr": ["Namur"], "de": ["Namur"]},
    "mechelen": {"en": ["Mechelen"], "nl": ["Mechelen"], "fr": ["Malines"], "de": ["Mecheln"]},
    "charleroi": {"en": ["Charleroi"], "nl": ["Charleroi"], "fr": ["Charleroi"], "de": ["Charleroi"]},
    "hasselt": {"en": ["Hasselt"], "nl": ["Hasselt"], "fr": ["Hasselt"], "de": ["Hasselt"]},
    "mons": {"en": ["Mons"], "nl": ["Bergen"], "fr": ["Mons"], "de": ["Mons"]},
    "rotterdam": {"en": ["Rotterdam"], "nl": ["Rotterdam"], "fr": ["Rotterdam"], "de": ["Rotterdam"]},
    "utrecht": {"en": ["Utrecht"], "nl": ["Utrecht"], "fr": ["Utrecht"], "de": ["Utrecht"]},
    "eindhoven": {"en": ["Eindhoven"], "nl": ["Eindhoven"], "fr": ["Eindhoven"], "de": ["Eindhoven"]},
    "groningen": {"en": ["Groningen"], "nl": ["Groningen"], "fr": ["Groningue"], "de": ["Groningen"]},
    "maastricht": {"en": ["Maastricht"], "nl": ["Maastricht"], "fr": ["Maastricht"], "de": ["Maastricht"]},
    "hamburg": {"en": ["Hamburg"], "nl": ["Hamburg"], "fr": ["Hambourg"], "de": ["Hamburg"]},
    "munich": {"en": ["Munich"], "nl": ["München"], "fr": ["Munich"], "de": ["München"]},
    "cologne": {"en": ["Cologne"], "nl": ["Keulen"], "fr": ["Cologne"], "de": ["Köln"]},
    "frankfurt": {"en": ["Frankfurt"], "nl": ["Frankfurt"], "fr": ["Francfort"], "de": ["Frankfurt"]},
    "stuttgart": {"en": ["Stuttgart"], "nl": ["Stuttgart"], "fr": ["Stuttgart"], "de": ["Stuttgart"]},
    "dusseldorf": {"en": ["Düsseldorf"], "nl": ["Düsseldorf"], "fr": ["Düsseldorf"], "de": ["Düsseldorf"]},
    "dresden": {"en": ["Dresden"], "nl": ["Dresden"], "fr": ["Dresde"], "de": ["Dresden"]},
    "leipzig": {"en": ["Leipzig"], "nl": ["Leipzig"], "fr": ["Leipzig"], "de": ["Leipzig"]},
    "bonn": {"en": ["Bonn"], "nl": ["Bonn"], "fr": ["Bonn"], "de": ["Bonn"]},
    "hanover": {"en": ["Hanover"], "nl": ["Hannover"], "fr": ["Hanovre"], "de": ["Hannover"]},
    "nuremberg": {"en": ["Nuremberg"], "nl": ["Neurenberg"], "fr": ["Nuremberg"], "de": ["Nürnberg"]},
    "bavaria": {"en": ["Bavaria"], "nl": ["Beieren"], "fr": ["Bavière"], "de": ["Bayern"]},
    "saxony": {"en": ["Saxony"], "nl": ["Saksen"], "fr": ["Saxe"], "de": ["Sachsen"]},
    "north-rhine-westphalia": {"en": ["North Rhine-Westphalia"], "nl": ["Noordrijn-Westfalen"],
                               "fr": ["Rhénanie-du-Nord-Westphalie"], "de": ["Nordrhein-Westfalen", "NRW"]},
    "baden-wurttemberg": {"en": ["Baden-Württemberg"], "nl": ["Baden-Württemberg"],
                          "fr": ["Bade-Wurtemberg"], "de": ["Baden-Württemberg"]},
    "hesse": {"en": ["Hesse"], "nl": ["Hessen"], "fr": ["Hesse"], "de": ["Hessen"]},
    "lower-saxony": {"en": ["Lower Saxony"], "nl": ["Nedersaksen"], "fr": ["Basse-Saxe"], "de": ["Niedersachsen"]},
    "graz": {"en": ["Graz"], "nl": ["Graz"], "fr": ["Graz"], "de": ["Graz"]},
    "linz": {"en": ["Linz"], "nl": ["Linz"], "fr": ["Linz"], "de": ["Linz"]},
    "salzburg": {"en": ["Salzburg"], "nl": ["Salzburg"], "fr": ["Salzbourg"], "de": ["Salzburg"]},
    "innsbruck": {"en": ["Innsbruck"], "nl": ["Innsbruck"], "fr": ["Innsbruck"], "de": ["Innsbruck"]},
    "zurich": {"en": ["Zurich"], "nl": ["Zürich"], "fr": ["Zurich"], "de": ["Zürich"]},
    "basel": {"en": ["Basel"], "nl": ["Bazel"], "fr": ["Bâle"], "de": ["Basel"]},
    "bern": {"en": ["Bern", "Berne"], "nl": ["Bern"], "fr": ["Berne"], "de": ["Bern"]},
    "lausanne": {"en": ["Lausanne"], "nl": ["Lausanne"], "fr": ["Lausanne"], "de": ["Lausanne"]},
    "lyon": {"en": ["Lyon"], "nl": ["Lyon"], "fr": ["Lyon"], "de": ["Lyon"]},
    "marseille": {"en": ["Marseille"], "nl": ["Marseille"], "fr": ["Marseille"], "de": ["Marseille"]},
    "lille": {"en": ["Lille"], "nl": ["Rijsel", "Lille"], "fr": ["Lille"], "de": ["Lille"]},
    "rome": {"en": ["Rome"], "nl": ["Rome"], "fr": ["Rome"], "de": ["Rom"]},
    "madrid": {"en": ["Madrid"], "nl": ["Madrid"], "fr": ["Madrid"], "de": ["Madrid"]},
    "warsaw": {"en": ["Warsaw"], "nl": ["Warschau"], "fr": ["Varsovie"], "de": ["Warschau"]},
    "washington": {"en": ["Washington"], "nl": ["Washington"], "fr": ["Washington"], "de": ["Washington"]},
    "new-york": {"en": ["New York"], "nl": ["New York"], "fr": ["New York"], "de": ["New York"]},
    "moscow": {"en": ["Moscow"], "nl": ["Moskou"], "fr": ["Moscou"], "de": ["Moskau"]},
    "kyiv": {"en": ["Kyiv", "Kiev"], "nl": ["Kyiv", "Kiev"], "fr": ["Kiev", "Kyiv"], "de": ["Kiew"]},
    "gaza-strip": {"en": ["Gaza Strip", "Gaza"], "nl": ["Gazastrook", "Gaza"],
                   "fr": ["bande de Gaza", "Gaza"], "de": ["Gazastreifen", "Gaza"]},
    "riyadh": {"en": ["Riyadh"], "nl": ["Riyad"], "fr": ["Riyad"], "de": ["Riad"]},
    "florida": {"en": ["Florida"], "nl": ["Florida"], "fr": ["Floride"], "de": ["Florida"]},
    "california": {"en": ["California"], "nl": ["Californië"], "fr": ["Californie"], "de": ["Kalifornien"]},
    "texas": {"en": ["Texas"], "nl": ["Texas"], "fr": ["Texas"], "de": ["Texas"]},
    "england": {"en": ["England"], "nl": ["Engeland"], "fr": ["Angleterre"], "de": ["England"]},
    "scotland": {"en": ["Scotland"], "nl": ["Schotland"], "fr": ["Écosse"], "de": ["Schottland"]},
    "wales": {"en": ["Wales"], "nl": ["Wales"], "fr": ["pays de Galles"], "de": ["Wales"]},
    "northern-ireland": {"en": ["Northern Ireland"], "nl": ["Noord-Ierland"], "fr": ["Irlande du Nord"],
                         "de": ["Nordirland"]},
    "den-bosch": {"en": ["'s-Hertogenbosch", "Den Bosch"], "nl": ["'s-Hertogenbosch", "Den Bosch"],
                  "fr": ["Bois-le-Duc"], "de": ["Herzogenbusch", "'s-Hertogenbosch"]},
    "almere": {"en": ["Almere"], "nl": ["Almere"], "fr": ["Almere"], "de": ["Almere"]},
    "elysee": {"en": ["Élysée Palace", "Élysée", "Elysée"], "nl": ["Élysée", "Elysée"], "fr": ["Élysée", "Elysée"],
               "de": ["Élysée-Palast", "Élysée", "Elysée"]},
    # exonyms of cities and regions often named in German and Dutch news (issue 17)
    "florence": {"en": ["Florence"], "nl": ["Florence"], "fr": ["Florence"], "de": ["Florenz"]},
    "athens": {"en": ["Athens"], "nl": ["Athene"], "fr": ["Athènes"], "de": ["Athen"]},
    "milan": {"en": ["Milan"], "nl": ["Milaan"], "fr": ["Milan"], "de": ["Mailand"]},
    "prague": {"en": ["Prague"], "nl": ["Praag"], "fr": ["Prague"], "de": ["Prag"]},
    "venice": {"en": ["Venice"], "nl": ["Venetië"], "fr": ["Venise"], "de": ["Venedig"]},
    "naples": {"en": ["Naples"], "nl": ["Napels"], "fr": ["Naples"], "de": ["Neapel"]},
    "turin": {"en": ["Turin"], "nl": ["Turijn"], "fr": ["Turin"], "de": ["Turin"]},
    "genoa": {"en": ["Genoa"], "nl": ["Genua"], "fr": ["Gênes"], "de": ["Genua"]},
    "lisbon": {"en": ["Lisbon"], "nl": ["Lissabon"], "fr": ["Lisbonne"], "de": ["Lissabon"]},
    "copenhagen": {"en": ["Copenhagen"], "nl": ["Kopenhagen"], "fr": ["Copenhague"], "de": ["Kopenhagen"]},
    "krakow": {"en": ["Kraków", "Krakow"], "nl": ["Krakau"], "fr": ["Cracovie"], "de": ["Krakau"]},
    "gdansk": {"en": ["Gdańsk", "Gdansk"], "nl": ["Gdańsk", "Gdansk"], "fr": ["Gdańsk", "Dantzig"],
               "de": ["Danzig"]},
    "bucharest": {"en": ["Bucharest"], "nl": ["Boekarest"], "fr": ["Bucarest"], "de": ["Bukarest"]},
    "belgrade": {"en": ["Belgrade"], "nl": ["Belgrado"], "fr": ["Belgrade"], "de": ["Belgrad"]},
    "cairo": {"en": ["Cairo"], "nl": ["Caïro", "Cairo"], "fr": ["Le Caire"], "de": ["Kairo"]},
    "tokyo": {"en": ["Tokyo"], "nl": ["Tokio", "Tokyo"], "fr": ["Tokyo"], "de": ["Tokio"]},
    "damascus": {"en": ["Damascus"], "nl": ["Damascus"], "fr": ["Damas"], "de": ["Damaskus"]},
    "tehran": {"en": ["Tehran"], "nl": ["Teheran"], "fr": ["Téhéran"], "de": ["Teheran"]},
    "baghdad": {"en": ["Baghdad"], "nl": ["Bagdad"], "fr": ["Bagdad"], "de": ["Bagdad"]},
    "saint-petersburg": {"en": ["Saint Petersburg", "St Petersburg"], "nl": ["Sint-Petersburg"],
                         "fr": ["Saint-Pétersbourg"], "de": ["Sankt Petersburg", "St. Petersburg"]},
    "kharkiv": {"en": ["Kharkiv"], "nl": ["Charkiv"], "fr": ["Kharkiv"], "de": ["Charkiw"]},
    "odesa": {"en": ["Odesa", "Odessa"], "nl": ["Odessa"], "fr": ["Odessa"], "de": ["Odessa"]},
    "gothenburg": {"en": ["Gothenburg"], "nl": ["Göteborg"], "fr": ["Göteborg"], "de": ["Göteborg"]},
    "nice": {"en": [], "nl": [], "fr": [], "de": ["Nizza"]},  # "Nice" is an English and Dutch word
    "new-delhi": {"en": ["New Delhi"], "nl": ["New Delhi"], "fr": ["New Delhi"], "de": ["Neu-Delhi"]},
    "aachen": {"en": ["Aachen"], "nl": ["Aken"], "fr": ["Aix-la-Chapelle"], "de": ["Aachen"]},
    "alsace": {"en": ["Alsace"], "nl": ["Elzas"], "fr": ["Alsace"], "de": ["Elsass"]},
    "lorraine": {"en": ["Lorraine"], "nl": ["Lotharingen"], "fr": ["Lorraine"], "de": ["Lothringen"]},
    "tuscany": {"en": ["Tuscany"], "nl": ["Toscane"], "fr": ["Toscane"], "de": ["Toskana"]},
    "sicily": {"en": ["Sicily"], "nl": ["Sicilië"], "fr": ["Sicile"], "de": ["Sizilien"]},
    "sardinia": {"en": ["Sardinia"], "nl": ["Sardinië"], "fr": ["Sardaigne"], "de": ["Sardinien"]},
    "catalonia": {"en": ["Catalonia"], "nl": ["Catalonië"], "fr": ["Catalogne"], "de": ["Katalonien"]},
    "andalusia": {"en": ["Andalusia"], "nl": ["Andalusië"], "fr": ["Andalousie"], "de": ["Andalusien"]},
    "south-tyrol": {"en": ["South Tyrol"], "nl": ["Zuid-Tirol"], "fr": ["Tyrol du Sud"], "de": ["Südtirol"]},
    "east-germany": {"en": ["East Germany", "Eastern Germany"], "nl": ["Oost-Duitsland"], "fr": ["Allemagne de l'Est"],
                     "de": ["Ostdeutschland"]},
}


def country_entries() -> list[dict]:
    locales = {lang: Locale(lang) for lang in LANGUAGES}
    entries = []
    for code, english in sorted(locales["en"].territories.items()):
        if not (len(code) == 2 and code.isalpha()) or code in {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}:
            continue
        names = {lang: [locales[lang].territories.get(code, english)] for lang in LANGUAGES}
        for lang, extra in EXTRA.get(code, {}).items():
            names[lang] += extra
        entries.append({"id": f"country-{code.lower()}", "name": english, "label": "LOC",
                        "names": {lang: sorted(set(v)) for lang, v in names.items()}})
    return entries


def kept_regions() -> list[dict]:
    """Provinces, Länder, cantons and macro-regions ("region-*" entries), edited by hand in the JSON itself."""
    if not OUT.exists():
        return []
    return [e for e in json.loads(OUT.read_text(encoding="utf-8"))["entities"] if e["id"].startswith("region-")]


def main() -> None:
    regions = kept_regions()
    entries = country_entries()
    for key, names in REGIONS.items():
        entries.append({"id": f"place-{key}", "name": names["en"][0], "label": "LOC", "names": names})
    entries += regions
    OUT.write_text(json.dumps({"_source": "Unicode CLDR territory names via babel + tools/build_places.py",
                               "entities": entries}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} places to {OUT}")


if __name__ == "__main__":
    main()
