"""langdetect's algorithm, computed faster with the same result to the last bit.

langdetect spends its time in two pure-Python loops: building the character n-grams (a method call per
character) and updating 55 language probabilities per sampled n-gram. Here the n-grams come from one flat loop
over memoised character normalisation, and the probabilities are a numpy vector: the same IEEE operations on
the same values in the same order (element-wise products and quotients; the normalising sum stays Python's own
``sum`` over the floats), and the same seeded ``random.Random`` drawing the same n-grams. Language profiles,
constants and normalisation are langdetect's own; ``tests/text/test_langid.py`` checks the identity against
langdetect on real releases in several languages."""

from __future__ import annotations

import random
import re
from functools import cache
from typing import Any

import numpy as np

from pipeline import config

_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's 'A' <= ch <= 'z' (includes [\\]^_`)
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")  # langdetect compares a block number to a name: every ch >= U+0300
_WORD = re.compile("[^ ]+ ?")  # a word and the space after it: langdetect's n-gram window restarts after a space


class _Normalised(dict[int, str]):
    """A ``str.translate`` table of langdetect's character normalisation, computed once per character."""

    def __init__(self, normalise: Any):
        super().__init__()
        self.normalise = normalise

    def __missing__(self, code: int) -> str:
        value = self[code] = self.normalise(chr(code))
        return value


@cache
def _model() -> tuple[Any, Any, Any, Any]:
    from langdetect import detector_factory
    from langdetect.detector import Detector
    from langdetect.language import Language
    from langdetect.utils.ngram import NGram

    detector_factory.init_factory()
    return detector_factory._factory, Detector, Language, NGram


class FastDetector:
    """Probabilities of the languages of one text, as ``langdetect``'s ``Detector.get_probabilities``."""

    def __init__(self) -> None:
        factory, self.detector, self.language, self.ngram = _model()
        self.langlist: list[str] = factory.langlist
        self.word_map: dict[str, list[float]] = factory.word_lang_prob_map
        self.vectors: dict[str, np.ndarray] = {}
        self.normalised = _Normalised(self.ngram.normalize)  # str.translate table, filled as characters come
        self.word_ngrams: dict[str, list[str]] = {}

    def _prepare(self, text: str) -> str:
        d = self.detector
        text = d.URL_RE.sub(" ", text)
        text = d.MAIL_RE.sub(" ", text)
        text = self.ngram.normalize_vi(text)
        text = _SPACES.sub(" ", text[: 10000])  # Detector.max_text_length; runs of spaces become one
        if len(_LATIN.findall(text)) * 2 < len(_NON_LATIN.findall(text)):
            text = "".join(ch for ch in text if ch < "A" or ch > "z")
        return text

    def _ngrams(self, text: str) -> list[str]:
        """NGram.add_char and Detector._extract_ngrams: the n-grams of each word (a run of characters other
        than a space, after normalisation) with the space after it, in order. langdetect's n-gram window starts
        afresh after every space, so a word's n-grams depend on the word alone and are memoised."""
        normal = text.translate(self.normalised)
        out: list[str] = []
        memo = self.word_ngrams
        if len(memo) > config.LANGID_WORD_MEMO:
            memo.clear()
        for word in _WORD.findall(normal):
            grams = memo.get(word)
            if grams is None:
                grams = memo[word] = self._word_ngrams(word)
            out += grams
        return out

    def _word_ngrams(self, word: str) -> list[str]:
        """The n-grams of ``word`` (with its space after it, if any) from a fresh window, as langdetect's loop
        gives them."""
        words = self.word_map
        out: list[str] = []
        grams, capital = " ", False
        for ch in word:
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            if ch != " " and ch in words:
                out.append(ch)
            if len(grams) >= 2:
                if grams[-2:] in words:
                    out.append(grams[-2:])
                if len(grams) >= 3 and grams in words:
                    out.append(grams)
        return out

    def _vector(self, word: str) -> np.ndarray:
        vector = self.vectors.get(word)
        if vector is None:
            vector = self.vectors[word] = np.array(self.word_map[word], dtype=np.float64)
        return vector

    def probabilities(self, text: str, seed: int, trials: int = 7) -> list[Any]:
        """langdetect Language objects (lang, prob) above its threshold, most probable first; raises
        langdetect's LangDetectException when the text has no n-gram of any profile."""
        from langdetect.lang_detect_exception import ErrorCode, LangDetectException

        d = self.detector
        ngrams = self._ngrams(self._prepare(text))
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        size = len(self.langlist)
        langprob = np.zeros(size)
        rng = random.Random()
        rng.seed(seed)
        for _ in range(trials):
            prob = np.full(size, 1.0 / size)
            weight = (d.ALPHA_DEFAULT + rng.gauss(0.0, 1.0) * d.ALPHA_WIDTH) / d.BASE_FREQ
            i = 0
            while True:
                prob *= weight + self._vector(rng.choice(ngrams))
                if i % 5 == 0:
                    prob /= sum(prob.tolist())  # Python's own sum, as langdetect
                    if prob.max() > d.CONV_THRESHOLD or i >= d.ITERATION_LIMIT:
                        break
                i += 1
            langprob += prob / trials
        found = [self.language(lang, p) for lang, p in zip(self.langlist, langprob.tolist(), strict=True)
                 if p > d.PROB_THRESHOLD]
        found.sort(reverse=True)
        return found
