"""Fast matching of many phrase patterns: expand each pattern into its literal phrases and compile them
into one trie-shaped regular expression.

Python's `re` tries the branches of an alternation one by one at every position, so a category of a
hundred phrases costs a hundred attempts per character. A trie shares prefixes, so each position costs a
handful of character comparisons. Patterns that cannot be expanded (open repeats like `.{0,30}`) stay in
a small residual regex.
"""

from __future__ import annotations

import bisect
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


def _literal_parts(pattern: str) -> list[tuple[str, ...]]:
    """The top-level parts of `pattern` that expand to a short list of strings (runs of literal
    characters count as one part), in pattern order."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return []
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
    return [options for options in candidates
            if len(options) <= 64 and all(options) and not _COMMON_WORDS.intersection(options)]


def required_words(pattern: str) -> tuple[str, ...]:
    """Strings of which at least one must occur for `pattern` to match: the top-level part whose
    expansions are longest (e.g. 'wire|transfer'). Empty when no part qualifies (always search)."""
    best: tuple[str, ...] = ()
    for options in _literal_parts(pattern):
        if not best or min(map(len, options)) > min(map(len, best)):
            best = tuple(sorted(set(options)))
    return best if best and min(map(len, best)) >= 3 else ()


def required_parts(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Every top-level part `pattern` needs that is telling enough to test (strings of three or more
    characters, or symbols such as a currency sign), as alternatives of which one must occur: a text
    lacking any one part cannot match. Alternatives that contain another are dropped (`lawyers` is
    found whenever `lawyer` is) and parts with fewer alternatives come first (cheaper to rule out)."""
    parts: list[tuple[str, ...]] = []
    for options in _literal_parts(pattern):
        unique = set(options)
        shortest = min(map(len, unique))
        if shortest < 3 and any(char.isalnum() for option in unique for char in option):
            continue
        minimal = tuple(sorted(o for o in unique if not any(other != o and other in o for other in unique)))
        if minimal not in parts:
            parts.append(minimal)
    return tuple(sorted(parts, key=len))


# `re.escape` as a translation table (it only ever escapes ASCII characters): one C call per chain.
_ESCAPES = str.maketrans({c: re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c})


def _trie_regex(words: list[str]) -> str:
    """One regex matching exactly `words`, shaped like their trie (longest alternative first at each
    node through greedy optional groups). Built from the sorted list, one chain of single-child nodes at
    a time, instead of one dict per character: the lexicon's trie has ~200,000 nodes."""
    ordered = sorted(set(words))

    def build(lo: int, hi: int, depth: int) -> str:
        # ordered[lo:hi] share their first `depth` characters: they are the subtree of one trie node.
        end = len(ordered[lo]) == depth  # a word ends here (sorted first: it is a prefix of the rest)
        start = lo + end
        if start == hi:
            return ""
        first, last = ordered[start], ordered[hi - 1]
        if first[depth] == last[depth]:  # one child: follow the chain to the next fork or word end
            common, shorter = depth + 1, min(len(first), len(last))
            while common < shorter and first[common] == last[common]:
                common += 1
            body = first[depth:common].translate(_ESCAPES) + build(start, hi, common)
            many = False
        else:
            branches = []
            while start < hi:
                char = ordered[start][depth]
                stop = bisect.bisect_left(ordered, ordered[start][:depth] + chr(ord(char) + 1), start, hi)
                branches.append(char.translate(_ESCAPES) + build(start, stop, depth + 1))
                start = stop
            body = "(?:" + "|".join(branches) + ")"
            many = True
        if end:
            return "(?:" + body + ")?" if many or len(body) > 1 else body + "?"
        return body

    return build(0, len(ordered), 0) if ordered else ""


class PhraseSet:
    """Finds which category's phrases occur in a (lower-cased) text, on whole words."""

    def __init__(self, categories: dict[str, tuple[str, ...]]) -> None:
        self.category_of: dict[str, str] = {}
        # Patterns that do not expand stay regexes, each searched only when every part it needs is
        # present (substring tests are far cheaper than a regex scan of the whole text).
        self.residual: list[tuple[re.Pattern[str], str, tuple[tuple[str, ...], ...]]] = []
        for category, patterns in categories.items():
            for pattern in patterns:
                literals = expand(pattern)
                if literals is None:
                    self.residual.append((re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), category,
                                          required_parts(pattern)))
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
        contains = text.__contains__
        for pattern, category, needs in self.residual:
            if not all(any(map(contains, words)) for words in needs):
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
