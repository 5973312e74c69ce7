"""authentication detectors: what the receiving side recorded about SPF, DKIM and DMARC.

Only recorded results are read (Authentication-Results / Received-SPF as parsed into `message.auth`);
nothing here looks anything up. Archives without authentication headers (`auth.present` false) never
fire: absence of evidence is not a failure.
"""

from __future__ import annotations

from mailwarden.domains import registrable_domain
from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, detector
from mailwarden.signals.evidence import is_list_mail, quote, sender_domain

_FAILED = {"fail", "permerror"}


def _org(domain: str) -> str:
    return registrable_domain(domain) if domain else ""


@detector(
    "authentication.spf_fail",
    Leg.AUTHENTICATION,
    "SPF failed (or soft-failed) for the envelope sender: the sending server is not authorized by it.",
    attack_types=("credential_phishing", "ceo_fraud"),
    strategy="spoofed_domain",
)
def spf_fail(message: Message, context: Context) -> Hit | None:
    result = message.auth.spf
    if result not in {"fail", "softfail", "permerror"}:
        return None
    strength = 0.25 if result == "softfail" else 0.45
    where = f" for {quote(message.auth.spf_domain)}" if message.auth.spf_domain else ""
    return Hit(strength, f"SPF {result}{where}")


@detector(
    "authentication.dkim_fail",
    Leg.AUTHENTICATION,
    "A DKIM signature failed and none passed: the message was altered or the signature forged.",
    attack_types=("credential_phishing",),
    strategy="spoofed_domain",
)
def dkim_fail(message: Message, context: Context) -> Hit | None:
    if message.auth.dkim not in _FAILED or message.auth.dkim_domains:
        return None
    # Lists rewrite subjects and footers and so break signatures of honest mail.
    strength = 0.1 if is_list_mail(message) else 0.3
    return Hit(strength, f"DKIM {message.auth.dkim} and no signature passed")


@detector(
    "authentication.dmarc_fail",
    Leg.AUTHENTICATION,
    "DMARC failed for the From domain; strongest when the domain publishes quarantine or reject.",
    attack_types=("credential_phishing", "ceo_fraud", "invoice_fraud"),
    strategy="spoofed_domain",
)
def dmarc_fail(message: Message, context: Context) -> Hit | None:
    if message.auth.dmarc not in _FAILED:
        return None
    policy = message.auth.dmarc_policy
    strength = {"reject": 0.8, "quarantine": 0.7}.get(policy, 0.4)
    if is_list_mail(message):
        strength *= 0.5
    domain = sender_domain(message)
    of = f" for {quote(domain)}" if domain else ""
    with_policy = f" (policy {policy})" if policy else ""
    return Hit(strength, f"DMARC {message.auth.dmarc}{of}{with_policy}")


@detector(
    "authentication.from_not_aligned",
    Leg.AUTHENTICATION,
    "Authentication results exist but neither a passing DKIM signature nor the SPF domain belongs to the "
    "From domain's organization.",
    attack_types=("credential_phishing",),
    strategy="spoofed_domain",
)
def from_not_aligned(message: Message, context: Context) -> Hit | None:
    auth = message.auth
    domain = sender_domain(message)
    if not auth.present or not domain or (not auth.dkim_domains and not auth.spf_domain):
        return None
    if auth.dmarc == "pass":
        return None
    org = _org(domain)
    dkim_orgs = {_org(d) for d in auth.dkim_domains}
    spf_ok = auth.spf in {"pass", "bestguesspass"} and _org(auth.spf_domain) == org
    if org in dkim_orgs or spf_ok:
        return None
    if is_list_mail(message):
        return None  # lists re-send mail under their own domain by design
    seen = [f"DKIM d={quote(d, 40)}" for d in auth.dkim_domains[:2]]
    if auth.spf_domain:
        seen.append(f"SPF {auth.spf or 'result'} for {quote(auth.spf_domain, 40)}")
    return Hit(0.3, f"From domain {quote(domain)} is not authenticated: only {', '.join(seen)}")


@detector(
    "authentication.aligned_pass",
    Leg.AUTHENTICATION,
    "The From domain is authenticated (DMARC pass, or an aligned passing DKIM signature). Lowers risk a "
    "little: attackers authenticate their own lookalike domains too.",
)
def aligned_pass(message: Message, context: Context) -> Hit | None:
    auth = message.auth
    domain = sender_domain(message)
    if not auth.present or not domain:
        return None
    if auth.dmarc == "pass":
        return Hit(-0.2, f"DMARC pass for {quote(domain)}")
    org = _org(domain)
    if any(_org(d) == org for d in auth.dkim_domains):
        return Hit(-0.15, f"DKIM pass for {quote(org)}, the From domain's organization")
    return None


DETECTORS: tuple[Detector, ...] = (spf_fail, dkim_fail, dmarc_fail, from_not_aligned, aligned_pass)
