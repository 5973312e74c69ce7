"""delivery detectors: links. Links are only ever read as strings: nothing here resolves or fetches them."""

from __future__ import annotations

import base64
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from mailwarden.domains import (
    brand_lookalike,
    file_sharing,
    find_lookalike,
    free_hosting,
    has_mixed_script,
    is_idn,
    is_ip_literal,
    official_domains,
    protected_domains,
    registrable_domain,
    shortener,
    split_host,
    to_ascii,
    to_unicode,
)
from mailwarden.message import Link, Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, detector
from mailwarden.signals.evidence import is_list_mail, quote, sender_domain
from mailwarden.signals.goal.asks import goal_matches

MAX_LINKS = 200  # per message; a message with more is judged on the first ones
_SHOWN_URL = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[\w-]{2,})(?::\d+)?(?:[/?#]\S*)?\s*$", re.IGNORECASE)
_FILE_LIKE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|png|jpe?g|gif|html?|txt|csv|eml|msg|exe|js)$")
_LOGIN_PATH = re.compile(
    r"/(?:log-?in|log-?on|sign-?in|signon|sso|auth(?:enticate)?|verif(?:y|ication)|validate|unlock|"
    r"recover|reactivate|webmail|owa|secure|account/(?:update|verify|confirm)|update-?(?:account|billing|"
    r"payment)|wp-(?:admin|content|includes))(?:[/.?#]|$)",
    re.IGNORECASE,
)
_PHP_WITH_EMAIL = re.compile(r"\.(?:php|aspx?|html?)\?.*(?:e-?mail|mail|user(?:name)?|login|acct)=",
                             re.IGNORECASE)
_WORDPRESS = re.compile(r"/wp-(?:admin|content|includes)/", re.IGNORECASE)
_UNSUBSCRIBE = re.compile(r"unsubscri|opt-?out|preferences|manage[-_ ]?subscription|list-manage",
                          re.IGNORECASE)


# Networks an intranet link may point to (wiki on 10.x); anything else as a bare IP is a tell.
_INTERNAL_NETS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "fc00::/7", "::1/128"))


@dataclass(frozen=True, slots=True)
class Href:
    scheme: str
    host: str  # cleaned, Unicode
    path: str
    query: str
    fragment: str


@lru_cache(maxsize=16384)
def parse_href(href: str) -> Href:
    href = href.strip()
    try:
        parts = urlsplit(href if "://" in href or href.startswith(("mailto:", "data:", "javascript:", "tel:"))
                         else "http://" + href)
        host = parts.hostname or ""
    except ValueError:
        return Href("", "", "", "", "")
    return Href(parts.scheme.lower(), to_unicode(host.rstrip(".")), parts.path, parts.query, parts.fragment)


_last_links: tuple[Message | None, tuple[tuple[Link, Href], ...]] = (None, ())


def _web_links(message: Message) -> tuple[tuple[Link, Href], ...]:
    """http(s) links with their parsed href. A dozen detectors read them: computed once per message
    (the one-slot cache holds the message itself, like `goal_matches`, so two messages never mix)."""
    global _last_links
    cached_message, cached = _last_links
    if cached_message is message:
        return cached
    out = []
    for link in message.links[:MAX_LINKS]:
        parsed = parse_href(link.href)
        if parsed.scheme in {"http", "https"} and parsed.host:
            out.append((link, parsed))
    _last_links = (message, tuple(out))
    return _last_links[1]


def _trusted_hosts(message: Message, context: Context) -> frozenset[str]:
    """Registrable domains a link may point to without being 'somewhere else': the sender's own and the
    organization's and protected ones."""
    protected = protected_domains(context.settings, context.profile)
    own = registrable_domain(sender_domain(message))
    return protected.all_own_and_partners | ({own} if own else frozenset())


def _shown_domain(text: str) -> str:
    match = _SHOWN_URL.match(text)
    if not match:
        return ""
    host = match.group(1).lower()
    if _FILE_LIKE.search(host) or not split_host(host).suffix:
        return ""
    return host


