"""delivery detectors: tricks that help a message get past filters (hash-busting tokens, hidden
characters). They say nothing about the ask; they say the sender expects to be filtered."""

from __future__ import annotations

import re

from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, detector
from mailwarden.signals.evidence import quote, sender_name

# A run of letters and digits mixing lower case, upper case and digits: random per-recipient suffixes
# ("Comunicado-9klVLp4MeNmjOMWBow") that make every copy of a campaign hash differently.
_TOKEN = re.compile(r"(?<![\w/@=])[A-Za-z0-9]{12,}(?![\w/@])")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e]")
MIN_INVISIBLE = 10


def _char_class(char: str) -> str:
    return "d" if char.isdigit() else ("u" if char.isupper() else "l")


def _random_token(text: str) -> str:
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        classes = [_char_class(c) for c in token]
        switches = sum(1 for a, b in zip(classes, classes[1:], strict=False) if a != b)
        digit_groups = sum(1 for i, c in enumerate(classes) if c == "d" and (i == 0 or classes[i - 1] != "d"))
        # CamelCase names ("MacBookPro2020") switch a few times and keep digits together; random
        # per-recipient tokens switch class every character or two and scatter digits.
        if switches >= 8 and digit_groups >= 2:
            return token
    return ""


@detector(
    "delivery.random_token",
    Leg.DELIVERY,
    "The subject or display name carries a random mixed-case token, a per-recipient suffix that defeats "
    "duplicate and hash-based filtering.",
    attack_types=("credential_phishing", "scam", "spam"),
)
def random_token(message: Message, context: Context) -> Hit | None:
    for where, text in (("subject", message.subject), ("display name", sender_name(message))):
        token = _random_token(text[:300])
        if token:
            return Hit(0.35, f"{where} carries the random token {quote(token, 40)}")
    return None


@detector(
    "delivery.invisible_characters",
    Leg.DELIVERY,
    "The text is padded with zero-width or soft-hyphen characters that break words for filters but not "
    "for readers.",
    attack_types=("credential_phishing", "scam"),
)
def invisible_characters(message: Message, context: Context) -> Hit | None:
    sample = f"{message.subject}\n{message.text[:20_000]}"
    count = len(_INVISIBLE.findall(sample))
    if count < MIN_INVISIBLE:
        return None
    return Hit(0.4, f"{count} zero-width/soft-hyphen characters hidden in the text")


DETECTORS: tuple[Detector, ...] = (random_token, invisible_characters)
