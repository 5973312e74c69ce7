"""Signals and detector hints made up for the scorer tests (independent of the real detectors)."""

from __future__ import annotations

from mailwarden.signals.base import Detector, Hit, Leg, Party, Signal


def _never(message, context) -> Hit | None:  # pragma: no cover - metadata only
    return None


FAKE_DETECTORS = {
    d.id: d
    for d in (
        Detector("impersonation.display_name_vip", Leg.IMPERSONATION, "VIP name from outside", _never,
                 attack_types=("ceo_fraud",), strategy="display_name_impersonation"),
        Detector("impersonation.lookalike_domain", Leg.IMPERSONATION, "lookalike domain", _never,
                 strategy="lookalike_domain"),
        Detector("impersonation.lookalike_vendor", Leg.IMPERSONATION, "lookalike of a vendor", _never,
                 attack_types=("invoice_fraud",), strategy="lookalike_domain"),
        Detector("authentication.dmarc_fail", Leg.AUTHENTICATION, "DMARC failed", _never),
        Detector("trust.first_contact", Leg.TRUST, "never wrote before", _never, needs_profile=True,
                 strategy="unknown_sender"),
        Detector("trust.long_relationship", Leg.TRUST, "years of two-way mail", _never, needs_profile=True),
        Detector("goal.wire_transfer", Leg.GOAL, "asks for a wire", _never,
                 attack_types=("ceo_fraud", "invoice_fraud")),
        Detector("goal.urgency", Leg.GOAL, "urgent tone", _never),
        Detector("goal.credentials", Leg.GOAL, "asks to log in", _never,
                 attack_types=("credential_phishing",)),
        Detector("goal.newsletter_words", Leg.GOAL, "marketing words", _never, attack_types=("spam",)),
        Detector("delivery.login_link", Leg.DELIVERY, "login link", _never,
                 attack_types=("credential_phishing",)),
        Detector("delivery.macro_attachment", Leg.DELIVERY, "macro in an attachment", _never,
                 attack_types=("malware",)),
        Detector("delivery.calendar_invite", Leg.DELIVERY, "calendar invite", _never),
    )
}

VIP = Party(name="Dana Whitfield", address="dana@northwind.example", role="vip")


def sig(signal_id: str, strength: float = 0.9, party: Party | None = None) -> Signal:
    leg = Leg(signal_id.split(".", 1)[0])
    return Signal(signal_id, leg, strength, f"evidence for {signal_id}", party)
