"""The feature vector: named, stable, and free of the corpora's known confounds."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from mailwarden.message import Address, Attachment, AuthResults, Link, Message
from mailwarden.model.features import FORBIDDEN_NAME_PARTS, FeatureSpace, message_facts, static_feature_names
from mailwarden.signals.base import Leg, Signal
from mailwarden.signals.registry import all_detectors

from .factory import FakeProfile


def _space() -> FeatureSpace:
    return FeatureSpace.build([d.id for d in all_detectors()] + ["goal.payment_ask"], ["none", "ceo_fraud"])


def test_feature_names_contain_no_confound():
    names = _space().names
    offenders = [n for n in names for part in FORBIDDEN_NAME_PARTS if part in n.lower()]
    assert offenders == []


def test_feature_names_are_unique_and_stable():
    a, b = _space(), _space()
    assert a.names == b.names
    assert len(set(a.names)) == len(a.names)


def test_signals_land_on_their_own_feature_and_unknown_ids_are_ignored():
    space = _space()
    message = Message(source="x", text="hello")
    signals = [Signal("goal.payment_ask", Leg.GOAL, 0.7, "asks"),
               Signal("goal.not_a_feature", Leg.GOAL, 1, "")]
    vec = space.vector(message, signals, None)
    assert vec[space.index["sig.goal.payment_ask"]] == np.float32(0.7)
    assert vec[space.index["leg.goal.max"]] == np.float32(1.0)  # leg summaries still see every signal
    assert vec[space.index["leg.goal.count"]] == 2


def test_absent_authentication_is_neutral_and_failures_count_for_the_claimed_domain():
    plain = message_facts(Message(source="a", sender=Address("", "x@corp.test")), [], None)
    assert not any(k.startswith("auth.") and v for k, v in plain.items())
    failed = Message(source="b", sender=Address("", "x@corp.test"),
                     auth=AuthResults(spf="fail", dkim="pass", dkim_domains=("other.test",), dmarc="fail",
                                      dmarc_policy="reject", present=True))
    facts = message_facts(failed, [], None)
    assert facts["auth.spf_fail"] == 1 and facts["auth.dmarc_fail"] == 1
    assert facts["auth.dkim_aligned_pass"] == 0  # passing signature of another domain is not alignment


def test_counts_and_text_stats():
    message = Message(
        source="c", subject="RE: URGENT!!", text="PAY NOW! Transfer $5,000 today?",
        links=(Link("http://a.test/x", "http://a.test/x", "a.test"), Link("http://b.test", "here", "b.test")),
        attachments=(Attachment("run.exe", "application/octet-stream", "application/x-dosexec", 10, "0"),),
        to=(Address("", "a@corp.test"), Address("", "b@corp.test")), date=datetime(2001, 5, 1))
    f = message_facts(message, [], None)
    assert f["count.links"] == 2 and f["count.link_domains"] == 2 and f["count.links_shown_text_is_url"] == 1
    assert f["count.attachments_executable"] == 1
    assert f["count.recipients"] == 2
    assert f["subject.reply_prefix"] == 1 and f["text.currency_marks"] == 1
    assert 0.3 < f["text.uppercase_share"] < 0.5  # 7 capitals of 19 letters


def test_profile_facts_only_with_a_profile():
    message = Message(source="d", sender=Address("Pat Boss", "pat.boss@freemail.test"),
                      to=(Address("", "me@corp.test"),))
    assert not any(k.startswith("profile.") for k in message_facts(message, [], None))
    f = message_facts(message, [], FakeProfile())
    assert f["profile.sender_internal"] == 0
    assert f["profile.display_name_matches_vip"] == 1  # a VIP's name on an address that is not theirs
    assert f["profile.recipients_internal_share"] == 1


def test_links_to_the_organizations_own_and_familiar_hosts():
    def shares(*hosts: str) -> tuple[float, float]:
        links = tuple(Link(f"https://{h}/login", "here", h) for h in hosts)
        message = Message(source="e", sender=Address("", "it@corp.test"), links=links)
        f = message_facts(message, [], FakeProfile())
        return f.get("profile.links_internal_share", -1.0), f.get("profile.links_familiar_share", -1.0)

    assert shares("expenses.corp.test") == (1.0, 1.0)  # the organization's own system
    assert shares("payroll-portal.test") == (0.0, 1.0)  # a service the organization links every week
    assert shares("corp-login.test", "once.test") == (0.0, 0.0)  # a host nobody here links
    assert shares("expenses.corp.test", "corp-login.test") == (0.5, 0.5)
    assert shares() == (-1.0, -1.0)  # no links: nothing to say


def test_static_names_have_no_duplicates():
    names = static_feature_names()
    assert len(names) == len(set(names))



