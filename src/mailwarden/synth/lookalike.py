"""Domains an attacker registers to pass for the organization's or a vendor's: several techniques.

Each generator returns a registrable-looking domain that differs from the original, and the label
records which technique made it (so evaluation can report recall per technique).
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random

FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "aol.com",
    "icloud.com",
    "proton.me",
    "gmx.com",
    "mail.com",
    "zoho.com",
    "yandex.com",
    "protonmail.com",
    "live.com",
)

_ADJACENT = {
    "a": "qsz",
    "b": "vnh",
    "c": "xvd",
    "d": "sfe",
    "e": "wrd",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "i": "uok",
    "j": "hku",
    "k": "jli",
    "l": "kop",
    "m": "nj",
    "n": "bmh",
    "o": "ipl",
    "p": "ol",
    "q": "wa",
    "r": "eft",
    "s": "adw",
    "t": "rgy",
    "u": "yij",
    "v": "cbf",
    "w": "qes",
    "x": "zcs",
    "y": "tuh",
    "z": "xas",
}
_ASCII_LOOKALIKES = (
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("o", "0"),
    ("i", "l"),
    ("l", "i"),
    ("w", "vv"),
    ("vv", "w"),
    ("d", "cl"),
    ("e", "3"),
    ("g", "q"),
    ("nn", "m"),
    ("u", "v"),
)
_UNICODE_LOOKALIKES = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "c": "\u0441",
    "x": "\u0445",
    "i": "\u0456",
    "y": "\u0443",
    "s": "\u0455",
    "j": "\u0458",
}
_ADDED_WORDS = (
    "secure",
    "billing",
    "payments",
    "portal",
    "group",
    "inc",
    "corp",
    "hr",
    "mail",
    "support",
    "finance",
    "invoices",
    "online",
    "us",
    "global",
    "team",
    "accounts",
    "pay",
    "docs",
    "llc",
    "intl",
    "services",
    "remit",
    "ap",
    "office",
)
_TLD_SWAPS = (
    "co",
    "net",
    "org",
    "cm",
    "us",
    "biz",
    "info",
    "io",
    "company",
    "email",
    "com.co",
    "cc",
    "online",
    "site",
    "live",
    "work",
    "ltd",
    "group",
    "one",
    "inc",
)


def split_domain(domain: str) -> tuple[str, str]:
    """(label, suffix): 'acme-corp.co.uk' -> ('acme-corp', 'co.uk')."""
    parts = domain.lower().split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return ".".join(parts[:-2]), ".".join(parts[-2:])
    return ".".join(parts[:-1]) or parts[0], parts[-1] if len(parts) > 1 else "com"


def typo(domain: str, rng: Random) -> str:
    label, suffix = split_domain(domain)
    if len(label) < 3:
        return f"{label}{label[-1]}.{suffix}"
    index = rng.randrange(1, len(label) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # dropped letter
        label = label[:index] + label[index + 1 :]
    elif kind == 1:  # doubled letter
        label = label[:index] + label[index] + label[index:]
    elif kind == 2:  # swapped neighbours
        label = label[: index - 1] + label[index] + label[index - 1] + label[index + 1 :]
    else:  # neighbouring key
        char = label[index]
        label = label[:index] + rng.choice(_ADJACENT.get(char, "e")) + label[index + 1 :]
    return f"{label}.{suffix}"


def ascii_homoglyph(domain: str, rng: Random) -> str:
    label, suffix = split_domain(domain)
    options = [(a, b) for a, b in _ASCII_LOOKALIKES if a in label]
    if not options:
        return typo(domain, rng)
    old, new = rng.choice(options)
    positions = [i for i in range(len(label)) if label.startswith(old, i)]
    at = rng.choice(positions)
    return f"{label[:at]}{new}{label[at + len(old) :]}.{suffix}"


def unicode_homoglyph(domain: str, rng: Random) -> str:
    """An IDN lookalike, written as the punycode that appears in headers (xn--...)."""
    label, suffix = split_domain(domain)
    positions = [i for i, ch in enumerate(label) if ch in _UNICODE_LOOKALIKES]
    if not positions:
        return ascii_homoglyph(domain, rng)
    at = rng.choice(positions)
    spoofed = label[:at] + _UNICODE_LOOKALIKES[label[at]] + label[at + 1 :]
    return f"{spoofed.encode('idna').decode('ascii')}.{suffix}"


def added_word(domain: str, rng: Random) -> str:
    label, suffix = split_domain(domain)
    word = rng.choice(_ADDED_WORDS)
    form = rng.randrange(4)
    new_label = (f"{label}-{word}", f"{word}-{label}", f"{label}{word}", f"{word}{label}")[form]
    return f"{new_label}.{suffix}"


def tld_swap(domain: str, rng: Random) -> str:
    label, suffix = split_domain(domain)
    choices = [t for t in _TLD_SWAPS if t != suffix]
    return f"{label}.{rng.choice(choices)}"


def hyphen_split(domain: str, rng: Random) -> str:
    label, suffix = split_domain(domain)
    if "-" in label:
        return f"{label.replace('-', '', 1)}.{suffix}"
    if len(label) < 4:
        return added_word(domain, rng)
    at = rng.randrange(2, len(label) - 1)
    return f"{label[:at]}-{label[at:]}.{suffix}"


TECHNIQUES: dict[str, Callable[[str, Random], str]] = {
    "typo": typo,
    "ascii_homoglyph": ascii_homoglyph,
    "idn_homoglyph": unicode_homoglyph,
    "added_word": added_word,
    "tld_swap": tld_swap,
    "hyphenation": hyphen_split,
}


def lookalike(domain: str, rng: Random, technique: str | None = None) -> tuple[str, str]:
    """(lookalike domain, technique). Retries until the result really differs from `domain`.

    An attacker registers a domain, not a host under someone else's: a vendor writing from
    `nycap.rr.com` (an ISP) or `mail.acme.com` gets a look-alike of `rr.com` or `acme.com`
    (`nyccap.rr.com` cannot be bought, and no detector should be asked to find it)."""
    from mailwarden.domains.names import registrable_domain

    domain = registrable_domain(domain) or domain
    names = [technique] if technique else list(TECHNIQUES)
    for _ in range(12):
        name = rng.choice(names)
        candidate = TECHNIQUES[name](domain, rng)
        if candidate != domain.lower() and _valid(candidate):
            return candidate, name
    return added_word(domain, rng), "added_word"


def _valid(domain: str) -> bool:
    labels = domain.split(".")
    return all(
        label
        and len(label) <= 63
        and not label.startswith("-")
        and not label.endswith("-")
        and all(ch.isalnum() or ch == "-" for ch in label)
        for label in labels
    )


def free_mail_local(name: str, rng: Random) -> str:
    """A free-mail mailbox an impersonator would register for `name`."""
    parts = ["".join(ch for ch in p.lower() if ch.isalnum()) for p in name.split()]
    parts = [p for p in parts if p] or ["office"]
    first, last = parts[0], parts[-1]
    forms = (
        f"{first}.{last}",
        f"{first}{last}",
        f"{first[0]}{last}",
        f"{first}.{last}{rng.randrange(1, 99)}",
        f"{last}.{first}",
        f"{first}{last}.office",
        f"ceo.{last}",
        f"{first}.{last}.exec",
        f"{first}{rng.randrange(10, 2000)}",
        f"{first[0]}.{last}.{rng.choice(('mobile', 'private', 'pa', 'work'))}",
    )
    return rng.choice(forms)
