"""authentication detectors read recorded results only; absence of headers is not a failure."""

from __future__ import annotations

from mailwarden.message import AuthResults
from mailwarden.signals.authentication import results

from .signal_helpers import msg, run


def test_nothing_fires_without_authentication_headers():
    message = msg(sender="a@b.com")
    assert all(run(det, message) is None for det in results.DETECTORS)


def test_dmarc_failure_is_stronger_with_an_enforcing_policy():
    base = dict(dmarc="fail", present=True)
    none = run(results.dmarc_fail, msg(auth=AuthResults(**base, dmarc_policy="none")))
    reject = run(results.dmarc_fail, msg(auth=AuthResults(**base, dmarc_policy="reject")))
    assert none and reject and reject.strength > none.strength and "reject" in reject.evidence


def test_spf_softfail_is_weaker_than_fail():
    soft = run(results.spf_fail, msg(auth=AuthResults(spf="softfail", spf_domain="x.com", present=True)))
    hard = run(results.spf_fail, msg(auth=AuthResults(spf="fail", spf_domain="x.com", present=True)))
    assert soft and hard and hard.strength > soft.strength and "'x.com'" in hard.evidence


def test_alignment():
    unaligned = msg(sender="ceo@example.com", auth=AuthResults(spf="pass", spf_domain="mailer.evil.net",
                                                               dkim="pass", dkim_domains=("evil.net",),
                                                               present=True))
    aligned = msg(sender="ceo@example.com", auth=AuthResults(dkim="pass", dkim_domains=("mail.example.com",),
                                                             present=True))
    assert run(results.from_not_aligned, unaligned) is not None
    assert run(results.from_not_aligned, aligned) is None
    lowered = run(results.aligned_pass, aligned)
    assert lowered is not None and lowered.strength < 0
    assert run(results.aligned_pass, unaligned) is None


def test_dkim_failure_with_another_passing_signature_is_not_reported():
    message = msg(auth=AuthResults(dkim="fail", dkim_domains=("outside.net",), present=True))
    assert run(results.dkim_fail, message) is None