@detector(
    "delivery.link_text_mismatch",
    Leg.DELIVERY,
    "A link's shown text is a web address on one domain but the link goes to another domain.",
    attack_types=("credential_phishing", "malware"),
)
def link_text_mismatch(message: Message, context: Context) -> Hit | None:
    protected = protected_domains(context.settings, context.profile)
    best: Hit | None = None
    for link, href in _web_links(message):
        shown = _shown_domain(link.text) if link.text else ""
        if not shown:
            continue
        shown_org, real_org = registrable_domain(shown), registrable_domain(href.host)
        if shown_org == real_org:
            continue
        valued = shown_org in official_domains() or shown_org in protected.all_own_and_partners
        strength = 0.6 if valued else 0.35
        if best is None or strength > best.strength:
            best = Hit(strength, f"link shows {quote(link.text.strip())} but goes to {quote(href.host)}",
                       Party(shown_org, "", "brand" if shown_org in official_domains() else ""))
    return best


@detector(
    "delivery.ip_literal_link",
    Leg.DELIVERY,
    "A link points to a bare IP address instead of a domain name.",
    attack_types=("credential_phishing", "malware"),
)
def ip_literal_link(message: Message, context: Context) -> Hit | None:
    for _, href in _web_links(message):
        if is_ip_literal(href.host):
            try:
                address = ipaddress.ip_address(href.host)
                private = any(address in net for net in _INTERNAL_NETS if net.version == address.version)
            except ValueError:
                private = False  # decimal/hex-encoded hosts are an obfuscation in themselves
            return Hit(0.2 if private else 0.5, f"link goes to the IP address {quote(href.host)}")
    return None


@detector(
    "delivery.shortener_link",
    Leg.DELIVERY,
    "A link goes through a URL shortener, which hides its destination.",
    attack_types=("credential_phishing", "malware", "scam"),
)
def shortener_link(message: Message, context: Context) -> Hit | None:
    for link, href in _web_links(message):
        service = shortener(href.host)
        if service and registrable_domain(sender_domain(message)) != registrable_domain(service):
            return Hit(0.3, f"link {quote(link.href)} goes through the shortener {service}")
    return None


@detector(
    "delivery.login_path_link",
    Leg.DELIVERY,
    "A link to a login/verify/webmail-style path, a WordPress folder or a script taking an e-mail "
    "parameter, on a domain that is neither the sender's nor a known brand's or the organization's.",
    attack_types=("credential_phishing",),
)
def login_path_link(message: Message, context: Context) -> Hit | None:
    trusted = _trusted_hosts(message, context)
    for link, href in _web_links(message):
        org = registrable_domain(href.host)
        if org in trusted or org in official_domains():
            continue
        path_and_query = f"{href.path}?{href.query}" if href.query else href.path
        if _WORDPRESS.search(href.path):
            return Hit(0.6, f"link {quote(link.href)} goes into a WordPress folder on {quote(href.host)}")
        if _LOGIN_PATH.search(href.path) or _PHP_WITH_EMAIL.search(path_and_query):
            return Hit(0.45, f"link {quote(link.href)} is a login-style page on {quote(href.host)}")
    return None


@detector(
    "delivery.free_hosting_link",
    Leg.DELIVERY,
    "A link to free web hosting, a form builder, an IPFS gateway or cloud storage buckets, where phishing "
    "pages cost nothing.",
    attack_types=("credential_phishing",),
)
def free_hosting_link(message: Message, context: Context) -> Hit | None:
    own = registrable_domain(sender_domain(message))
    for link, href in _web_links(message):
        service = free_hosting(href.host, href.path)
        if service and registrable_domain(service.partition("/")[0]) != own:
            return Hit(0.45, f"link {quote(link.href)} is hosted on {service}")
    return None


