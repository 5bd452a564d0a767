"""Build the NER development sets (``tests/data/ner-dev/{nl,de,fr,en}.jsonl``).

Texts: paragraphs of real news articles from the project's shared ``news-pages`` material (nl, de, fr; MIT
licence, see ``tests/data/ner-dev/LICENSE``) and lines of European Parliament press releases kept in
``tests/data/html`` (en; EP, reuse with the source acknowledged). Annotations: written by hand for this
project (PERSON, ORG, LOC, as in gold/FORMAT.md: the name alone, as written; names inside compounds such as
"CD&V-voorzitter" are not annotated). Each annotation lists the distinct surface forms of a paragraph,
scored as a set."""

from __future__ import annotations

import ast
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "news-pages"
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "ner-dev"
HTML = Path(__file__).resolve().parent.parent / "tests" / "data" / "html"
PER, ORG, LOC = "PERSON", "ORG", "LOC"

# (language, file, paragraph index: -1 = summary, n = n-th body paragraph), [(surface, label), ...]
ANNOTATIONS = [
    ("nl", "be/Nieuwsblad.json", -1, [("Annelies Verlinden", PER), ("CD&V", ORG), ("Vivaldi", ORG), ("Joachim Coens", PER)]),
    ("nl", "be/Nieuwsblad.json", 0, [("Annelies Verlinden", PER), ("Merksem", LOC), ("KULeuven", ORG), ("UCL", ORG)]),
    ("nl", "be/Nieuwsblad.json", 1, [("DLA Piper", ORG), ("Verlinden", PER), ("Raad van State", ORG)]),
    ("nl", "be/Nieuwsblad.json", 2, [("Joachim Coens", PER), ("Wetstraat", LOC), ("Verlinden", PER), ("Jong CD&V", ORG),
                                     ("Schoten", LOC)]),
    ("nl", "be/Nieuwsblad.json", 3, [("Joachim Coens", PER), ("Coens", PER)]),
    ("nl", "be/Nieuwsblad.json", 4, [("Verlinden", PER), ("Overlegcomité", ORG)]),
    ("nl", "be/Nieuwsblad.json", 5, [("Verlinden", PER), ("Wallonië", LOC), ("Thomas Monjoie", PER)]),
    ("nl", "be/Nieuwsblad.json", 6, [("Vivaldi", ORG), ("Verlinden", PER), ("NAVAP", ORG)]),
    ("nl", "be/Nieuwsblad.json", 7, [("David Clarinval", PER), ("Verlinden", PER)]),
    ("nl", "be/Nieuwsblad.json", 8, []),
    ("nl", "be/Nieuwsblad.json", 9, [("Verlinden", PER), ("CD&V", ORG), ("Antwerpen", LOC), ("Vincent Van Peteghem", PER),
                                     ("Arizona", ORG)]),
    ("de", "at/ORF.json", -1, [("Donald Trump", PER), ("Matt Gaetz", PER), ("Pam Bondi", PER), ("Bondi", PER), ("Trump", PER),
                               ("Florida", LOC)]),
    ("de", "at/ORF.json", 0, [("Trump", PER), ("Gaetz", PER), ("Senat", ORG), ("Florida", LOC), ("US-Justizministerium", ORG)]),
    ("de", "at/ORF.json", 1, [("Gaetz", PER), ("Bondi", PER), ("Trump", PER)]),
    ("de", "at/ORF.json", 3, [("Washington Post", ORG), ("Bondi", PER), ("Fox News", ORG)]),
    ("de", "at/ORF.json", 5, [("Bondi", PER), ("Florida", LOC), ("Trump University", ORG)]),
    ("de", "de/BR.json", -1, [("Coburg", LOC), ("Bayern", LOC)]),
    ("de", "de/BR.json", 0, [("Annekathrin Preidel", PER)]),
    ("de", "de/BR.json", 2, [("Christian Kopp", PER), ("Diakonie Bayern", ORG), ("Kopp", PER)]),
    ("de", "de/BR.json", 3, [("Detlev Zander", PER), ("Zander", PER)]),
    ("de", "de/BR.json", 4, [("Karin Krapp", PER), ("Detlev Zander", PER), ("Evangelischen Kirche in Deutschland", ORG),
                             ("EKD", ORG), ("Bayern", LOC), ("Krapp", PER)]),
    ("de", "de/BR.json", 5, [("Christian Kopp", PER), ("Annekathrin Preidel", PER), ("Coburg", LOC), ("Preidel", PER)]),
    ("de", "ch/NZZ.json", 0, [("USA", LOC), ("Gazastreifens", LOC), ("Ashdod", LOC), ("Israel", LOC), ("Gazastreifen", LOC)]),
    ("de", "ch/NZZ.json", 1, [("Israel", LOC), ("Libanon", LOC), ("Hizbullah-Miliz", ORG), ("Antony Blinken", PER)]),
    ("de", "ch/NZZ.json", 2, [("Hamas", ORG), ("Israel", LOC)]),
    ("de", "ch/NZZ.json", 5, [("Hizbullah", ORG), ("Hamas", ORG), ("Gazastreifen", LOC), ("Israel", LOC)]),
    ("de", "at/DerStandard.json", 0, [("Abdullah bin Zayed", PER), ("Vereinigten Arabischen Emirate", LOC),
                                      ("Europa", LOC), ("Riad", LOC), ("Saudi-Arabien", LOC)]),
    ("de", "at/DerStandard.json", 1, [("Hamburg", LOC), ("Muslim Interaktiv", ORG), ("Deutschland", LOC)]),
    ("de", "at/DerStandard.json", 4, [("Nancy Faeser", PER), ("SPD", ORG), ("Muslim Interaktiv", ORG),
                                      ("Hamburger Verfassungsschutz", ORG), ("Hizb ut-Tahrir", ORG), ("HuT", ORG),
                                      ("Deutschland", LOC)]),
    ("de", "at/DerStandard.json", 5, [("Hamburg", LOC), ("Muslim Interaktiv", ORG), ("Falk Schnabel", PER)]),
    ("fr", "fr/EuronewsFR.json", -1, [("Atlantique Nord", LOC)]),
    ("fr", "fr/EuronewsFR.json", 1, [("Union européenne", ORG)]),
    ("fr", "fr/EuronewsFR.json", 3, [("Javier López", PER), ("Oceana", ORG)]),
    ("fr", "fr/LeFigaro.json", -1, [("Andreï Belooussov", PER)]),
    ("fr", "fr/LeFigaro.json", 3, [("Otan", ORG), ("Ukraine", LOC), ("Bruxelles", LOC), ("Russie", LOC), ("Kiev", LOC)]),
    ("fr", "fr/LeMonde.json", 0, [("Elysée", LOC), ("Emmanuel Macron", PER), ("Sophie Binet", PER), ("CGT", ORG), ("Patrick Martin", PER), ("Medef", ORG), ("Marylise Léon", PER), ("CFDT", ORG)]),
    ("fr", "fr/LeMonde.json", 3, [("Rassemblement national", ORG), ("Marine Le Pen", PER)]),
    ("en", "press-release_20250204IPR26689.html", 12, [("Georgia", LOC), ("EU", ORG), ("European Parliament", ORG)]),
    ("en", "press-release_20221014IPR43206.html", 6, [("Parliament", ORG), ("EU", ORG)]),
    ("en", "press-release_20221014IPR43206.html", 10, [("EU", ORG), ("Commission", ORG)]),
    ("en", "press-release_20221014IPR43206.html", 17, [("Ocean Fund", ORG)]),
    ("en", "press-release_20221014IPR43206.html", 19, [("EP", ORG), ("Ismail Ertug", PER), ("S&D", ORG), ("DE", LOC), ("EU", ORG)]),
    ("en", "press-release_20221014IPR43206.html", 20, [("EP", ORG), ("Jörgen Warborn", PER), ("EPP", ORG), ("SE", LOC), ("Parliament", ORG), ("Europe", LOC)]),
]


def paragraph(file: str, index: int) -> str:
    if file.endswith(".html"):  # a line of the text our HTML path extracts from a stored press release
        from pipeline.extract.text import from_html
        from pipeline.records import RawDocument

        data = (HTML / file).read_bytes()
        return from_html(RawDocument(file, data, kind="html")).text.split("\n")[index]
    item = next(iter(json.loads((SHARED / file).read_text(encoding="utf-8")).values()))
    body = ast.literal_eval(item["body"]) if isinstance(item["body"], str) else item["body"]
    if index < 0:
        return " ".join(body["summary"])
    return [p for section in body["sections"] for p in section["paragraphs"]][index]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[str]] = {"nl": [], "de": [], "fr": [], "en": []}
    for language, file, index, entities in ANNOTATIONS:
        text = paragraph(file, index)
        for surface, _ in entities:
            assert surface in text, (file, index, surface)
        rows[language].append(json.dumps({"source": f"{file}#{index}", "language": language, "text": text,
                                          "entities": [{"text": s, "type": t} for s, t in entities]},
                                         ensure_ascii=False))
    for language, lines in rows.items():
        (OUT / f"{language}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{language}: {len(lines)} paragraphs")


if __name__ == "__main__":
    main()
