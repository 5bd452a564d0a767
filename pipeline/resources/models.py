"""Which spaCy model runs for which language (``data/models.json``), loading, and install checks.

The first package of a language's list that is installed is used, so an official model installed by
hand is preferred over the pinned fallback. Languages without any model get a blank pipeline and a
warning: the gazetteer and rule extractors still run."""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import logging
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.config import DATA_DIR
from pipeline.errors import ModelError

log = logging.getLogger(__name__)

# Components that entity extraction does not need: never run them (speed).
UNUSED_COMPONENTS = ("tagger", "parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter")


@dataclass(frozen=True)
class ModelInfo:
    language: str
    package: str | None  # None: blank pipeline, no statistical NER
    version: str | None

    @property
    def label(self) -> str:
        return f"{self.package}=={self.version}" if self.package else f"blank:{self.language}"


@cache
def model_table() -> dict[str, list[dict[str, Any]]]:
    data = json.loads((DATA_DIR / "models.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def package_meta(package: str) -> dict[str, Any]:
    """The ``meta.json`` shipped inside an installed model package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        raise ModelError(f"model package {package} is not installed")
    meta_path = Path(spec.origin).parent / "meta.json"
    try:
        meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"model package {package} has no readable meta.json: {exc}") from exc
    return meta


def choose(language: str) -> ModelInfo:
    """The model package that will run for ``language`` (see module docstring)."""
    for entry in model_table().get(language, []):
        if installed(entry["package"]):
            return ModelInfo(language, entry["package"], package_meta(entry["package"]).get("version"))
    return ModelInfo(language, None, None)


@cache
def load_nlp(language: str) -> tuple[Any, ModelInfo]:
    """A spaCy pipeline for ``language`` with only the components NER needs, and what it is."""
    import spacy

    info = choose(language)
    if info.package is None:
        log.warning("no NER model for language %r: entities come from the gazetteer and rules only "
                    "(see README, 'Adding a language or a model')", language)
        try:
            return spacy.blank(language), info
        except (ImportError, KeyError):
            return spacy.blank("xx"), info
    try:
        nlp = spacy.load(info.package, exclude=list(UNUSED_COMPONENTS))
    except Exception as exc:  # a broken install must name the package
        raise ModelError(f"cannot load spaCy model {info.package}: {exc}") from exc
    return nlp, info


def check_installed() -> list[str]:
    """Problems with the installed pinned models (empty when all is well)."""
    problems = []
    for language, entries in model_table().items():
        for entry in entries:
            if "expect" not in entry:
                continue
            if not installed(entry["package"]):
                problems.append(f"{language}: pinned model {entry['package']} is not installed")
                continue
            meta = package_meta(entry["package"])
            for key, want in entry["expect"].items():
                if meta.get(key) != want:
                    problems.append(f"{language}: {entry['package']} meta.json {key}={meta.get(key)!r}, "
                                    f"expected {want!r}")
            if not meta.get("pipeline") or "ner" not in meta["pipeline"]:
                problems.append(f"{language}: {entry['package']} has no NER component")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.resources.models",
                                     description="Show which spaCy model runs per language; check pinned ones.")
    parser.add_argument("--check", action="store_true", help="verify the pinned models' meta.json (exit 1 if not)")
    args = parser.parse_args(argv)
    for language in sorted(model_table()):
        info = choose(language)
        print(f"{language}: {info.label}")
    if args.check:
        problems = check_installed()
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        if problems:
            return 1
        print("pinned models: ok (" + ", ".join(
            f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
            if d.metadata["Name"] and ("core-web" in d.metadata["Name"].replace("_", "-")
                                       or "core-news" in d.metadata["Name"].replace("_", "-"))) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