@detector(
    "delivery.file_sharing_link",
    Leg.DELIVERY,
    "A link to a file-sharing service (SharePoint, OneDrive, Dropbox, WeTransfer...) from a sender that is "
    "not that service. Common in honest mail; a weak signal on its own.",
    attack_types=("credential_phishing", "malware"),
)
def file_sharing_link(message: Message, context: Context) -> Hit | None:
    own = registrable_domain(sender_domain(message))
    for link, href in _web_links(message):
        service = file_sharing(href.host)
        if service and registrable_domain(service) != own:
            return Hit(0.15, f"link {quote(link.href)} goes to the file-sharing service {service}")
    return None


@detector(
    "delivery.idn_link",
    Leg.DELIVERY,
    "A link goes to an internationalized (punycode) domain; stronger when it mixes scripts.",
    attack_types=("credential_phishing",),
)
def idn_link(message: Message, context: Context) -> Hit | None:
    for _, href in _web_links(message):
        if is_idn(href.host):
            mixed = any(has_mixed_script(label) for label in href.host.split("."))
            shown = f"{quote(href.host)} ({to_ascii(href.host)})"
            if mixed:
                return Hit(0.6, f"link domain {shown} mixes Latin letters with another script")
            return Hit(0.3, f"link domain {shown} is an internationalized domain name")
    return None


@detector(
    "delivery.lookalike_link_domain",
    Leg.DELIVERY,
    "A link goes to a domain that imitates the organization's, a protected partner's or a brand's domain.",
    attack_types=("credential_phishing",),
    strategy="lookalike_domain",
)
def lookalike_link_domain(message: Message, context: Context) -> Hit | None:
    protected = protected_domains(context.settings, context.profile)
    targets = protected.all_own_and_partners
    seen: set[str] = set()
    for _, href in _web_links(message):
        if href.host in seen:
            continue
        seen.add(href.host)
        found = find_lookalike(href.host, targets) if targets else None
        if found is not None:
            role = protected.role_of(found.target)
            return Hit(found.strength, f"link domain {found.describe()} ({role} domain)",
                       Party(found.target, "", role))
        brand = brand_lookalike(href.host)
        if brand is not None:
            return Hit(brand[0].strength * 0.9, f"link domain {brand[0].describe()} (brand {brand[1]})",
                       Party(brand[1], "", "brand"))
    return None


@detector(
    "delivery.link_heavy_short_text",
    Leg.DELIVERY,
    "Little text around the links: a short message whose point is a link (a button and a sentence), or "
    "many links with few words.",
    attack_types=("credential_phishing", "spam"),
)
def link_heavy_short_text(message: Message, context: Context) -> Hit | None:
    links = _web_links(message)
    if not links:
        return None
    words = len(message.text[:20_000].split())
    if words < 40 and any(link.in_html for link, _ in links):  # a button and a sentence, not a pasted URL
        return Hit(0.2, f"{len(links)} link(s) and only {words} words of text")
    if len(links) >= 10 and words < 5 * len(links):
        return Hit(0.15, f"{len(links)} links and only {words} words of text")
    return None


def _contains_address(text: str, address: str) -> bool:
    """`address` appears in `text` as a whole address, not as the tail of a longer one."""
    start = text.find(address)
    while start != -1:
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            return True
        start = text.find(address, start + 1)
    return False


def _base64_forms(address: str) -> tuple[str, ...]:
    """base64 of the address as it appears inside a longer base64 string (three alignments)."""
    forms = []
    for pad in range(3):
        encoded = base64.b64encode(b"\0" * pad + address.encode()).decode()
        start = (pad * 4 + 2) // 3  # skip characters that also encode the padding bytes
        forms.append(encoded[start:].rstrip("=")[:-2])
    return tuple(f for f in forms if len(f) >= 8)


