"""The goal matcher's shortcuts give exactly what the plain forms give (they exist for speed only)."""

from __future__ import annotations

import random
import re

import pytest

from mailwarden.signals.goal.asks import collapse_spaces, phrase_set
from mailwarden.signals.goal.phrases import PhraseSet, _trie_regex, required_parts


def _dict_trie_regex(words: list[str]) -> str:
    """The trie regex built the plain way, one dict per character (the reference)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


def test_trie_regex_is_the_dict_trie_regex():
    rng = random.Random(7)
    for _ in range(3000):
        alphabet = rng.choice(["ab", "abc", "a b.", "xyz$é", "(|)?*\\\n-"])
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 12))]
        assert _trie_regex(words) == _dict_trie_regex(words), words


def test_trie_regex_of_the_lexicon_is_the_dict_trie_regex():
    words = sorted(w for w in phrase_set().category_of if w)
    assert _trie_regex(words) == _dict_trie_regex(words)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "a", " a", "a ", "\t a  b \n", "\x1c x\u2028y\u3000z\x85", "one\r\ntwo\u00a0three ",
])
def test_collapse_spaces_is_the_regex(text):
    assert collapse_spaces(text) == re.sub(r"\s+", " ", text)


def test_required_parts_never_rule_out_a_match():
    pattern = (r"(?:release|send|wire) (?:usd )?[$€£]\s?\d[\d,.]* (?:to|into) (?:the|our) "
               r"(?:lawyer|lawyers|escrow)")
    parts = required_parts(pattern)
    assert ("$", "£", "€") in parts and ("escrow", "lawyer") in parts  # `lawyers` contains `lawyer`
    assert [len(p) for p in parts] == sorted(len(p) for p in parts)
    phrases = PhraseSet({"payment": (pattern,)})
    assert phrases.residual  # not expandable: searched as a regex, behind the parts
    found = phrases.find("please wire $4,000 to our lawyers today")
    assert found == {"payment": ("wire $4,000 to our lawyers",)}
    assert phrases.find("please wire 4,000 to our lawyers today") == {}
