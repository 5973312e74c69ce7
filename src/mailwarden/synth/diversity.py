"""How varied a batch of synthetic attacks is: distinct bodies, wording shared between families, lengths.

A model trained on one family's wording should not find the same 3-word phrases in another family;
these figures say how far apart the families really are.
"""

from __future__ import annotations

import email
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from statistics import median

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def plain_text(raw: bytes) -> str:
    """The first text/plain part, decoded ('' when there is none)."""
    for part in email.message_from_bytes(raw).walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            payload = part.get_payload(decode=True) or b""
            return payload.decode(part.get_content_charset() or "utf-8", "replace")
    return ""


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], words[2:], strict=False))


def report(items: Iterable[tuple[bytes, dict]]) -> dict[str, object]:
    bodies: list[str] = []
    grams: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for raw, label in items:
        body = plain_text(raw)
        bodies.append(body)
        grams[label.get("family", "")] |= trigrams(body)
    words = [len(_WORD.findall(b)) for b in bodies]
    pairs = {
        f"{a}~{b}": round(len(grams[a] & grams[b]) / max(1, len(grams[a] | grams[b])), 4)
        for a, b in itertools.combinations(sorted(grams), 2)
    }
    return {
        "messages": len(bodies),
        "distinct_body_ratio": round(len(set(bodies)) / max(1, len(bodies)), 4),
        "words_min_median_max": [min(words, default=0), median(words) if words else 0, max(words, default=0)],
        "family_trigram_jaccard": pairs,
    }
