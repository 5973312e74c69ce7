"""Subjects, names and titles as learning and the detectors compare them."""

from __future__ import annotations

import pytest

from mailwarden.profile.text import (
    BANK_CHANGE,
    clean_display_name,
    display_form,
    find_title,
    is_reply_subject,
    name_key,
    normalize_subject,
)


@pytest.mark.parametrize("subject", [
    "Q3 budget", "RE: Q3 budget", "Re: FW: q3  budget", "AW: Q3 Budget", "SV: Q3 budget", "TR: Q3 budget",
    "RE[2]: Q3 budget", "[EXTERNAL] RE: Q3 budget", "Fwd: Re: Q3 budget",
])
def test_reply_and_forward_prefixes_share_a_thread_key(subject):
    assert normalize_subject(subject) == "q3 budget"


def test_a_prefix_inside_the_subject_is_kept():
    assert normalize_subject("Budget RE: Q3") == "budget re: q3"


@pytest.mark.parametrize(("subject", "reply"), [
    ("RE: invoice", True), ("Aw: Rechnung", True), ("FW: invoice", False), ("invoice", False),
    ("Regarding invoice", False),
])
def test_is_reply_subject(subject, reply):
    assert is_reply_subject(subject) is reply


@pytest.mark.parametrize("name", ["Kenneth Lay", "Lay, Kenneth", "Lay, Kenneth L.", "kenneth  LAY",
                                  "Kenneth L Lay"])
def test_name_key_folds_order_initials_and_case(name):
    assert name_key(name) == "kenneth lay"


@pytest.mark.parametrize("name", ["", "Kenneth", "K. L.", "info"])
def test_name_key_refuses_names_too_short_to_identify_anyone(name):
    assert name_key(name) == ""


def test_name_key_folds_accents():
    assert name_key("Zoë Ångström") == name_key("Zoe Angstrom")


@pytest.mark.parametrize(("raw", "name", "title"), [
    ("Lay, Kenneth </O=ENRON/OU=NA/CN=RECIPIENTS/CN=KLAY>", "Lay, Kenneth", ""),
    ('"Brad Burke" <bburke@rice.edu>@ENRON', "Brad Burke", ""),
    ("Ken Lay - Office of the Chairman <x@y>", "Ken Lay", "Chairman"),
    ("billing@acme.com", "", ""),
])
def test_clean_display_name_reads_archive_forms(raw, name, title):
    assert clean_display_name(raw) == (name, title)


def test_find_title():
    assert find_title("Chief Financial Officer, Northwind").lower() == "chief financial officer"
    assert find_title("see you at the game") == ""


@pytest.mark.parametrize(("name", "shown"), [("Lay, Kenneth", "Kenneth Lay"), ("Kenneth Lay", "Kenneth Lay"),
                                             ("Bowen Jr., Raymond", "Raymond Bowen Jr."), ("Lay,", "Lay,")])
def test_display_form_puts_the_first_name_first(name, shown):
    assert display_form(name) == shown


@pytest.mark.parametrize("text", [
    "Please note our new bank details for all future payments", "our banking details have changed",
    "Change of bank account", "please update my direct deposit", "IBAN DE89 3704", "new remittance address",
])
def test_bank_change_phrases(text):
    assert BANK_CHANGE.search(text)


@pytest.mark.parametrize("text", [
    "we opened a new account with the utility", "the new bank building downtown", "direct deposit stubs",
    "payment received, thanks",
])
def test_ordinary_money_talk_is_not_a_bank_change(text):
    assert not BANK_CHANGE.search(text)
