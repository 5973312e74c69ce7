"""Verdict composition: classes from thresholds, strategy/vector/party from what fired, one sentence."""

from __future__ import annotations

import json

import pytest

from mailwarden.message import Address, Message
from mailwarden.scoring.coldstart import ColdStartScorer
from mailwarden.scoring.explain import compose_verdict, verdict_class
from mailwarden.scoring.verdict import ATTACK_TYPES, STRATEGIES, VECTORS, VERDICTS, Assessment
from mailwarden.settings import Settings

from .fakes import VIP, sig

SETTINGS = Settings()
MESSAGE = Message(source="ceo.eml", message_id="<m1@example.com>", subject="Wire today",
                  sender=Address("Dana Whitfield", "dana.w@freemail.example"))
CONTRACT_FIELDS = {"source", "message_id", "verdict", "score", "attack_type", "strategy", "vector",
                   "impersonated", "signals", "explanation", "model"}


def judged(*signals, message: Message = MESSAGE):
    signals = list(signals)
    return compose_verdict(message, signals, ColdStartScorer().assess(message, signals), SETTINGS)


@pytest.mark.parametrize(
    ("score", "spam", "expected"),
    [
        (SETTINGS.attack_threshold, 0.99, "attack"),  # attack wins over spam
        (SETTINGS.attack_threshold - 0.01, 0.0, "suspicious"),
        (SETTINGS.suspicious_threshold, 0.0, "suspicious"),
        (SETTINGS.suspicious_threshold - 0.01, 0.0, "safe"),
        (SETTINGS.suspicious_threshold, SETTINGS.spam_threshold, "spam"),
        (0.0, SETTINGS.spam_threshold - 0.01, "safe"),
    ],
)
def test_thresholds_decide_the_class(score, spam, expected):
    assert verdict_class(Assessment(score=score, attack_type="scam", spam_score=spam), SETTINGS) == expected


def test_thresholds_come_from_settings():
    strict = Settings(attack_threshold=0.3, suspicious_threshold=0.1)
    assert verdict_class(Assessment(score=0.35, attack_type="scam"), strict) == "attack"
    assert verdict_class(Assessment(score=0.35, attack_type="scam"), SETTINGS) == "safe"


def test_attack_type_is_none_when_safe_and_spam_when_spam():
    safe = compose_verdict(MESSAGE, [], Assessment(score=0.01, attack_type="ceo_fraud"), SETTINGS)
    spam = compose_verdict(MESSAGE, [], Assessment(score=0.01, attack_type="scam", spam_score=0.9), SETTINGS)
    flagged = compose_verdict(MESSAGE, [], Assessment(score=0.9, attack_type="none"), SETTINGS)
    assert (safe.attack_type, spam.attack_type) == ("none", "spam")
    assert flagged.attack_type in ATTACK_TYPES and flagged.attack_type not in ("none", "spam")


def test_ceo_fraud_verdict_names_the_party_the_strategy_and_the_legs():
    verdict = judged(sig("impersonation.display_name_vip", party=VIP), sig("goal.wire_transfer"),
                     sig("goal.urgency", 0.6))
    assert verdict.verdict in ("attack", "suspicious")
    assert verdict.attack_type == "ceo_fraud"
    assert verdict.strategy == "display_name_impersonation"
    assert verdict.impersonated == VIP
    assert verdict.vector == "text"
    text = verdict.explanation
    assert "Impersonates the VIP 'Dana Whitfield'" in text
    assert "dana.w@freemail.example" in text
    assert "urgency" in text
    assert "asks for a payment or a favour with urgency" in text
    assert text.endswith(".") and text.count(".") >= 1


def test_explanation_mentions_only_the_legs_that_fired():
    goal_and_link = judged(sig("goal.credentials"), sig("delivery.login_link"))
    assert "Impersonates" not in goal_and_link.explanation
    assert "login or password" in goal_and_link.explanation
    assert "asks for a login or password through a link" in goal_and_link.explanation.lower()
    assert judged(sig("delivery.macro_attachment")).explanation.endswith("carries a risky attachment.")
    trust_and_goal = judged(sig("trust.first_contact"), sig("goal.wire_transfer"))
    assert "no history here" in trust_and_goal.explanation
    assert "link" not in trust_and_goal.explanation


