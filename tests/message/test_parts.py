"""The parser's building blocks, each pinned on small inputs."""

from __future__ import annotations

import authres
import pytest

from mailwarden.message.addresses import name_from_x_from, parse_addresses
from mailwarden.message.auth import parse_ar, parse_auth
from mailwarden.message.charsets import decode_text
from mailwarden.message.guard import limit_mime
from mailwarden.message.headers import decode_words
from mailwarden.message.html import render_html
from mailwarden.message.language import guess_language
from mailwarden.message.links import bare_urls, domain_of
from mailwarden.message.received import parse_date, parse_received
from mailwarden.message.sniff import sniff_by_table


@pytest.mark.parametrize(
    ("raw", "declared", "text", "defects"),
    [
        (b"plain", "us-ascii", "plain", []),
        ("café".encode(), "us-ascii", "café", ["charset_mismatch:us-ascii"]),
        ("café".encode("cp1252"), "utf-8", "café", ["charset_mismatch:utf-8"]),
        ("café".encode("cp1252"), "", "café", []),
        ("café".encode(), "x-nonsense", "café", ["charset_unknown:x-nonsense"]),
        ("Привет".encode("koi8-r"), "koi8-r", "Привет", []),
    ],
)
def test_decode_text_tries_declared_then_utf8_then_cp1252(raw, declared, text, defects) -> None:
    assert decode_text(raw, declared) == (text, defects)


def test_decode_words_joins_adjacent_words_and_survives_garbage() -> None:
    assert decode_words("=?utf-8?q?a?= =?utf-8?q?b?= c") == "ab c"
    assert decode_words("=?iso-8859-1?q?caf=E9?=") == "café"
    assert decode_words("=?utf-8?b?!!!?=") in ("!!!", "")
    assert decode_words("=?klingon?q?x?=") == "x"
    assert decode_words("no words here") == "no words here"


@pytest.mark.parametrize(
    ("x_from", "expected"),
    [
        ("Pat Example - Office of the Chairman </O=CORP/OU=NA/CN=RECIPIENTS/CN=PEXAMPLE>",
         "Pat Example - Office of the Chairman"),
        ('"Casey Example" <casey@school.example>@CORP', "Casey Example"),
        ("Example, Robin </O=CORP/OU=NA/CN=RECIPIENTS/CN=REXAMPLE>", "Example, Robin"),
        ("Corp In Action@CORP", "Corp In Action"),
        ("Jamie Example/HOU/Corp@Corp", "Jamie Example"),
        ("Jamie Example", "Jamie Example"),
        ("jamie@corp.example", ""),
    ],
)
def test_x_from_names_are_cleaned(x_from: str, expected: str) -> None:
    assert name_from_x_from(x_from, "jamie@corp.example") == expected


def test_address_lists_are_lower_cased_and_bounded() -> None:
    found, truncated = parse_addresses('A <A@X.ORG>, "Doe, Jane" <jane@x.org>, bare@Y.org, undisclosed:;')
    assert [(a.name, a.address) for a in found] == [("A", "a@x.org"), ("Doe, Jane", "jane@x.org"),
                                                   ("", "bare@y.org")]
    assert not truncated
    many, truncated = parse_addresses(", ".join(f"u{i}@x.org" for i in range(50)), limit=10)
    assert len(many) == 10 and truncated


def test_received_hop_fields() -> None:
    hop = parse_received("from helo.example (rdns.example [203.0.113.5]) by mx.example.org (Postfix)"
                         " with ESMTP id 1; Wed, 3 Jan 2024 10:00:00 -0500")
    assert (hop.from_host, hop.from_ip, hop.by_host) == ("helo.example", "203.0.113.5", "mx.example.org")
    assert hop.date is not None and hop.date.utcoffset().total_seconds() == -5 * 3600
    v6 = parse_received("from x ([IPv6:2001:db8::1]) by y; garbage date")
    assert v6.from_ip == "2001:db8::1" and v6.date is None
    assert parse_received("").from_host == ""


def test_dates_match_the_stdlib_including_odd_years() -> None:
    from email.utils import parsedate_to_datetime

    for value in ("Mon, 1 Jan 2024 10:00:00 +0000", "1 Jan 102 10:00:00 +0000",
                  "Thu, 22 Aug 2002 18:26:25 -0700", "Mon, 1 Jan 2024 10:00:00 +0530"):
        assert parse_date(value) == parsedate_to_datetime(value)
    assert parse_date("not a date") is None


def test_dates_without_a_known_zone_are_utc_not_naive() -> None:
    for value in ("Mon, 1 Jan 2024 10:00:00 -0000", "Mon, 1 Jan 2024 10:00:00 XYZ"):
        parsed = parse_date(value)
        assert parsed is not None and parsed.utcoffset() is not None
        assert (parsed.hour, parsed.utcoffset().total_seconds()) == (10, 0)


RFC_HEADERS = [
    "mx.example.com; spf=pass smtp.mailfrom=a@x.example; dkim=pass header.d=x.example;"
    " dmarc=pass header.from=x.example",
    "mx.example.com; dkim=fail (bad sig) header.d=y.example; dkim=pass header.i=@z.example; spf=softfail"
    " smtp.helo=h.example; dmarc=fail (p=QUARANTINE) header.from=y.example; arc=none",
    "mx.example.com; spf=neutral (comment with = sign) smtp.mailfrom=w.example",
]


