"""Fast matching of many phrase patterns: expand each pattern into its literal phrases and compile them
into one trie-shaped regular expression.

Python's `re` tries the branches of an alternation one by one at every position, so a category of a
hundred phrases costs a hundred attempts per character. A trie shares prefixes, so each position costs a
handful of character comparisons. Patterns that cannot be expanded (open repeats like `.{0,30}`) stay in
a small residual regex.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

MAX_EXPANSIONS = 4096  # per pattern; beyond this the pattern stays a regular regex


class _NotLiteral(Exception):
    """The pattern has a part that does not expand to a short list of strings."""


def _expand(parsed: sre_parse.SubPattern) -> list[str]:
    results = [""]
    for op, av in parsed.data:
        if op is sre_constants.LITERAL:
            options = [chr(av)]
        elif op is sre_constants.SUBPATTERN:
            options = _expand(av[-1])
        elif op is sre_constants.BRANCH:
            options = [s for branch in av[1] for s in _expand(branch)]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = av
            if high > 1 or low > 1:
                raise _NotLiteral
            inner = _expand(sub)
            options = ([""] if low == 0 else []) + inner
        elif op is sre_constants.IN:
            options = []
            for item_op, item_av in av:
                if item_op is not sre_constants.LITERAL:
                    raise _NotLiteral
                options.append(chr(item_av))
        else:
            raise _NotLiteral
        results = [r + o for r in results for o in options]
        if len(results) > MAX_EXPANSIONS:
            raise _NotLiteral
    return results


def expand(pattern: str) -> list[str] | None:
    """All strings `pattern` matches, or None when that set is open or too large."""
    try:
        return _expand(sre_parse.parse(pattern))
    except (_NotLiteral, re.error, OverflowError):
        return None


# Words too frequent to tell whether a pattern is worth searching for.
_COMMON_WORDS = frozenset({"send", "sent", "make", "pay", "get", "got", "have", "over", "through", "here",
                           "below", "name", "names", "the", "our", "you", "your", "with", "will", "can"})


def required_words(pattern: str) -> tuple[str, ...]:
    """Strings of which at least one must occur for `pattern` to match: the top-level part whose
    expansions are longest (e.g. 'wire|transfer'). Empty when no part qualifies (always search)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return ()
    candidates: list[tuple[str, ...]] = []
    run = ""  # consecutive literal characters form one required string
    for item in parsed.data:
        if item[0] is sre_constants.LITERAL:
            run += chr(item[1])
            continue
        candidates.append((run.strip(),))
        run = ""
        try:
            candidates.append(tuple(_expand(sre_parse.SubPattern(parsed.state, [item]))))
        except (_NotLiteral, OverflowError):
            continue
    candidates.append((run.strip(),))
    best: tuple[str, ...] = ()
    for options in candidates:
        if len(options) > 64 or not all(options) or _COMMON_WORDS.intersection(options):
            continue
        if not best or min(map(len, options)) > min(map(len, best)):
            best = tuple(sorted(set(options)))
    return best if best and min(map(len, best)) >= 3 else ()


def _trie_regex(words: list[str]) -> str:
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


class PhraseSet:
    """Finds which category's phrases occur in a (lower-cased) text, on whole words."""

    def __init__(self, categories: dict[str, tuple[str, ...]]) -> None:
        self.category_of: dict[str, str] = {}
        # Patterns that do not expand stay regexes, each searched only when a word it needs is present
        # (a substring test is far cheaper than a regex scan of the whole text).
        self.residual: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = []
        for category, patterns in categories.items():
            for pattern in patterns:
                literals = expand(pattern)
                if literals is None:
                    self.residual.append((re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), category,
                                          required_words(pattern)))
                    continue
                for literal in literals:
                    self.category_of.setdefault(literal, category)
        words = sorted(w for w in self.category_of if w)
        self.trie = re.compile(rf"(?<!\w)(?:{_trie_regex(words)})(?!\w)")

    def find(self, text: str, per_category: int = 3) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for match in self.trie.finditer(text):
            phrase = match.group(0)
            self._add(found, self.category_of.get(phrase, ""), phrase, per_category)
        for pattern, category, needs in self.residual:
            if needs and not any(word in text for word in needs):
                continue
            match = pattern.search(text)
            if match:
                self._add(found, category, match.group(0), per_category)
        return {c: tuple(p) for c, p in found.items() if c}

    @staticmethod
    def _add(found: dict[str, list[str]], category: str, phrase: str, limit: int) -> None:
        phrases = found.setdefault(category, [])
        if phrase not in phrases and len(phrases) < limit:
            phrases.append(phrase)
