"""One named feature vector per message: detector strengths, per-leg summaries, counts, text stats,
authentication results for the claimed domain, sender-vs-profile facts and the goal-text model.

Names are stable: the model card stores the list it was trained on, and a `FeatureSpace` built from
that list places values by name, so detectors added later are ignored by older models (missing ones
read as 0, i.e. silent).

Confounds kept out on purpose (see ../shared/data/README.md "Known confounds"): no header-presence
features (Received, Authentication-Results, DKIM-Signature, X-Folder, X-From ...), no Message-ID
format, no line endings, no dates or years, no HTML-vs-plain flag, nothing about placeholder
recipients. Authentication is read only as a result for the claimed domain; absent is neutral (0).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from mailwarden.message import Message
from mailwarden.profile.text import registrable_guess
from mailwarden.profile.view import OrgProfile, link_domain_familiar
from mailwarden.signals.base import Leg, Signal

LEGS = tuple(str(leg) for leg in Leg)

# Detectors whose output depends on which headers a collection happens to carry rather than on the
# attack; their signals still show in verdicts but never reach the model. Extend with care.
EXCLUDED_DETECTORS: frozenset[str] = frozenset()

# Substrings no feature name may contain (pinned by tests/model/test_features.py).
FORBIDDEN_NAME_PARTS = (
    "received",
    "authentication_results",
    "header_present",
    "has_header",
    "x_folder",
    "x-folder",
    "x_from",
    "x-from",
    "message_id",
    "javamail",
    "crlf",
    "line_ending",
    "date",
    "year",
    "example.invalid",
    "example_invalid",
    "phishing@pot",
    "pot_recipient",
    "is_html",
    "list_id",
)

# Attachment risk classes by sniffed/declared type or extension.
_EXECUTABLE_EXT = (
    ".exe",
    ".scr",
    ".js",
    ".jse",
    ".vbs",
    ".vbe",
    ".bat",
    ".cmd",
    ".com",
    ".pif",
    ".msi",
    ".hta",
    ".wsf",
    ".ps1",
    ".jar",
    ".lnk",
    ".iso",
    ".img",
    ".dll",
    ".cpl",
)
_DOCUMENT_EXT = (
    ".doc",
    ".docx",
    ".docm",
    ".xls",
    ".xlsx",
    ".xlsm",
    ".ppt",
    ".pptx",
    ".pptm",
    ".pdf",
    ".rtf",
    ".odt",
)
_HTML_EXT = (".html", ".htm", ".shtml", ".svg", ".xhtml")
_CALENDAR_EXT = (".ics", ".vcs")


def _attachment_class(filename: str, sniffed: str, declared: str) -> str:
    name = filename.lower()
    kinds = f"{sniffed} {declared}".lower()
    if name.endswith(_EXECUTABLE_EXT) or "executable" in kinds or "x-dosexec" in kinds:
        return "executable"
    if name.endswith(_HTML_EXT) or "text/html" in kinds or "svg" in kinds:
        return "html"
    if name.endswith(_CALENDAR_EXT) or "calendar" in kinds:
        return "calendar"
    if name.endswith(_DOCUMENT_EXT) or "pdf" in kinds or "officedocument" in kinds or "msword" in kinds:
        return "document"
    if name.endswith((".zip", ".rar", ".7z", ".gz", ".tar", ".cab", ".ace")) or "zip" in kinds:
        return "archive"
    if kinds.startswith("image/") or " image/" in kinds:
        return "image"
    return "other"


ATTACHMENT_CLASSES = ("executable", "html", "calendar", "document", "archive", "image", "other")
_FAIL = {"fail", "softfail", "permerror"}


def static_feature_names() -> list[str]:
    """Names of every feature that does not depend on the detector list or the text model."""
    names: list[str] = []
    for leg in LEGS:
        names += [f"leg.{leg}.max", f"leg.{leg}.sum", f"leg.{leg}.count", f"leg.{leg}.min"]
    names += [
        "count.signals",
        "count.legs_firing",
        "count.links",
        "count.link_domains",
        "count.links_shown_text_is_url",
        "count.attachments",
    ]
    names += [f"count.attachments_{c}" for c in ATTACHMENT_CLASSES]
    names += [
        "attach.macros",
        "attach.script",
        "attach.encrypted",
        "attach.archive_members",
        "count.recipients",
        "count.recipients_log",
    ]
    names += [
        "text.length_bucket",
        "text.uppercase_share",
        "text.exclamations",
        "text.questions",
        "text.currency_marks",
        "subject.length",
        "subject.uppercase_share",
        "subject.reply_prefix",
        "subject.forward_prefix",
        "subject.exclamations",
        "sender.display_name_has_address",
        "sender.freemail_like_local_digits",
    ]
    names += [
        "auth.spf_fail",
        "auth.spf_pass",
        "auth.dkim_fail",
        "auth.dkim_aligned_pass",
        "auth.dmarc_fail",
        "auth.dmarc_pass",
        "auth.dmarc_policy_enforced",
    ]
    names += [
        "profile.sender_internal",
        "profile.sender_known_log",
        "profile.sender_wrote_to_org",
        "profile.sender_domain_known_log",
        "profile.sender_domain_two_way",
        "profile.pair_known",
        "profile.display_name_matches_person",
        "profile.display_name_matches_vip",
        "profile.recipients_internal_share",
        "profile.thread_known",
        "profile.links_internal_share",
        "profile.links_familiar_share",
    ]
    return names


@dataclass(frozen=True)
class FeatureSpace:
    """An ordered, named feature list and the index used to fill vectors quickly."""

    names: tuple[str, ...]

    @classmethod
    def build(cls, detector_ids: Iterable[str], text_classes: Sequence[str]) -> FeatureSpace:
        ids = sorted(i for i in set(detector_ids) if i not in EXCLUDED_DETECTORS)
        return cls(
            tuple([f"sig.{i}" for i in ids] + static_feature_names() + [f"text.p_{c}" for c in text_classes])
        )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {n: i for i, n in enumerate(self.names)})

    @property
    def index(self) -> dict[str, int]:
        return self._index  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.names)

    def vector(
        self,
        message: Message,
        signals: Sequence[Signal],
        profile: OrgProfile | None,
        text_probs: dict[str, float] | None = None,
    ) -> np.ndarray:
        out = np.zeros(len(self.names), dtype=np.float32)
        index = self.index
        for signal in signals:
            if signal.id in EXCLUDED_DETECTORS:
                continue
            i = index.get(f"sig.{signal.id}")
            if i is not None:
                out[i] = max(out[i], signal.strength) if out[i] > 0 else signal.strength
        values = message_facts(message, [s for s in signals if s.id not in EXCLUDED_DETECTORS], profile)
        for name, prob in (text_probs or {}).items():
            values[f"text.p_{name}"] = prob
        for name, value in values.items():
            i = index.get(name)
            if i is not None:
                out[i] = value
        return out


_NOT_UPPER = bytes(c for c in range(256) if not (65 <= c <= 90))
_NOT_LETTER = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))


def _upper_share(text: str) -> float:
    """Share of capitals among ASCII letters (bytes.translate: C speed, no per-character Python loop)."""
    data = text[:3000].encode("ascii", "ignore")
    letters = len(data.translate(None, _NOT_LETTER))
    return len(data.translate(None, _NOT_UPPER)) / letters if letters else 0.0


def message_facts(
    message: Message, signals: Sequence[Signal], profile: OrgProfile | None
) -> dict[str, float]:
    """Every non-detector, non-text feature of one message, by name."""
    f: dict[str, float] = {}
    legs_firing = 0
    for leg in LEGS:
        strengths = [s.strength for s in signals if str(s.leg) == leg]
        positive = [s for s in strengths if s > 0]
        f[f"leg.{leg}.max"] = max(positive, default=0.0)
        f[f"leg.{leg}.sum"] = sum(positive)
        f[f"leg.{leg}.count"] = len(positive)
        f[f"leg.{leg}.min"] = min((s for s in strengths if s < 0), default=0.0)
        legs_firing += bool(positive)
    f["count.signals"] = len(signals)
    f["count.legs_firing"] = legs_firing

    links = message.links
    f["count.links"] = min(len(links), 50)
    f["count.link_domains"] = min(len({lk.domain for lk in links if lk.domain}), 20)
    f["count.links_shown_text_is_url"] = sum(
        1 for lk in links if lk.text.strip().lower().startswith(("http", "www."))
    )
    f["count.attachments"] = len(message.attachments)
    for a in message.attachments:
        key = f"count.attachments_{_attachment_class(a.filename, a.sniffed_type, a.declared_type)}"
        f[key] = f.get(key, 0) + 1
    f["attach.macros"] = sum(a.has_macros for a in message.attachments)
    f["attach.script"] = sum(a.has_script for a in message.attachments)
    f["attach.encrypted"] = sum(a.is_encrypted for a in message.attachments)
    f["attach.archive_members"] = min(sum(len(a.members) for a in message.attachments), 50)
    n_rcpt = len(message.to) + len(message.cc)
    f["count.recipients"] = min(n_rcpt, 50)
    f["count.recipients_log"] = math.log1p(n_rcpt)

    text, subject = message.text, message.subject
    f["text.length_bucket"] = min(int(math.log2(1 + len(text))), 20)
    f["text.uppercase_share"] = _upper_share(text)
    head = text[:4000]
    f["text.exclamations"] = min(head.count("!"), 30)
    f["text.questions"] = min(head.count("?"), 30)
    f["text.currency_marks"] = min(head.count("$") + head.count("€") + head.count("£"), 30)
    f["subject.length"] = min(len(subject), 200)
    f["subject.uppercase_share"] = _upper_share(subject)
    low = subject.lower().lstrip()
    f["subject.reply_prefix"] = float(low.startswith(("re:", "re :", "aw:", "sv:")))
    f["subject.forward_prefix"] = float(low.startswith(("fw:", "fwd:", "tr:", "wg:")))
    f["subject.exclamations"] = min(subject.count("!"), 10)
    sender = message.sender
    if sender is not None:
        f["sender.display_name_has_address"] = float("@" in sender.name)
        digits = sum(c.isdigit() for c in sender.local)
        f["sender.freemail_like_local_digits"] = min(digits, 10)

    f.update(_auth_facts(message))
    if profile is not None:
        f.update(_profile_facts(message, profile))
    return f


def _auth_facts(message: Message) -> dict[str, float]:
    """Results for the domain the reader sees in From. No record at all = every value 0 (neutral)."""
    auth = message.auth
    claimed = message.sender.domain if message.sender else ""
    f: dict[str, float] = {}
    if auth.spf:
        f["auth.spf_fail"] = float(auth.spf in _FAIL)
        f["auth.spf_pass"] = float(auth.spf == "pass")
    if auth.dkim:
        f["auth.dkim_fail"] = float(auth.dkim in _FAIL)
        aligned = any(claimed and (d == claimed or claimed.endswith("." + d)) for d in auth.dkim_domains)
        f["auth.dkim_aligned_pass"] = float(auth.dkim == "pass" and aligned)
    if auth.dmarc:
        f["auth.dmarc_fail"] = float(auth.dmarc in _FAIL)
        f["auth.dmarc_pass"] = float(auth.dmarc == "pass")
        f["auth.dmarc_policy_enforced"] = float(auth.dmarc_policy in {"quarantine", "reject"})
    return f


def _profile_facts(message: Message, profile: OrgProfile) -> dict[str, float]:
    f: dict[str, float] = {}
    sender = message.sender
    if sender is None or not sender.address:
        return f
    address = sender.address
    f["profile.sender_internal"] = float(profile.is_internal(address))
    contact = profile.contact(address)
    if contact is not None:
        f["profile.sender_known_log"] = math.log1p(contact.messages_from + contact.messages_to)
        f["profile.sender_wrote_to_org"] = float(contact.messages_from > 0)
    domain = profile.domain(sender.domain) if sender.domain else None
    if domain is not None:
        f["profile.sender_domain_known_log"] = math.log1p(domain.messages_from + domain.messages_to)
        f["profile.sender_domain_two_way"] = float(domain.messages_from > 0 and domain.messages_to > 0)
    recipients = [r.address for r in message.recipients if r.address]
    if recipients:
        f["profile.pair_known"] = float(any(profile.pair_count(address, r) > 0 for r in recipients[:20]))
        internal = sum(profile.is_internal(r) for r in recipients[:50])
        f["profile.recipients_internal_share"] = internal / min(len(recipients), 50)
    if sender.name:
        people = profile.people_named(sender.name)
        own = any(address in p.addresses for p in people)
        f["profile.display_name_matches_person"] = float(bool(people) and not own)
        f["profile.display_name_matches_vip"] = float(any(p.is_vip for p in people) and not own)
    f.update(_link_familiarity(message, profile))
    ids = [i for i in (message.in_reply_to, *message.references) if i]
    if ids or message.subject.lower().lstrip().startswith(("re:", "aw:", "sv:")):
        f["profile.thread_known"] = float(profile.thread_known(ids, _normalized_subject(message.subject)))
    return f


def _link_familiarity(message: Message, profile: OrgProfile) -> dict[str, float]:
    """Which share of the linked domains are the organization's own, and which it links itself. The
    organization's own systems (expense, payroll, approvals) write like credential phishing ("login and
    take immediate action") but link the organization's own hosts; a phish links somewhere else."""
    domains = {registrable_guess(lk.domain) for lk in message.links[:50] if lk.domain and "." in lk.domain}
    if not domains:
        return {}
    own = sum(profile.is_internal("x@" + d) for d in domains)
    familiar = sum(link_domain_familiar(profile, d) for d in domains)
    return {"profile.links_internal_share": own / len(domains),
            "profile.links_familiar_share": familiar / len(domains)}


def _normalized_subject(subject: str) -> str:
    s = subject.strip().lower()
    while True:
        for prefix in ("re:", "fw:", "fwd:", "aw:", "wg:", "sv:", "tr:"):
            if s.startswith(prefix):
                s = s[len(prefix) :].lstrip()
                break
        else:
            return " ".join(s.split())
