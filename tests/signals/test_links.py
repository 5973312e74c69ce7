"""delivery link detectors: read hrefs as strings, compare organizations, ignore the sender's own."""

from __future__ import annotations

import base64

from mailwarden.message import Address, Link
from mailwarden.signals.delivery import links

from .signal_helpers import msg, run


def test_shown_address_on_another_domain():
    fired = run(links.link_text_mismatch, msg(links=(Link("https://evil.example.net/x", "www.paypal.com"),)))
    assert fired is not None and fired.strength >= 0.5 and "'evil.example.net'" in fired.evidence
    same_org = msg(links=(Link("https://click.news.example.com/r?u=1", "example.com/offers"),))
    assert run(links.link_text_mismatch, same_org) is None
    words = msg(links=(Link("https://evil.example.net/x", "Click here to see invoice.pdf"),))
    assert run(links.link_text_mismatch, words) is None


def test_ip_shortener_idn_and_data_links():
    assert run(links.ip_literal_link, msg(links=(Link("http://203.0.113.9/login", "x"),))).strength >= 0.5
    private = run(links.ip_literal_link, msg(links=(Link("http://10.1.2.3/wiki", "x"),)))
    assert private is not None and private.strength < 0.5
    assert run(links.shortener_link, msg(links=(Link("https://bit.ly/abc", "x"),))) is not None
    assert run(links.idn_link, msg(links=(Link("http://xn--pypal-4ve.com/", "x"),))).strength >= 0.5
    data = msg(links=(Link("data:text/html;base64,PHA+", "open"),))
    assert run(links.script_or_data_link, data) is not None


def test_login_paths_only_count_off_the_senders_and_brands_domains():
    login = Link("https://cheap-host.example.net/owa/login.php", "x")
    phish = msg(sender="news@shop.example.org", links=(login,))
    assert run(links.login_path_link, phish) is not None
    own = msg(sender="it@example.org", links=(Link("https://sso.example.org/login", "sign in"),))
    assert run(links.login_path_link, own) is None
    brand = msg(links=(Link("https://login.microsoftonline.com/common/login", "sign in"),))
    assert run(links.login_path_link, brand) is None
    wordpress = run(links.login_path_link, msg(links=(Link("http://blog.example.net/wp-content/x/", "x"),)))
    assert wordpress is not None and "WordPress" in wordpress.evidence


def test_free_hosting_and_lookalike_link_domains():
    assert run(links.free_hosting_link, msg(links=(Link("https://x-docs.r2.dev/i.html", "x"),))) is not None
    lookalike = run(links.lookalike_link_domain, msg(links=(Link("https://examp1e.com/pay", "x"),)))
    assert lookalike is not None and lookalike.party is not None and lookalike.party.role == "organization"


def test_recipient_address_in_link_plain_and_base64_but_not_unsubscribe():
    to = (Address("", "bob@example.com"),)
    encoded = base64.b64encode(b"bob@example.com").decode()
    assert run(links.recipient_address_in_link, msg(to=to, links=(Link(f"https://x.net/#{encoded}", "x"),)))
    plain = msg(to=to, links=(Link("https://x.net/p?e=bob%40example.com", "x"),))
    assert run(links.recipient_address_in_link, plain) is not None
    unsubscribe = msg(to=to, links=(Link("https://x.net/unsubscribe?e=bob@example.com", "x"),))
    assert run(links.recipient_address_in_link, unsubscribe) is None
    longer = msg(to=to, links=(Link("https://lore.example.org/r/20240101.jimbob@example.com/", "x"),))
    assert run(links.recipient_address_in_link, longer) is None


def test_a_button_and_a_sentence():
    button = msg(text="Open the document.", links=(Link("https://x.net", "Open"),))
    assert run(links.link_heavy_short_text, button) is not None
    pasted = msg(text="see https://x.net", links=(Link("https://x.net", "https://x.net", in_html=False),))
    assert run(links.link_heavy_short_text, pasted) is None


def _internal(to, text, href, cc=()):
    return msg("pat.lee@example.com", "Pat Lee", to=tuple(Address("", a) for a in to),
               cc=tuple(Address("", a) for a in cc), text=text, links=(Link(href, "Open"),))


def test_credential_link_to_colleagues_lateral_phishing():
    colleagues = ("a@example.com", "b@example.com", "c@example.com")
    ask = "I've shared a document with you, sign in with your work credentials to view it."
    fired = run(links.credential_link_to_colleagues, _internal(colleagues, ask, "https://docs-view.example.net/f/1"))
    assert fired is not None and "3 colleagues" in fired.evidence
    # Addressed to itself (colleagues in Bcc) with a login page on free hosting.
    bcc = _internal(("pat.lee@example.com",), "see below", "https://x1y2.pages.dev/login")
    assert run(links.credential_link_to_colleagues, bcc) is not None
    # One colleague, the organization's own intranet, or no ask at all: quiet.
    lone = _internal(("a@example.com",), ask, "https://e.example.net/")
    assert run(links.credential_link_to_colleagues, lone) is None
    intranet = _internal(colleagues, ask, "https://wiki.example.com/x")
    assert run(links.credential_link_to_colleagues, intranet) is None
    news = _internal(colleagues, "Nice article on bridges.", "https://news.example.org/story")
    assert run(links.credential_link_to_colleagues, news) is None