def test_weak_signals_do_not_count_as_a_fired_leg():
    verdict = judged(sig("impersonation.lookalike_domain", 0.1))
    assert verdict.verdict == "safe"
    assert "Impersonates" not in verdict.explanation


def test_nothing_fired_says_so():
    assert judged().explanation == "No attack signal fired."


@pytest.mark.parametrize(
    ("signal_id", "vector"),
    [("delivery.login_link", "link"), ("delivery.macro_attachment", "attachment"),
     ("delivery.calendar_invite", "calendar"), ("goal.wire_transfer", "text")],
)
def test_vector_follows_the_delivery_signals(signal_id, vector):
    assert judged(sig(signal_id)).vector == vector


def test_strategy_from_hints_and_authentication():
    lookalike = judged(sig("impersonation.lookalike_domain"), sig("goal.wire_transfer"))
    assert lookalike.strategy == "lookalike_domain"
    assert judged(sig("authentication.dmarc_fail")).strategy == "spoofed_domain"
    assert judged(sig("trust.first_contact")).strategy == "unknown_sender"
    assert judged(sig("goal.wire_transfer")).strategy == "none"


def test_signals_are_strongest_first_and_bounded():
    signals = [sig("goal.urgency", 0.1 * i) for i in range(1, 10)] + [sig("trust.long_relationship", -0.95)]
    verdict = judged(*signals)
    strengths = [abs(s.strength) for s in verdict.signals]
    assert len(verdict.signals) == 8
    assert strengths == sorted(strengths, reverse=True)
    assert verdict.signals[0].id == "trust.long_relationship"


def test_json_contract_fields_and_values():
    for signals in ([], [sig("impersonation.display_name_vip", party=VIP), sig("goal.wire_transfer"),
                         sig("delivery.login_link")], [sig("goal.newsletter_words")]):
        out = judged(*signals).to_json()
        assert set(out) >= CONTRACT_FIELDS
        assert out["verdict"] in VERDICTS
        assert out["attack_type"] in ATTACK_TYPES
        assert out["strategy"] in STRATEGIES
        assert out["vector"] in VECTORS
        assert 0.0 <= out["score"] <= 1.0
        assert out["model"] == ColdStartScorer().version
        for signal in out["signals"]:
            assert set(signal) == {"id", "leg", "strength", "evidence"}
        json.dumps(out)  # serialisable as is


def test_spoofing_without_a_named_party_says_what_was_claimed():
    spoofed = judged(sig("authentication.dmarc_fail"), sig("goal.credentials"))
    assert spoofed.strategy == "spoofed_domain"
    assert "claims to be from dana.w@freemail.example but fails authentication" in spoofed.explanation.lower()
    no_address = Message(source="x.eml", sender=Address("", "temu"))
    odd = judged(sig("authentication.dmarc_fail"), sig("goal.credentials"), message=no_address)
    assert "'temu'" in odd.explanation


def test_the_most_supported_strategy_wins_and_ties_go_to_impersonation():
    def strategy(*signals):
        return judged(*signals).strategy

    assert strategy(sig("impersonation.lookalike_domain", 0.9), sig("authentication.dmarc_fail", 0.5)) \
        == "lookalike_domain"
    assert strategy(sig("impersonation.lookalike_domain", 0.5), sig("authentication.dmarc_fail", 0.9)) \
        == "spoofed_domain"
    assert strategy(sig("impersonation.lookalike_domain", 0.6), sig("authentication.dmarc_fail", 0.6)) \
        == "lookalike_domain"
    # Two display-name signals together outweigh one stronger lookalike signal.
    assert strategy(sig("impersonation.display_name_vip", 0.5, party=VIP), sig("trust.first_contact", 0.1),
                    sig("impersonation.lookalike_domain", 0.7), sig("impersonation.display_name_vip", 0.4)) \
        == "display_name_impersonation"


def test_attack_type_comes_from_the_ask_before_the_sender():
    # The VIP hints at ceo_fraud, but the message asks for a login.
    verdict = judged(sig("impersonation.display_name_vip", 1.0, party=VIP), sig("goal.credentials", 0.4),
                     sig("goal.urgency", 0.9))
    assert verdict.attack_type == "credential_phishing"
