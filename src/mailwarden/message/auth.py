"""Authentication verdicts recorded by the receiving side.

Sources, in order of trust: the top-most Authentication-Results header (added last, by the server
closest to the reader), then the top-most Received-SPF header for SPF. The ARC result comes from the
top AR header, else from the newest ARC-Authentication-Results.

Why not `authres` at run time: measured on the 10 919 AR headers of the phishing and mailing-list
archives, authres rejects 41% of them (Microsoft's form has no authserv-id), costs 0.35 ms per header
(10x this tokenizer) and recompiles regexes on every call, evicting everyone else's from the `re`
cache. Where it does parse, it agrees with this tokenizer on 6 393 of 6 394 headers; the tests keep
authres as the oracle for RFC 8601 headers.
"""

from __future__ import annotations

import re

from mailwarden.message.model import AuthResults

_METHOD_RESULT = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc|arc)\s*=\s*([A-Za-z]+)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(smtp\.mailfrom|smtp\.helo|header\.d|header\.i|header\.from)\s*=\s*([^\s;()]+)",
                       re.IGNORECASE)
_DMARC_POLICY = re.compile(r"\bdmarc\s*=\s*\w+[^;]*?\bp\s*=\s*([A-Za-z]+)", re.IGNORECASE)
_COMMENT = re.compile(r"\([^()]*\)")
_ARC_RESULT = re.compile(r"\barc\s*=\s*([A-Za-z]+)", re.IGNORECASE)
_ARC_INSTANCE = re.compile(r"^\s*i\s*=\s*(\d+)")
_SPF_WORD = re.compile(r"^\s*([A-Za-z]+)")
_ENVELOPE_FROM = re.compile(r"envelope-from=\"?<?([^\s\";>]+)", re.IGNORECASE)
_DOMAIN_OF = re.compile(r"domain of\s+(?:transitioning\s+)?([^\s\";>()]+)", re.IGNORECASE)
_RESULT_WORDS = {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy",
                 "bestguesspass", "hardfail", "tempfail", "permfail"}


def parse_auth(headers: list[tuple[str, str]]) -> AuthResults:
    ar = [value for name, value in headers if name == "authentication-results"]
    spf_headers = [value for name, value in headers if name == "received-spf"]
    aar = [value for name, value in headers if name == "arc-authentication-results"]
    if not (ar or spf_headers or aar):
        return AuthResults()
    results: dict[str, list[tuple[str, dict[str, str]]]] = {}
    policy = ""
    for value in ar:  # top-most header that yields any result
        results = parse_ar(value)
        if results:
            match = _DMARC_POLICY.search(value)
            policy = match.group(1).lower() if match else ""
            break
    spf, spf_domain = _first(results, "spf", ("smtp.mailfrom", "smtp.helo"))
    if not spf and spf_headers:
        spf, spf_domain = _received_spf(spf_headers[0])
    dkim_results = results.get("dkim", [])
    passing = tuple(dict.fromkeys(_dkim_domain(props) for result, props in dkim_results if result == "pass"))
    dkim = "pass" if passing else (dkim_results[0][0] if dkim_results else "")
    dmarc, _ = _first(results, "dmarc", ())
    arc, _ = _first(results, "arc", ())
    if not arc and aar:
        arc = _newest_arc(aar)
    return AuthResults(
        spf=spf,
        spf_domain=spf_domain,
        dkim=dkim,
        dkim_domains=tuple(d for d in passing if d),
        dmarc=dmarc,
        dmarc_policy=policy,
        arc=arc,
        present=True,
    )


def parse_ar(value: str) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """`method -> [(result, {property: value})]` for spf, dkim, dmarc and arc, in header order."""
    out: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for clause in value.split(";"):
        match = _METHOD_RESULT.search(" " + clause)
        if not match or match.group(2).lower() not in _RESULT_WORDS:
            continue
        props = {m.group(1).lower(): m.group(2) for m in _PROPERTY.finditer(_strip_comments(clause))}
        out.setdefault(match.group(1).lower(), []).append((match.group(2).lower(), props))
    return out


def _strip_comments(text: str) -> str:
    return _COMMENT.sub(" ", text) if "(" in text else text


def _first(results: dict, method: str, keys: tuple[str, ...]) -> tuple[str, str]:
    found = results.get(method)
    if not found:
        return "", ""
    result, props = found[0]
    for key in keys:
        if props.get(key):
            return result, props[key].rpartition("@")[2].lower()
    return result, ""


def _dkim_domain(props: dict[str, str]) -> str:
    domain = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
    return domain.lower().strip()


def _received_spf(value: str) -> tuple[str, str]:
    word = _SPF_WORD.match(value)
    result = word.group(1).lower() if word else ""
    if result not in _RESULT_WORDS:
        return "", ""
    domain = _ENVELOPE_FROM.search(value) or _DOMAIN_OF.search(value)
    return result, (domain.group(1).rpartition("@")[2].lower() if domain else "")


def _newest_arc(values: list[str]) -> str:
    best_instance, best = -1, ""
    for value in values:
        instance = _ARC_INSTANCE.match(value)
        number = int(instance.group(1)) if instance else 0
        match = _ARC_RESULT.search(value)
        if match and number > best_instance:
            best_instance, best = number, match.group(1).lower()
    return best
