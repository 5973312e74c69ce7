"""Verdict composition: an assessment plus the signals become the verdict of DESIGN.md.

The verdict class comes from the settings' thresholds; strategy, vector and impersonated party from what
fired (detector hints, looked up in the registry by signal id); the explanation is one sentence built
from a template per leg, so that it names the legs that fired and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mailwarden.message import Message
from mailwarden.scoring.coldstart import detectors_by_id
from mailwarden.scoring.verdict import ATTACK_TYPES, STRATEGIES, Assessment, Verdict
from mailwarden.settings import Settings
from mailwarden.signals.base import Detector, Leg, Party, Signal

TOP_SIGNALS = 8
# A leg counts as "fired" in the explanation when one of its signals is at least this strong.
FIRED = 0.3

# Strategy when a signal of this leg fired but its detector gives no strategy hint.
_STRATEGY_BY_LEG = {Leg.AUTHENTICATION: "spoofed_domain", Leg.IMPERSONATION: "display_name_impersonation"}
# Vector words matched against "<detector module>.<signal id>"; most specific vector first.
_VECTOR_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("qr_code", ("qr",)),
    ("calendar", ("calendar", "ics", "invite")),
    ("attachment", ("attach", "macro", "archive", "executable", "smuggl", "office", "pdf")),
    ("link", ("link", "url", "href", "shortener", "ip_host", "login", "domain_age")),
)

_ROLE_WORDS = {"vip": "the VIP", "employee": "the colleague", "vendor": "the vendor", "brand": "the brand",
               "organization": "the organization"}
# How the sender pretends, with the address it really wrote from ({address}).
_STRATEGY_PHRASES = {
    "display_name_impersonation": "by display name from {address}",
    "lookalike_domain": "from the lookalike address {address}",
    "spoofed_domain": "from {address}, which fails authentication",
}
# The same when no detector named a party.
_NO_PARTY_PHRASES = {
    "display_name_impersonation": "uses a misleading display name on {address}",
    "lookalike_domain": "writes from the lookalike address {address}",
    "spoofed_domain": "claims to be from {address} but fails authentication",
}
_TRUST_PHRASES = {
    "compromised_account": "comes from a known sender acting out of character",
    "thread_hijack": "fakes a reply to a conversation that never happened",
    "unknown_sender": "comes from a sender with no history here",
}
_GOAL_PHRASES = {
    "ceo_fraud": "asks for a payment or a favour",
    "invoice_fraud": "asks to pay an invoice or change bank details",
    "payroll_diversion": "asks to change where salary is paid",
    "gift_card": "asks for gift cards",
    "credential_phishing": "asks for a login or password",
    "malware": "asks to open a file or enable content",
    "data_theft": "asks for sensitive data",
    "extortion": "demands payment under threat",
    "scam": "asks for money or personal details",
    "lateral_phishing": "asks colleagues to act on a link or file",
}
_VECTOR_PHRASES = {
    "link": "through a link",
    "attachment": "through a risky attachment",
    "calendar": "through a calendar invite",
    "qr_code": "through a QR code",
}
_DELIVERY_ONLY_PHRASES = {
    "link": "carries a risky link",
    "attachment": "carries a risky attachment",
    "calendar": "carries a calendar invite",
    "qr_code": "carries a QR code",
}
# Goal signals whose ids name these pressures add them to the goal clause ("... with urgency").
_PRESSURES = (("urgen", "urgency"), ("secre", "secrecy"), ("confidential", "secrecy"))


def verdict_class(assessment: Assessment, settings: Settings) -> str:
    if assessment.score >= settings.attack_threshold:
        return "attack"
    if assessment.spam_score >= settings.spam_threshold:
        return "spam"
    if assessment.score >= settings.suspicious_threshold:
        return "suspicious"
    return "safe"


def _detector(signal: Signal) -> Detector | None:
    return detectors_by_id().get(signal.id)


def ranked(signals: Iterable[Signal]) -> list[Signal]:
    """Strongest first; risk before reassurance at equal strength."""
    return sorted(signals, key=lambda s: (-abs(s.strength), s.strength < 0, s.id))


# Whose hint names the strategy: the impersonation leg says how the sender pretends, authentication
# failures say the domain is spoofed, trust says whether the relationship itself is the trick.
_STRATEGY_LEGS = (Leg.IMPERSONATION, Leg.AUTHENTICATION, Leg.TRUST)


def strategy_of(signals: Sequence[Signal]) -> str:
    """The strategy most supported by the signals' hints (summed strength), so that three signals about
    a lookalike domain outweigh one about the display name; ties go to the earlier leg."""
    support: dict[str, float] = {}
    order: dict[str, int] = {}
    for signal in signals:
        if signal.strength <= 0 or signal.leg not in _STRATEGY_LEGS:
            continue
        det = _detector(signal)
        hinted = det.strategy if det is not None else ""
        if hinted not in STRATEGIES or hinted == "none":
            hinted = _STRATEGY_BY_LEG.get(signal.leg, "")
        if hinted:
            support[hinted] = support.get(hinted, 0.0) + signal.strength
            order[hinted] = min(order.get(hinted, 9), _STRATEGY_LEGS.index(signal.leg))
    if not support:
        return "none"
    return max(support, key=lambda name: (round(support[name], 6), -order[name]))


def vector_of(signals: Sequence[Signal]) -> str:
    names = []
    for signal in signals:
        if signal.strength <= 0 or signal.leg != Leg.DELIVERY:
            continue
        det = _detector(signal)
        module = det.fn.__module__ if det is not None else ""
        names.append(f"{module}.{signal.id}".lower())
    for vector, words in _VECTOR_WORDS:
        if any(word in name for name in names for word in words):
            return vector
    return "text"


def impersonated_of(signals: Sequence[Signal]) -> Party | None:
    with_party = [s for s in signals if s.party is not None and s.strength > 0]
    preferred = [s for s in with_party if s.leg == Leg.IMPERSONATION] or with_party
    return ranked(preferred)[0].party if preferred else None


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"'{text[:limit - 1]}…'" if len(text) > limit else f"'{text}'"


def _party_phrase(party: Party | None) -> str:
    if party is None:
        return "someone else"
    who = _quoted(party.name) if party.name else party.address or "someone else"
    role = _ROLE_WORDS.get(party.role, "")
    return f"{role} {who}" if role else who


def _impersonation_clause(message: Message, strategy: str, party: Party | None) -> str:
    sender = message.sender.address if message.sender is not None else ""
    address = sender if "@" in sender else (_quoted(sender) if sender else "an unnamed sender")
    if party is None:
        template = _NO_PARTY_PHRASES.get(strategy, "hides who really sent it ({address})")
        return template.format(address=address)
    clause = f"impersonates {_party_phrase(party)}"
    if strategy in _STRATEGY_PHRASES:
        clause += " " + _STRATEGY_PHRASES[strategy].format(address=address)
    elif sender and sender != party.address:
        clause += f" from {address}"
    return clause


def _goal_type(goal: Sequence[Signal]) -> str:
    """What the strongest goal signal with a hint asks for (the clause describes the ask itself)."""
    for signal in ranked(goal):
        det = _detector(signal)
        hinted = [t for t in (det.attack_types if det else ()) if t in _GOAL_PHRASES]
        if hinted:
            return hinted[0]
    return ""


def _fired(signals: Sequence[Signal], *legs: Leg) -> list[Signal]:
    return [s for s in signals if s.leg in legs and s.strength >= FIRED]


def explanation(message: Message, signals: Sequence[Signal], verdict: str, attack_type: str,
                strategy: str, vector: str, impersonated: Party | None) -> str:
    """One sentence from a template per leg that fired, e.g. "Impersonates the VIP 'Kenneth Lay' by
    display name from ken@free.example and asks for an urgent payment or favour with urgency."""
    clauses: list[str] = []
    if _fired(signals, Leg.IMPERSONATION, Leg.AUTHENTICATION):
        clauses.append(_impersonation_clause(message, strategy, impersonated))
    trust = _fired(signals, Leg.TRUST)
    if trust:
        clauses.append(_TRUST_PHRASES.get(strategy_of(trust), _TRUST_PHRASES["unknown_sender"]))
    goal = _fired(signals, Leg.GOAL)
    delivery = _fired(signals, Leg.DELIVERY)
    if goal:
        clause = _GOAL_PHRASES.get(_goal_type(goal) or attack_type, "makes an unusual request")
        pressures = sorted({word for s in goal for key, word in _PRESSURES if key in s.id})
        if pressures:
            clause += " with " + " and ".join(pressures)
        if delivery and vector in _VECTOR_PHRASES:
            clause += f" {_VECTOR_PHRASES[vector]}"
        clauses.append(clause)
    elif delivery:
        clauses.append(_DELIVERY_ONLY_PHRASES.get(vector, "carries risky content"))
    if not clauses:
        if verdict == "spam":
            return "Bulk or marketing mail; no attack signal fired."
        if verdict == "safe":
            return "No attack signal fired." if not any(s.strength > 0 for s in signals) else \
                "Only weak signals fired; judged safe."
        return "Several weak signals add up; worth a look."
    sentence = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
    sentence = sentence[0].upper() + sentence[1:] + "."
    if verdict == "safe":
        return f"Judged safe, though it {sentence[0].lower()}{sentence[1:]}"
    if verdict == "spam":
        return f"Bulk or marketing mail that {sentence[0].lower()}{sentence[1:]}"
    return sentence


def compose_verdict(message: Message, signals: list[Signal], assessment: Assessment,
                    settings: Settings, top: int = TOP_SIGNALS) -> Verdict:
    verdict = verdict_class(assessment, settings)
    if verdict == "safe":
        attack_type = "none"
    elif verdict == "spam":
        attack_type = "spam"
    elif assessment.attack_type in ATTACK_TYPES and assessment.attack_type not in ("none", "spam"):
        attack_type = assessment.attack_type
    else:
        attack_type = "scam"
    strategy = strategy_of(signals)
    vector = vector_of(signals)
    impersonated = impersonated_of(signals)
    # The explanation phrases what the signals point at, even when the class is safe or spam.
    pointed_at = assessment.attack_type if assessment.attack_type in _GOAL_PHRASES else attack_type
    why = explanation(message, signals, verdict, pointed_at, strategy, vector, impersonated)
    extra = ({"second_reading": {"p_attack_ask": round(assessment.second_reading, 4),
                                 "by": "sentence-embedding referee"}}
             if assessment.second_reading is not None else {})
    if verdict == "spam" and assessment.spam_by:
        extra["spam_reading"] = {"spam_score": round(assessment.spam_score, 4), "by": assessment.spam_by}
    return Verdict(message.source, message.message_id, verdict, assessment.score, attack_type, strategy,
                   vector, impersonated, tuple(ranked(signals)[:top]), why, assessment.model, extra=extra)
