"""A tiny template language for phrasing banks: `{a|b|c}` picks one alternative, `<slot>` fills a value.

Writing banks as spintax multiplies the independent phrasings a family can produce without writing
every sentence out; nesting is allowed (`{Could|Can} you {send|wire} it {today|{this|by} morning}`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from random import Random

_SLOT = re.compile(r"<([a-z_][a-z0-9_]*)>")

# A parsed template: a sequence of literal strings and choices (each choice a list of sequences).
Node = str | list["Seq"]
Seq = list[Node]


class TemplateError(ValueError):
    """A bank entry is malformed (unbalanced braces or an unknown slot)."""


@lru_cache(maxsize=8192)
def _parse(template: str) -> tuple[Node, ...]:
    seq, pos = _parse_seq(template, 0, top=True)
    if pos != len(template):
        raise TemplateError(f"unbalanced '}}' in {template!r}")
    return tuple(seq)


def _parse_seq(text: str, pos: int, top: bool) -> tuple[Seq, int]:
    seq: Seq = []
    literal: list[str] = []
    while pos < len(text):
        char = text[pos]
        if char == "{":
            if literal:
                seq.append("".join(literal))
                literal = []
            alternatives, pos = _parse_choice(text, pos + 1)
            seq.append(alternatives)
            continue
        if char in "|}" and not top:
            break
        if char == "}" and top:
            break
        literal.append(char)
        pos += 1
    if literal:
        seq.append("".join(literal))
    return seq, pos


def _parse_choice(text: str, pos: int) -> tuple[list[Seq], int]:
    alternatives: list[Seq] = []
    while True:
        seq, pos = _parse_seq(text, pos, top=False)
        alternatives.append(seq)
        if pos >= len(text):
            raise TemplateError(f"unbalanced '{{' in {text!r}")
        if text[pos] == "}":
            return alternatives, pos + 1
        pos += 1  # skip '|'


def _render(seq: tuple[Node, ...] | Seq, rng: Random, out: list[str]) -> None:
    for node in seq:
        if isinstance(node, str):
            out.append(node)
        else:
            _render(node[rng.randrange(len(node))], rng, out)


def _fill(text: str, slots: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in slots:
            raise TemplateError(f"unknown slot <{name}>")
        return slots[name]

    return _SLOT.sub(replace, text)


def expand(template: str, rng: Random, slots: Mapping[str, str] | None = None) -> str:
    """One rendering of `template`: choices picked with `rng`, then slots filled."""
    out: list[str] = []
    _render(_parse(template), rng, out)
    text = re.sub(r" {2,}", " ", "".join(out)).replace(" ,", ",").replace(" .", ".").strip(" ")
    return _fill(text, slots or {})


def pick(bank: tuple[str, ...] | list[str], rng: Random, slots: Mapping[str, str] | None = None) -> str:
    """Expand one entry of a bank, chosen uniformly."""
    return expand(bank[rng.randrange(len(bank))], rng, slots)


def slots_used(template: str) -> set[str]:
    return set(_SLOT.findall(template))


def variety(template: str) -> int:
    """How many distinct renderings the choices allow (before slots); used by diversity tests."""

    def count(seq: tuple[Node, ...] | Seq) -> int:
        total = 1
        for node in seq:
            if not isinstance(node, str):
                total *= sum(count(alt) for alt in node)
        return total

    return count(_parse(template))
