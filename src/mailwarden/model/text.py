"""The goal-leg text model: what does the message want, read from its words.

Hashed word uni/bi-grams plus character n-grams (robust to typos and small rewordings) feed a
multinomial logistic regression over goal classes ("none" for ordinary mail, else an attack type).
Its per-class probabilities become features of the tree model. Hashing keeps it stateless apart from
the coefficients, which are stored as a gzip'd float16 array (small enough to ship in the package).
"""

from __future__ import annotations

import gzip
import io
import json
import re
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from zlib import crc32

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from mailwarden.message import Message

N_FEATURES = 2**17  # hashed buckets: words in the lower half, character n-grams in the upper half
_HALF = N_FEATURES // 2
_MASK = np.uint64(_HALF - 1)  # N_FEATURES is a power of two: masking is modulo, and cheaper
# Bounded reading: the ask of an attack is near the top; reading more costs time and adds quoted noise.
WORD_CHARS = 2000
CHAR_CHARS = 500
_URL = re.compile(r"https?://\S+|www\.\S+")
_NUMBER = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")
_WORD = re.compile(r"\w\w+")


_last_text: tuple[Message | None, str] = (None, "")


def text_of(message: Message) -> str:
    """Subject and body, with URLs, addresses and numbers masked so that the model reads the ask,
    not which hosts, people or dates (era, collection) a corpus happens to contain. The organization
    model, its spam reader and the referee read it in turn: a one-slot cache holding the message
    itself (so two messages can never be confused) computes it once."""
    global _last_text
    cached_message, cached = _last_text
    if cached_message is message:
        return cached
    raw = f"{message.subject}\n{message.text[: WORD_CHARS + 500]}".lower()
    if "http" in raw or "www." in raw:  # substring tests first: the regexes are the slow part
        raw = _URL.sub(" urltoken ", raw)
    if "@" in raw:
        raw = _EMAIL.sub(" emailtoken ", raw)
    text = _NUMBER.sub("0", raw)[:WORD_CHARS]
    _last_text = (message, text)
    return text


_word_hashes: dict[str, int] = {}
_WORD_CACHE_MAX = 300_000  # common words repeat across messages; crc32 + encode costs ~5x a look-up


def _word_hash(word: str) -> int:
    h = _word_hashes.get(word)
    if h is None:
        h = crc32(word.encode())
        if len(_word_hashes) < _WORD_CACHE_MAX:
            _word_hashes[word] = h
    return h


@lru_cache(maxsize=256)  # the organization model and its spam reader read the same text in turn
def hashed_features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(bucket indices, values) of one text: word 1-2-grams and byte 4-grams of the first words, each
    block L2-normalised. Written by hand (bigrams and 4-grams hashed with numpy, word hashes cached)
    because sklearn's HashingVectorizer costs ~1.5 ms per call on single messages, over the per-message
    scan budget. Callers must not modify the arrays (they are cached)."""
    words = _WORD.findall(text)
    if not words:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    h = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    word_idx = np.concatenate([h, (h[:-1] * np.uint64(1_000_003)) ^ h[1:]]) & _MASK
    head = " ".join(words)[:CHAR_CHARS]  # character grams of the first words only
    d = np.frombuffer(head.encode("utf-8", "replace"), dtype=np.uint8).astype(np.uint64)
    if len(d) >= 4:
        grams = (d[:-3] << np.uint64(24)) | (d[1:-2] << np.uint64(16)) | (d[2:-1] << np.uint64(8)) | d[3:]
        char_idx = ((grams * np.uint64(2_654_435_761)) & _MASK) | np.uint64(_HALF)
        all_idx = np.concatenate([word_idx, char_idx])
    else:
        all_idx = word_idx
    uniq, counts = np.unique(all_idx.astype(np.int64), return_counts=True)
    vals = counts.astype(np.float32)
    is_char = uniq >= _HALF
    sq = vals * vals
    word_norm, char_norm = np.sqrt(sq[~is_char].sum()), np.sqrt(sq[is_char].sum())
    vals /= np.where(is_char, char_norm or 1.0, word_norm or 1.0)
    uniq.flags.writeable = vals.flags.writeable = False
    return uniq, vals


def hashed_matrix(texts: Sequence[str]) -> sp.csr_matrix:
    indptr, indices, values = [0], [], []
    for text in texts:
        idx, val = hashed_features(text)
        indices.append(idx)
        values.append(val)
        indptr.append(indptr[-1] + len(idx))
    return sp.csr_matrix(
        (
            np.concatenate(values) if values else np.zeros(0, np.float32),
            np.concatenate(indices) if indices else np.zeros(0, np.int64),
            np.asarray(indptr),
        ),
        shape=(len(texts), N_FEATURES),
    )


class GoalTextModel:
    """Per-class probabilities of what a text asks for. Classes are fixed at training time."""

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray) -> None:
        self.classes = tuple(classes)
        self.coef = np.asarray(coef, dtype=np.float32)  # (n_classes or 1, 2*N_FEATURES)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self._coef_t = np.ascontiguousarray(self.coef.T)  # row per bucket: a gather per message

    # -- inference -----------------------------------------------------------------------------
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 1:  # the scan path: gather the few rows this text touches
            idx, val = hashed_features(texts[0])
            logits = ((self._coef_t[idx] * val[:, None]).sum(axis=0) + self.intercept)[None, :]
        else:
            logits = np.asarray(hashed_matrix(texts) @ self._coef_t) + self.intercept
        if len(self.classes) == 2 and logits.shape[1] == 1:  # binary: sklearn keeps one column
            p1 = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return np.column_stack([1 - p1, p1])
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def feature_names(self) -> list[str]:
        return [f"text.p_{c}" for c in self.classes]

    # -- training ------------------------------------------------------------------------------
    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[str],
        weights: Sequence[float] | None = None,
        C: float = 1.0,
    ) -> GoalTextModel:  # noqa: N803 - sklearn's name
        classes = sorted(set(labels))
        if len(classes) < 2:
            raise ValueError("the text model needs at least two classes")
        X = hashed_matrix(texts)
        # Fit on the buckets that occur (a few % of them): lbfgs then works on a small dense vector.
        used = np.unique(X.indices)
        # Bounded iterations: the trees only need a well-ranked probability, not a converged optimum.
        lr = LogisticRegression(C=C, max_iter=120, tol=1e-3, class_weight="balanced")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            lr.fit(X[:, used], list(labels), sample_weight=None if weights is None else np.asarray(weights))
        coef = np.zeros((lr.coef_.shape[0], N_FEATURES), dtype=np.float32)
        coef[:, used] = lr.coef_
        return cls(list(lr.classes_), coef, lr.intercept_)

    # -- storage -------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        np.save(buf, self.coef.astype(np.float16))
        # mtime=0: the same coefficients give the same bytes (a retrain that changed nothing is visible)
        (folder / "text_coef.npy.gz").write_bytes(gzip.compress(buf.getvalue(), compresslevel=6, mtime=0))
        meta = {"classes": list(self.classes), "intercept": self.intercept.tolist(), "n_features": N_FEATURES}
        (folder / "text_model.json").write_text(json.dumps(meta), "utf-8")

    @classmethod
    def load(cls, folder: Path) -> GoalTextModel:
        meta = json.loads((folder / "text_model.json").read_text("utf-8"))
        if meta.get("n_features") != N_FEATURES:
            raise ValueError("text model was built with a different hashing size")
        with gzip.open(folder / "text_coef.npy.gz", "rb") as fh:
            coef = np.load(io.BytesIO(fh.read()))
        return cls(meta["classes"], coef, np.asarray(meta["intercept"]))
