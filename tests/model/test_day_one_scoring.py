"""Day one: a small learned profile, the shipped base model serving (trained without a profile)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.engine import Engine
from mailwarden.message.parse import parse_message
from mailwarden.model import registry
from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw
from mailwarden.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"
ORG = FIXTURES / "org"
CEO_FROM_GMAIL = (
    b'From: "Margaret Holloway" <m.holloway.ceo@gmail.com>\n'
    b'To: "Priya Raman" <priya.raman@northwind-metals.com>\n'
    b"Subject: Quick task\nDate: Mon, 04 Mar 2024 10:00:00 +0000\nMIME-Version: 1.0\n"
    b"Content-Type: text/plain\n\nAre you at your desk? I need you to handle a payment for me today, "
    b"keep it between us.\n"
)


@pytest.fixture(scope="module")
def day_one(tmp_path_factory):
    settings = Settings.load(home=tmp_path_factory.mktemp("org"))
    with Store.open(settings) as store:
        learn(store, settings, iter_raw([ORG / "inbox.mbox", ORG / "sent.mbox"]))
        profile = ProfileSnapshot.load(store)
    scorer = registry.load_scorer(settings, profile)
    if scorer is None or not scorer.version.startswith("base"):
        pytest.skip("the shipped base model did not load")
    return settings, profile, scorer


def _judge(settings, profile, scorer, raw: bytes):
    message = parse_message(raw, "t.eml", settings)
    return Engine(settings, profile, scorer).judge(message)


def test_a_first_contact_alone_does_not_move_a_model_that_never_saw_a_profile(day_one):
    settings, profile, scorer = day_one
    raw = (FIXTURES / "signals" / "list_newsletter.eml").read_bytes()
    with_profile = _judge(settings, profile, scorer, raw)
    without = _judge(settings, None, registry.load_scorer(settings, None), raw)
    assert "trust.first_contact_org" in {s.id for s in with_profile.signals}  # still shown as evidence
    # The model decides on the inputs it was trained on; the rules may add a little for the first
    # contact, never enough to change the verdict.
    assert with_profile.verdict == without.verdict
    assert with_profile.score < settings.suspicious_threshold


def test_profile_evidence_still_decides_through_the_rules(day_one):
    settings, profile, scorer = day_one
    verdict = _judge(settings, profile, scorer, CEO_FROM_GMAIL)
    ids = {s.id for s in verdict.signals}
    assert "impersonation.known_person_name" in ids
    assert verdict.verdict == "attack"
    blind = _judge(settings, None, registry.load_scorer(settings, None), CEO_FROM_GMAIL)
    assert verdict.score >= blind.score
