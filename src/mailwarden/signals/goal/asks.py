"""goal detectors: what the message asks for, read from the subject and text with multilingual phrase
tables (`goal.lexicon`). Each detector quotes the phrases that matched.

Goal language alone is weak evidence (business mail talks about payments every day), so strengths are
modest and halved for mailing-list mail; the scorer combines the goal leg with the other legs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, detector
from mailwarden.signals.evidence import is_list_mail, quote
from mailwarden.signals.goal.lexicon import EXECUTIVE_TITLES, LEXICON
from mailwarden.signals.goal.phrases import PhraseSet

MAX_GOAL_CHARS = 12_000  # the ask is near the top; long tails are quoted threads and footers
MAX_PHRASES = 3
_BTC_ADDRESS = re.compile(
    r"(?<![\w/])(?:bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\w/])")
_BTC_WORD = re.compile(r"\b(?:bitcoin|btc)\b")


@cache
def phrase_set() -> PhraseSet:
    """Built on first use (a few hundred milliseconds), not at import."""
    return PhraseSet({category: tuple(p for phrases in by_language.values() for p in phrases)
                      for category, by_language in LEXICON.items()})


TITLE_PATTERN = re.compile(rf"\b(?:{'|'.join(EXECUTIVE_TITLES)})\b")


def goal_text(message: Message) -> str:
    """Subject and text, lower-cased with whitespace collapsed so phrases match across line breaks."""
    return collapse_spaces(f"{message.subject}\n{message.text[:MAX_GOAL_CHARS]}").lower()


def collapse_spaces(text: str) -> str:
    r"""`re.sub(r"\s+", " ", text)`, three times faster: str.split splits on exactly the characters
    `\s` matches (str.isspace), so only a leading or trailing run needs putting back."""
    words = text.split()
    if not words:
        return " " if text else ""
    joined = " ".join(words)
    if text[0].isspace():
        joined = " " + joined
    return joined + " " if text[-1].isspace() else joined


_last: tuple[Message | None, dict[str, tuple[str, ...]]] = (None, {})


def goal_matches(message: Message) -> dict[str, tuple[str, ...]]:
    """Distinct matched phrases per category. Computed once per message (detectors run one message at a
    time, so a one-slot cache that holds the message itself is enough and cannot confuse two messages)."""
    global _last
    cached_message, cached = _last
    if cached_message is message:
        return cached
    text = goal_text(message)
    found = phrase_set().find(text, MAX_PHRASES)
    if ("bitcoin" in text or "btc" in text) and _BTC_WORD.search(text):  # substring tests are cheaper
        address = _BTC_ADDRESS.search(f"{message.subject}\n{message.text[:MAX_GOAL_CHARS]}")
        if address:
            phrases = (*found.get("extortion", ()), f"bitcoin address {address.group(0)}")
            found["extortion"] = phrases[:MAX_PHRASES]
    _last = (message, found)
    return found


def _strength(base: float, phrases: tuple[str, ...], message: Message) -> float:
    strength = base + 0.1 * min(len(phrases) - 1, 2)
    return strength * 0.5 if is_list_mail(message) else strength


def _evidence(what: str, phrases: tuple[str, ...]) -> str:
    return f"{what}: {', '.join(quote(p, 50) for p in phrases)}"


def _category_detector(category: str, name: str, description: str, what: str, base: float,
                       attack_types: tuple[str, ...]) -> Detector:
    def detect(message: Message, context: Context) -> Hit | None:
        phrases = goal_matches(message).get(category)
        if not phrases:
            return None
        return Hit(_strength(base, phrases, message), _evidence(what, phrases))

    detect.__name__ = name
    wrap: Callable[..., Detector] = detector(f"goal.{name}", Leg.GOAL, description, attack_types=attack_types)
    return wrap(detect)


payment_request = _category_detector(
    "payment", "payment_request",
    "Asks for a wire transfer or an urgent/overdue payment.",
    "asks for a payment", 0.3, ("ceo_fraud", "invoice_fraud"))
bank_detail_change = _category_detector(
    "bank_change", "bank_detail_change",
    "Announces new or changed bank/remittance details or asks to stop paying the old account.",
    "announces changed bank details", 0.5, ("invoice_fraud",))
payroll_diversion = _category_detector(
    "payroll", "payroll_diversion",
    "Asks to change where salary or direct deposit is paid.",
    "asks to redirect salary", 0.45, ("payroll_diversion",))
gift_card_request = _category_detector(
    "gift_card", "gift_card_request",
    "Mentions buying gift cards or sending their codes.",
    "asks about gift cards", 0.45, ("gift_card",))
credential_request = _category_detector(
    "credentials", "credential_request",
    "Credential-harvesting language: verify your account, password expires, mailbox full, sign in to view "
    "a shared document.",
    "credential-harvesting language", 0.35, ("credential_phishing",))
sensitive_data_request = _category_detector(
    "sensitive_data", "sensitive_data_request",
    "Asks for sensitive data: W-2s, employee lists, tax forms, identity documents.",
    "asks for sensitive data", 0.4, ("data_theft",))
extortion = _category_detector(
    "extortion", "extortion",
    "Extortion/sextortion language: claims of a hacked device or recordings, payment in bitcoin.",
    "extortion language", 0.55, ("extortion",))
delivery_fee = _category_detector(
    "delivery_fee", "delivery_fee",
    "Parcel-delivery lure: a package on hold and a small delivery or customs fee to pay.",
    "parcel fee lure", 0.35, ("credential_phishing", "scam"))
urgency = _category_detector(
    "urgency", "urgency",
    "Pressure to act now: deadlines in hours, final notices, immediate action.",
    "pressure to act now", 0.15, ())
secrecy = _category_detector(
    "secrecy", "secrecy",
    "Asks for secrecy or excuses unavailability ('keep this between us', 'I'm in a meeting').",
    "asks for secrecy", 0.35, ("ceo_fraud", "gift_card"))
availability_check = _category_detector(
    "availability", "availability_check",
    "Opening move of executive fraud: 'are you at your desk?', 'I need a quick favour', "
    "'send me your WhatsApp'.",
    "checks availability / asks a favour", 0.25, ("ceo_fraud", "gift_card"))
advance_fee = _category_detector(
    "advance_fee", "advance_fee",
    "Advance-fee, lottery and prize scam language: prizes, airdrops, inheritances, unclaimed funds.",
    "advance-fee scam language", 0.35, ("scam",))
easy_money = _category_detector(
    "easy_money", "easy_money",
    "Promises easy money: guaranteed or risk-free investment returns, percentages a day or a month, "
    "paid remote 'jobs' that receive funds for others for a commission.",
    "promises easy money", 0.35, ("scam",))
order_on_credit = _category_detector(
    "order_on_credit", "order_on_credit",
    "A buyer's approach that purchase-order fraud starts with: quotation requests, credit terms or a "
    "credit application for a new account, supplier registration, shipping to a freight forwarder.",
    "asks to order on credit / register a supplier", 0.3, ("invoice_fraud",))


def executive_title(message: Message) -> str:
    """An executive title written in the text (signature lines), or ""."""
    match = TITLE_PATTERN.search(goal_text(message))
    return match.group(0) if match else ""


DETECTORS: tuple[Detector, ...] = (
    payment_request,
    bank_detail_change,
    payroll_diversion,
    gift_card_request,
    credential_request,
    sensitive_data_request,
    extortion,
    delivery_fee,
    urgency,
    secrecy,
    availability_check,
    advance_fee,
    easy_money,
    order_on_credit,
)
