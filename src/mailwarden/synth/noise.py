"""Human noise in attack text: typos, lost capitals, doubled spaces. Links and numbers are left intact."""

from __future__ import annotations

import re
from random import Random

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
_PROTECTED = re.compile(r"https?://\S+|\S+@\S+|<[^>]+>")
_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"


def _misspell(word: str, rng: Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + rng.choice(_NEIGHBOURS) + word[i + 1 :]


def inject_typos(text: str, rng: Random, rate: float) -> str:
    """Misspell about `rate` of the words of four letters or more, outside links and addresses."""
    if rate <= 0:
        return text
    pieces: list[str] = []
    last = 0
    for protected in _PROTECTED.finditer(text):
        pieces.append(_typo_span(text[last : protected.start()], rng, rate))
        pieces.append(protected.group(0))
        last = protected.end()
    pieces.append(_typo_span(text[last:], rng, rate))
    return "".join(pieces)


def _typo_span(span: str, rng: Random, rate: float) -> str:
    return _WORD.sub(lambda m: _misspell(m.group(0), rng) if rng.random() < rate else m.group(0), span)


def lower_case(text: str) -> str:
    """Phone-style writing: no capitals, except inside links."""
    pieces: list[str] = []
    last = 0
    for protected in _PROTECTED.finditer(text):
        pieces.append(text[last : protected.start()].lower())
        pieces.append(protected.group(0))
        last = protected.end()
    pieces.append(text[last:].lower())
    return "".join(pieces)


def roughen(text: str, rng: Random) -> str:
    """Occasional doubled spaces and dropped apostrophes, as hurried writers leave them."""
    if rng.random() < 0.3:
        text = text.replace(". ", ".  ")
    if rng.random() < 0.3:
        text = text.replace("'", "")
    return text
