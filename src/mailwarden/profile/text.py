"""Cheap text helpers shared by learning and the profile detectors: subjects, names, titles, money words.

Everything here runs once per message while learning 40 000 messages, so it is regexes compiled once and
plain string work; nothing here parses MIME.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Reply/forward prefixes in the languages our customers write in (RE, FW, AW, TR, SV, VS, WG, RIF, ...),
# optionally with a counter ("RE[2]:", "Re^3:") and repeated ("RE: FW: Re:").
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|vb|rv|enc|rif|r|antw|odp|res|ynt|trans|ref)"
    r"\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_REPLY_ONLY = re.compile(r"^\s*(?:re|aw|sv|vs|antw|odp|res|ynt|rif|r)\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*[:：]",
                         re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SUBJECT_CHARS = 200


def normalize_subject(subject: str) -> str:
    """The thread key of a subject: reply/forward prefixes stripped, case and spacing folded."""
    text = _REPLY_PREFIX.sub("", subject or "")
    # Tags like "[EXTERNAL]" that gateways add in front of the prefix.
    text = re.sub(r"^\s*\[[^\]]{1,30}\]\s*", "", text)
    text = _REPLY_PREFIX.sub("", text)
    return _SPACES.sub(" ", text).strip().lower()[:_SUBJECT_CHARS]


def is_reply_subject(subject: str) -> bool:
    """Subject claims to answer an earlier message (RE:/AW:/SV:..., not FW:)."""
    return bool(_REPLY_ONLY.match(subject or ""))


# Titles that make a person a likely target of impersonation (CEO fraud names these people).
_TITLE = re.compile(
    r"\b(chairman|chairwoman|chair of the board|chief executive officer|chief executive|ceo|president|"
    r"chief financial officer|cfo|chief operating officer|coo|chief [a-z]+ officer|c[a-z]o|"
    r"executive vice president|senior vice president|vice president|evp|svp|managing director|"
    r"general counsel|treasurer|controller|founder|owner|partner)\b",
    re.IGNORECASE,
)
_EXEC_TITLE = re.compile(
    r"\b(chairman|chairwoman|ceo|chief executive|president|cfo|chief financial|coo|chief operating|"
    r"general counsel|treasurer|founder|managing director)\b",
    re.IGNORECASE,
)


def find_title(text: str) -> str:
    """A senior-sounding title in a short piece of text ("Ken Lay - Office of the Chairman"), or ""."""
    match = _TITLE.search(text or "")
    return match.group(0).strip() if match else ""


def is_executive_title(title: str) -> bool:
    return bool(_EXEC_TITLE.search(title or ""))


# X-From (Exchange/Notes archives): 'Lay, Kenneth </O=ENRON/...>', '"Brad Burke" <b@rice.edu>@ENRON',
# 'Ken Lay - Office of the Chairman <...>'. Keep the name, split off a title after " - ".
_ANGLE = re.compile(r"<[^>]*>")
_AT_SUFFIX = re.compile(r"(?<=[\s\"])@[A-Za-z0-9.\-]+\s*$")


def clean_display_name(raw: str) -> tuple[str, str]:
    """(name, title) from a display-name-ish header value; both "" when nothing usable."""
    text = _ANGLE.sub(" ", raw or "")
    text = _AT_SUFFIX.sub("", text.strip())
    text = text.replace('"', " ").replace("'", " ")
    text = _SPACES.sub(" ", text).strip(" ,;")
    title = ""
    if " - " in text:
        text, _, rest = text.partition(" - ")
        title = find_title(rest)
    if "@" in text or len(text) > 80:
        return "", title
    return text.strip(" ,;-"), title


def display_form(name: str) -> str:
    """'Lay, Kenneth' -> 'Kenneth Lay' (directory order to the order people write a name in)."""
    if name.count(",") == 1:
        last, _, first = name.partition(",")
        if first.strip() and last.strip():
            return f"{first.strip()} {last.strip()}"
    return name


_NAME_JUNK = re.compile(r"[^\w\s,]", re.UNICODE)


def name_key(name: str) -> str:
    """A comparable form of a person's name: 'Lay, Kenneth L.' and 'Kenneth Lay' both give 'kenneth lay'.

    Accents are folded, middle initials and one-letter tokens dropped, "Last, First" turned around.
    Returns "" for names that are too short to identify a person (a single word).
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NAME_JUNK.sub(" ", text)
    if text.count(",") == 1:
        last, _, first = text.partition(",")
        text = f"{first} {last}"
    tokens = [t for t in text.replace(",", " ").split() if len(t) > 1 and not t.isdigit()]
    tokens = [t for t in tokens if t not in _NAME_NOISE]
    if len(tokens) < 2:
        return ""
    # First and last token identify a person; middle names come and go between mail systems.
    return f"{tokens[0]} {tokens[-1]}"


@cache
def _nicknamer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer  # a 75 KB table, read once

    return NickNamer()


@lru_cache(maxsize=65536)  # bounded: a long-running scan meets endless first names
def same_given_name(a: str, b: str) -> bool:
    """'ken' and 'kenneth', 'liz' and 'elizabeth', 'bob' and 'robert': one given name, two forms.
    Lower-case first names; a shared prefix of three letters or more counts as well."""
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


_NAME_NOISE = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "phd", "via", "on", "behalf",
                         "of"})

# Money words that, exchanged both ways with a domain, make it a vendor/customer of the organization.
FINANCE_WORDS = re.compile(  # applied to lower-cased bytes
    rb"\b(?:invoices?|remittance|purchase order|p\.?o\.? ?(?:number|#)|payment|paid|wire transfer|"
    rb"accounts? payable|billing|statement of account|credit memo)\b",
)

# A request to change where money goes (the core of vendor and payroll fraud); deliberately narrow.
BANK_CHANGE = re.compile(
    r"\b(?:(?:new|updated?|changed?|different|alternate|alternative)\s+(?:bank(?:ing)?|remittance|payment|"
    r"wire)\s+(?:details?|information|info|instructions?|account|address)|"
    r"(?:new|updated?|changed?|different)\s+(?:bank|checking|savings)\s+account|"
    r"(?:bank(?:ing)?|account|remittance|payment|wire)\s+(?:details?|information|instructions?)\s+"
    r"(?:have|has)\s+(?:been\s+)?(?:changed|updated)|change\s+(?:of|to|in)\s+(?:our\s+|my\s+)?"
    r"(?:bank(?:ing)?|bank account|direct deposit|remittance)|(?:update|change)\s+(?:my|our)\s+"
    r"(?:direct deposit|bank(?:ing)? (?:details|information|account))|iban|swift(?:/bic)?\s*code|"
    r"routing\s+number)\b",
    re.IGNORECASE,
)

# Link hosts in a body, without parsing HTML: good enough for "which domains does this sender link".
LINK_HOST = re.compile(rb"(?:https?://|www\.)([a-z0-9.\-]{3,253})")  # on lower-cased bytes


def registrable_guess(host: str) -> str:
    """The last two labels of a host (three for 'co.uk'-style suffixes): cheap, offline, no PSL load."""
    labels = host.lower().strip(".").split(".")
    if len(labels) <= 2:
        return ".".join(labels)
    if len(labels[-1]) == 2 and labels[-2] in {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