@detector(
    "delivery.recipient_address_in_link",
    Leg.DELIVERY,
    "A link carries the recipient's own address (plain, URL-encoded or base64), so the phishing page can "
    "pre-fill it; unsubscribe links are ignored.",
    attack_types=("credential_phishing",),
)
def recipient_address_in_link(message: Message, context: Context) -> Hit | None:
    recipients = [r.address for r in message.recipients[:20] if "@" in r.address and len(r.address) >= 6]
    if not recipients or is_list_mail(message):
        return None  # list archives link to message-ids that carry posters' addresses
    encoded = [(address, form) for address in recipients for form in _base64_forms(address)]
    for link, href in _web_links(message):
        raw = link.href
        if _UNSUBSCRIBE.search(raw) or _UNSUBSCRIBE.search(link.text):
            continue
        plain = (unquote(raw) if "%" in raw else raw).lower()
        found = next((a for a in recipients if _contains_address(plain, a)), None)
        found = found or next((a for a, form in encoded if form in raw), None)
        if found:
            strength = 0.2 if message.header("list-unsubscribe") else 0.4  # newsletters personalize links
            return Hit(strength, f"link to {quote(href.host)} carries the recipient address {quote(found)}")
    return None


@detector(
    "delivery.script_or_data_link",
    Leg.DELIVERY,
    "A link is a `data:` or `javascript:` URL: the page travels inside the message.",
    attack_types=("credential_phishing", "malware"),
)
def script_or_data_link(message: Message, context: Context) -> Hit | None:
    for link in message.links[:MAX_LINKS]:
        scheme = link.href.strip()[:11].lower()
        if scheme.startswith(("data:", "javascript:")):
            return Hit(0.5, f"link is a {scheme.partition(':')[0]}: URL {quote(link.href, 40)}")
    return None


LATERAL_MIN_COLLEAGUES = 3  # a compromised mailbox phishes its address book, not one person


@detector(
    "delivery.credential_link_to_colleagues",
    Leg.DELIVERY,
    "Lateral phishing: a message from the organization's own domain to several colleagues with a link to "
    "an outside site and a sign-in / verify / shared-document ask (or a login-style or free-hosting link).",
    attack_types=("lateral_phishing", "credential_phishing"),
)
def credential_link_to_colleagues(message: Message, context: Context) -> Hit | None:
    own = protected_domains(context.settings, context.profile).own
    if not own or registrable_domain(sender_domain(message)) not in own or is_list_mail(message):
        return None
    colleagues = {a.address.lower() for a in (*message.to, *message.cc, *message.bcc)
                  if a.address and registrable_domain(a.address.rpartition("@")[2]) in own}
    sender = message.sender.address.lower() if message.sender else ""
    # Addressed only to itself: the real recipients are in Bcc (the usual shape of a mass phish).
    to_self = bool(sender) and colleagues <= {sender} and not message.cc
    if len(colleagues - {sender}) < LATERAL_MIN_COLLEAGUES and not to_self:
        return None
    trusted = _trusted_hosts(message, context)
    asks = goal_matches(message).get("credentials", ())
    for link, href in _web_links(message):
        org = registrable_domain(href.host)
        hidden = bool(free_hosting(href.host, href.path) or shortener(href.host))
        if org in trusted or (org in official_domains() and not hidden):
            continue  # sites.google.com or a shortener is not the brand's own page
        login_like = hidden or bool(_LOGIN_PATH.search(href.path))
        if asks or login_like:
            shown = len(colleagues - {sender})
            who = "itself (recipients hidden in Bcc)" if to_self else f"{shown} colleagues"
            why = (f"asks {', '.join(quote(a, 40) for a in asks)}" if asks
                   else "the link is a login-style page")
            return Hit(0.55 if asks and login_like else 0.45,
                       f"internal sender to {who} with an outside link {quote(link.href)}; {why}")
    return None


DETECTORS: tuple[Detector, ...] = (
    link_text_mismatch,
    ip_literal_link,
    shortener_link,
    login_path_link,
    free_hosting_link,
    file_sharing_link,
    idn_link,
    lookalike_link_domain,
    link_heavy_short_text,
    recipient_address_in_link,
    script_or_data_link,
    credential_link_to_colleagues,
)
