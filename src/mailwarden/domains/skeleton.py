"""Homoglyph skeletons: map look-alike characters to the ASCII letter a reader would take them for.

`раураl` (Cyrillic) and `paypa1` both reduce to `paypal`. The Unicode confusables table comes from
confusable_homoglyphs (bundled JSON, no download); a few ASCII tricks (rn -> m, vv -> w, 0 -> o, 1 -> l)
are added because they need no Unicode at all.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from confusable_homoglyphs import utils as confusable_utils

_ASCII_TARGETS = set("abcdefghijklmnopqrstuvwxyz0123456789-")
_DIGIT_LOOKS = {"0": "o", "1": "l", "3": "e", "5": "s", "7": "t", "8": "b", "9": "g"}
_PAIR_LOOKS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        data = confusable_utils.load("confusables.json")
    except (OSError, ValueError):  # a broken install degrades to the ASCII tricks only
        data = {}
    for char, glyphs in data.items():
        if char.isascii():
            continue
        for glyph in glyphs:
            target = glyph.get("c", "").lower()
            if len(target) == 1 and target in _ASCII_TARGETS:
                table[char] = target
                break
    table.update({"ı": "i", "ſ": "s", "ß": "ss"})
    return table


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Lower-cased ASCII reading of `text` (accents dropped, homoglyphs and digit tricks folded)."""
    table = _table()
    folded = []
    for char in unicodedata.normalize("NFKC", text.lower()):
        if char.isascii():
            folded.append(char)
            continue
        mapped = table.get(char)
        if mapped is None:
            base = unicodedata.normalize("NFKD", char)[0]
            mapped = base if base.isascii() else char
        folded.append(mapped)
    out = "".join(folded)
    out = "".join(_DIGIT_LOOKS.get(c, c) for c in out)
    for pair, single in _PAIR_LOOKS:
        out = out.replace(pair, single)
    return out.replace("i", "l")  # l/I/i are the classic confusion; fold them together last


def has_mixed_script(text: str) -> bool:
    """Latin letters next to letters of another script in one word (a homoglyph tell)."""
    scripts = set()
    for char in text:
        if char.isalpha():
            if char.isascii():
                scripts.add("LATIN")
            else:
                name = unicodedata.name(char, "")
                scripts.add(name.split(" ", 1)[0] if name else "?")
    return len(scripts) > 1 and "LATIN" in scripts