@pytest.mark.parametrize("header", RFC_HEADERS)
def test_tokenizer_agrees_with_authres_on_rfc8601_headers(header: str) -> None:
    oracle: dict[str, list[str]] = {}
    for result in authres.AuthenticationResultsHeader.parse_value(header).results:
        oracle.setdefault(str(result.method), []).append(str(result.result))
    ours = {method: [result for result, _ in found] for method, found in parse_ar(header).items()}
    assert ours == oracle


def test_auth_falls_back_to_received_spf_and_newest_arc() -> None:
    auth = parse_auth([
        ("received-spf", "softfail (example.net: domain of transitioning a@b.example) client-ip=192.0.2.1"),
        ("arc-authentication-results", "i=1; relay.example; arc=none"),
        ("arc-authentication-results", "i=2; relay.example; arc=fail"),
    ])
    assert (auth.spf, auth.spf_domain, auth.arc, auth.present) == ("softfail", "b.example", "fail", True)
    assert parse_auth([("subject", "x")]).present is False


def test_link_domains() -> None:
    assert domain_of("HTTPS://User:pw@WWW.Example.COM.:8080/path") == "www.example.com"
    assert domain_of("http://xn--80ak6aa92e.com/") == "аррӏе.com"
    assert domain_of("www.example.org/x") == "www.example.org"
    assert domain_of("http://[::1/") == ""
    assert domain_of("mailto:a@b.example") == ""


def test_bare_urls_in_text() -> None:
    links = bare_urls("See (https://a.example/x), hxxp://b.example and WWW.C.example. Not a.www.d or mailto:")
    assert [link.href for link in links] == ["https://a.example/x", "hxxp://b.example", "WWW.C.example"]
    assert all(not link.in_html for link in links)


def test_html_rendering_drops_scripts_and_keeps_link_text() -> None:
    text, links = render_html(
        "<style>p{}</style><p>One</p><p>Two&nbsp;<a href='https://x.example'>click <b>here</b></a></p>"
        "<a href='#top'>top</a><script>alert(1)</script>", 1000)
    assert text == "One\nTwo click here\ntop"
    assert [(link.href, link.text) for link in links] == [("https://x.example", "click here")]


def test_language_guess() -> None:
    assert guess_language("Please find the report attached and let me know if you have questions.") == "en"
    assert guess_language("Bitte senden Sie die Rechnung, wir haben das nicht mit der Post bekommen.") == "de"
    assert guess_language("Veuillez trouver la facture pour votre commande, nous sommes au bureau.") == "fr"
    assert guess_language("Здравствуйте, пожалуйста оплатите счет") == "ru"
    assert guess_language("12345 !!!") == ""


def test_language_guess_is_cheap() -> None:
    import time

    text = "Please find the report attached and let me know if you have any questions. " * 50
    started = time.process_time()
    for _ in range(200):
        guess_language(text)
    assert (time.process_time() - started) / 200 < 0.001


def test_mime_guard_leaves_normal_messages_alone() -> None:
    normal = b'Content-Type: multipart/mixed; boundary="a"\n\n--a\n\nx\n--a--\n'
    assert limit_mime(normal, 40, 500) is None
    deep = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(50))
    cut = limit_mime(deep, 40, 500)
    assert cut is not None and cut[1] == "mime_depth_exceeded" and len(cut[0]) < len(deep)


def test_signature_table_without_libmagic() -> None:
    assert sniff_by_table(b"%PDF-1.7") == "application/pdf"
    assert sniff_by_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 8) == "application/x-ole-storage"
    assert sniff_by_table(b"  <!DOCTYPE html><html>") == "text/html"
    assert sniff_by_table(b"\x00\x01\x02\x03") == ""


def test_sniffing_names_risky_containers_libmagic_misses() -> None:
    from mailwarden.message.sniff import sniff_type

    assert sniff_type(b"\xe4\x52\x5c\x7b\x8c\xd8\xa7\x4d" + b"\x00" * 200) == "application/onenote"
    assert sniff_type(b"\x00" * 0x8001 + b"CD001" + b"\x00" * 100) == "application/x-iso9660-image"
    assert sniff_type(b"plain words only") == "text/plain"


def test_svg_with_event_handler_counts_as_script() -> None:
    from mailwarden.message.attachments import inspect_attachment
    from mailwarden.settings import Settings

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="go()"><rect/></svg>'
    assert inspect_attachment("logo.svg", "image/svg+xml", svg, Settings()).has_script
    plain_svg = b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'
    assert not inspect_attachment("logo.svg", "image/svg+xml", plain_svg, Settings()).has_script


@pytest.mark.parametrize(
    ("value", "name", "address"),
    [
        ("Support <help@lure.example@other.example>", "Support", "help@lure.example@other.example"),
        ("Brand <@bulk.example>", "Brand", "@bulk.example"),
        ('"Brand" <>', "Brand", ""),
        ("plain@lure.example@other.example", "", "plain@lure.example@other.example"),
    ],
)
def test_malformed_sender_addresses_are_kept_as_written(value: str, name: str, address: str) -> None:
    (found,), _ = parse_addresses(value)
    assert (found.name, found.address) == (name, address)


def test_mime_guard_catches_encapsulated_messages_in_any_letter_case() -> None:
    deep = b"Subject: x\n\n" + b"Content-Type: Message/Rfc822\n\n" * 60 + b"Subject: inner\n\ntext\n"
    cut = limit_mime(deep, 40, 500)
    assert cut is not None and cut[1] == "mime_depth_exceeded"
