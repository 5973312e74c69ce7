"""The cold-start scorer: legs combine, configuration decides, nothing is hard-coded per message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailwarden.errors import ConfigError
from mailwarden.message import Message
from mailwarden.scoring.coldstart import ColdStartScorer, default_config, load_config, merged, noisy_or
from mailwarden.settings import Settings

from .fakes import FAKE_DETECTORS, VIP, sig

MESSAGE = Message(source="test.eml", subject="hello")


@pytest.fixture
def scorer() -> ColdStartScorer:
    return ColdStartScorer()


def score(scorer: ColdStartScorer, *signals, message: Message = MESSAGE) -> float:
    return scorer.assess(message, list(signals)).score


def test_no_signals_is_a_low_score(scorer):
    assert score(scorer) < 0.05


def test_adding_impersonation_to_a_goal_raises_the_score(scorer):
    goal_only = score(scorer, sig("goal.wire_transfer"))
    both = score(scorer, sig("goal.wire_transfer"), sig("impersonation.display_name_vip", party=VIP))
    assert both > goal_only


def test_two_legs_count_for_more_than_one_leg_firing_hard(scorer):
    one_leg_hard = score(scorer, sig("goal.wire_transfer", 1.0), sig("goal.urgency", 1.0),
                         sig("goal.credentials", 1.0))
    two_legs_moderate = score(scorer, sig("goal.wire_transfer", 0.7),
                              sig("impersonation.display_name_vip", 0.7))
    assert two_legs_moderate > one_leg_hard


def test_a_goal_or_trust_alone_stays_safe(scorer):
    threshold = Settings().suspicious_threshold
    for signal_id in ("goal.wire_transfer", "goal.credentials", "trust.first_contact"):
        assert score(scorer, sig(signal_id, 1.0)) < threshold, signal_id


def test_one_sender_or_delivery_leg_alone_is_never_an_attack(scorer):
    settings = Settings()
    for signal_id in ("impersonation.display_name_vip", "delivery.login_link", "authentication.dmarc_fail"):
        assert score(scorer, sig(signal_id, 1.0)) < settings.attack_threshold, signal_id
        assert score(scorer, sig(signal_id, 0.6)) < settings.suspicious_threshold, signal_id


def test_impersonation_goal_and_delivery_together_make_an_attack(scorer):
    assert score(scorer, sig("impersonation.display_name_vip"), sig("goal.wire_transfer"),
                 sig("goal.urgency"), sig("delivery.login_link")) >= Settings().attack_threshold


def test_a_long_relationship_lowers_the_score_of_the_same_ask(scorer):
    ask = [sig("goal.wire_transfer"), sig("delivery.login_link")]
    assert score(scorer, *ask, sig("trust.long_relationship", -0.9)) < score(scorer, *ask)


def test_two_reassuring_legs_do_not_multiply_into_risk(scorer):
    assert score(scorer, sig("trust.long_relationship", -0.9)) <= score(scorer)


@given(st.lists(st.tuples(st.sampled_from(sorted(FAKE_DETECTORS)), st.floats(-1.0, 1.0)), max_size=6),
       st.sampled_from(sorted(FAKE_DETECTORS)), st.floats(0.01, 1.0))
def test_a_further_risk_signal_never_lowers_the_score(existing, extra_id, strength):
    scorer = ColdStartScorer()
    signals = [sig(i, s) for i, s in existing]
    before = scorer.assess(MESSAGE, signals).score
    after = scorer.assess(MESSAGE, [*signals, sig(extra_id, strength)]).score
    assert after >= before - 1e-12
    assert 0.0 <= after <= 1.0


def test_noisy_or_adds_up_without_exceeding_one():
    assert noisy_or([]) == 0.0
    assert noisy_or([0.5, 0.5]) == pytest.approx(0.75)
    assert noisy_or([1.0, 0.2]) == 1.0
    assert noisy_or([0.3]) < noisy_or([0.3, 0.1]) < 1.0


def test_leg_evidence_merges_authentication_into_impersonation(scorer):
    evidence = scorer.leg_evidence([sig("authentication.dmarc_fail", 1.0)])
    assert evidence["impersonation"] > 0
    assert "authentication" not in evidence


def test_attack_type_follows_the_strongest_goal_hints(scorer):
    assert scorer.assess(MESSAGE, [sig("goal.credentials", 0.9), sig("delivery.login_link", 0.8),
                                   sig("goal.wire_transfer", 0.3)]).attack_type == "credential_phishing"
    assert scorer.assess(MESSAGE, [sig("goal.wire_transfer", 0.9),
                                   sig("impersonation.display_name_vip", 0.9)]).attack_type == "ceo_fraud"
    assert scorer.assess(MESSAGE, [sig("delivery.macro_attachment", 0.9)]).attack_type == "malware"


def test_attack_type_falls_back_when_nothing_hints(scorer):
    fallback = default_config()["attack_type"]["fallback"]
    assert scorer.assess(MESSAGE, [sig("goal.urgency")]).attack_type == fallback


def test_bulk_marketing_mail_gets_a_spam_score(scorer):
    newsletter = Message(source="n.eml", html=True,
                         headers=(("list-unsubscribe", "<mailto:u@example.com>"), ("precedence", "bulk")))
    discussion = Message(source="d.eml", in_reply_to="<a@example.com>",
                         headers=(("list-unsubscribe", "<mailto:u@example.com>"), ("list-post", "<x>")))
    settings = Settings()
    assert scorer.assess(newsletter, []).spam_score >= settings.spam_threshold
    assert scorer.assess(discussion, []).spam_score < settings.spam_threshold
    assert scorer.assess(MESSAGE, []).spam_score < settings.spam_threshold


def test_impersonation_is_not_spam(scorer):
    newsletter = Message(source="n.eml", html=True, headers=(("list-unsubscribe", "<mailto:u@example.com>"),))
    plain = scorer.assess(newsletter, []).spam_score
    impersonating = scorer.assess(newsletter, [sig("impersonation.lookalike_domain")]).spam_score
    assert impersonating < plain


def test_weights_come_from_the_config_and_a_home_override(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    base = ColdStartScorer.load(Settings.load(home=home))
    override = 'version = "coldstart-test"\n[weights]\n"goal.wire_transfer" = 0.0\n'
    (home / "coldstart.toml").write_text(override)
    tuned = ColdStartScorer.load(Settings.load(home=home))
    assert tuned.version == "coldstart-test"
    assert tuned.assess(MESSAGE, []).model == "coldstart-test"
    # The override silenced one signal and left the rest of the file alone.
    silenced = tuned.assess(MESSAGE, [sig("goal.wire_transfer")]).score
    assert silenced == pytest.approx(tuned.assess(MESSAGE, []).score)
    assert tuned.leg_coef == base.leg_coef


def test_a_broken_override_is_a_config_error(tmp_path: Path):
    (tmp_path / "coldstart.toml").write_text("this is = = not toml")
    with pytest.raises(ConfigError):
        load_config(tmp_path)
    with pytest.raises(ConfigError):
        ColdStartScorer(merged(default_config(), {"combine": {"interactions": {"goal": 1.0}}}))
    with pytest.raises(ConfigError):
        ColdStartScorer(merged(default_config(), {"weights": {"goal.x": "heavy"}}))
    with pytest.raises(ConfigError, match="unknown legs"):
        ColdStartScorer(merged(default_config(), {"legs": {"default_weight": {"impersonaton": 1.0}}}))
    with pytest.raises(ConfigError, match="not scored"):  # merged into impersonation
        ColdStartScorer(merged(default_config(), {"combine": {"interactions": {"authentication*goal": 1.0}}}))


def test_merged_replaces_values_and_merges_tables():
    assert merged({"a": {"x": 1, "y": 2}, "b": 1}, {"a": {"y": 3}, "b": 2}) == {"a": {"x": 1, "y": 3}, "b": 2}


def test_the_sender_breaks_a_tie_between_the_types_an_ask_hints_at(scorer):
    # goal.wire_transfer hints at ceo_fraud and invoice_fraud equally; a VIP's name tips it to ceo_fraud.
    vip = scorer.assess(MESSAGE, [sig("goal.wire_transfer"), sig("impersonation.display_name_vip")])
    assert vip.attack_type == "ceo_fraud"
    vendor = scorer.assess(MESSAGE, [sig("goal.wire_transfer"), sig("impersonation.lookalike_vendor", 0.3)])
    assert vendor.attack_type == "invoice_fraud"
    alone = scorer.assess(MESSAGE, [sig("impersonation.display_name_vip")])
    assert alone.attack_type == "ceo_fraud"  # no ask at all: the sender's hints decide
