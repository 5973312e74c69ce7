"""goal detectors: multilingual asks, quoted evidence, modest strength, quiet on business mail."""

from __future__ import annotations

import pytest

from mailwarden.message import Message
from mailwarden.signals.goal import asks
from mailwarden.signals.goal.phrases import PhraseSet, expand

from .signal_helpers import msg, run


@pytest.mark.parametrize(("det", "text"), [
    (asks.payment_request, "Please process a wire transfer of 48,000 EUR today."),
    (asks.bank_detail_change, "Wir haben eine neue Bankverbindung, bitte nur noch diese verwenden."),
    (asks.bank_detail_change, "Veuillez noter nos nouvelles coordonnées bancaires."),
    (asks.payroll_diversion, "I changed banks, please update my direct deposit before the next payroll."),
    (asks.gift_card_request, "Compre cartões presente e me envie os códigos."),
    (asks.gift_card_request, "Koop alstublieft vijf cadeaukaarten voor de klanten."),
    (asks.credential_request, "Sua conta será bloqueada, clique aqui para atualizar."),
    (asks.credential_request, "Su contraseña caducará hoy, verifique su cuenta."),
    (asks.credential_request, "Ihr Postfach ist voll. Klicken Sie hier, um mehr Speicher zu erhalten."),
    (asks.sensitive_data_request, "Send me the W-2 forms for all employees as PDF."),
    (asks.extortion, "I recorded you with your webcam. Pay in bitcoin or I send the video to your contacts."),
    (asks.urgency, "This is your final notice: respond within 24 hours."),
    (asks.secrecy, "Keep this between us, I'm in a meeting."),
    (asks.availability_check, "Are you at your desk? I need a quick favour."),
    (asks.advance_fee, "You have been selected to claim your prize of 2 million US dollars."),
    (asks.advance_fee, "Dear email owner, your e-mail address has been selected among the winners."),
    (asks.advance_fee, "The deceased depositor and you have the same last name, so you can be the kin."),
    (asks.advance_fee, "Please note that this transaction is 100% risk free."),
    (asks.order_on_credit, "Our company would like to place an order; kindly send us your best price."),
    (asks.secrecy, "Don't disclose this to any colleagues until I say."),
    (asks.availability_check, "Are you in the office today? I cannot take calls."),
    (asks.sensitive_data_request, "Send me every home address, date of birth and SSN you hold."),
    (asks.order_on_credit, "We would like to place an initial order with you and request net 30 terms."),
    (asks.easy_money, "Guaranteed returns of 12% per month on a small investment of $500."),
    (asks.easy_money, "Remote job offer: receive payments on our behalf and keep 10% as commission."),
    (asks.order_on_credit, "Adjunto la orden de compra adjunta; solicitud de cotización para 500 unidades."),
])
def test_asks_fire_in_several_languages(det, text):
    signal = run(det, msg(text=text))
    assert signal is not None and 0 < signal.strength < 1
    assert "'" in signal.evidence or '"' in signal.evidence  # the matched phrase is quoted


def test_phrases_match_across_line_breaks_and_case():
    signal = run(asks.gift_card_request, msg(subject="URGENT", text="buy some Google\n  Play\nGIFT cards"))
    assert signal is not None and "google play gift cards" in signal.evidence


def test_ordinary_business_talk_about_money_stays_quiet():
    text = ("Please process the invoice for the March deliveries; payment terms are net 30. The wire "
            "desk confirmed yesterday's settlement. Let's discuss the gas prices and the new contract. "
            "The bankruptcy claim process starts Monday; we won the Dynegy bid.")
    message = msg(text=text)
    assert all(run(det, message) is None for det in asks.DETECTORS)


def test_more_distinct_phrases_are_stronger_and_list_mail_is_weaker():
    one = run(asks.secrecy, msg(text="Keep this between us."))
    two = run(asks.secrecy, msg(text="Keep this between us. I'm in a meeting."))
    listed = run(asks.secrecy, msg(text="Keep this between us.", headers=(("list-id", "<x.lists.org>"),)))
    assert one and two and listed and two.strength > one.strength > listed.strength


def test_bitcoin_address_counts_only_next_to_the_word_bitcoin():
    address = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
    assert run(asks.extortion, msg(text=f"my btc wallet: {address}")) is not None
    assert run(asks.extortion, msg(text=f"build id {address}")) is None


def test_no_phrase_needs_a_stray_space():
    """An optional word must carry its own space: "task (?:for me)?" would only match "task for me"
    or a trailing "task " and miss "a small task for you"."""
    from mailwarden.signals.goal.lexicon import LEXICON

    stray = [(category, phrase) for category, by_language in LEXICON.items()
             for phrases in by_language.values() for pattern in phrases
             for phrase in (expand(pattern) or ()) if phrase != phrase.strip() or "  " in phrase]
    assert stray == []
    assert run(asks.availability_check, msg(text="I am having small task for you to do.")) is not None

def test_phrase_expansion():
    assert sorted(expand(r"(?:new|updated) bank details?")) == [
        "new bank detail", "new bank details", "updated bank detail", "updated bank details"]
    assert expand(r"pay .{0,30} now") is None
    phrases = PhraseSet({"a": (r"gift ?cards?",), "b": (r"pay .{0,9}btc",)})
    assert phrases.find("two giftcards and pay me in btc") == {"a": ("giftcards",), "b": ("pay me in btc",)}
    assert phrases.find("giftcardsxyz") == {}


def test_an_empty_message_is_quiet():
    assert all(run(det, Message(source="empty")) is None for det in asks.DETECTORS)


@pytest.mark.parametrize(("det", "text"), [
    # Many independent ways to say "our bank changed" / "pay the new account".
    (asks.bank_detail_change, "Heads up: we switched banks last month after the merger."),
    (asks.bank_detail_change, "Our remittance details have changed, see the attached letter."),
    (asks.bank_detail_change, "All future payments should be sent to our new account at Harbor Bank."),
    (asks.bank_detail_change, "Our old account is under audit and cannot receive payments for now."),
    (asks.bank_detail_change, "Please use the Lakeside Credit Union account ending 4412 from now on."),
    (asks.bank_detail_change, "Kindly update your vendor records with the details below."),
    (asks.bank_detail_change, "Hemos cambiado de banco; los pagos futuros van a la nueva cuenta."),
    (asks.bank_detail_change, "Nous avons changé de banque, voici notre nouvel IBAN."),
    (asks.payment_request, "Can you process a wire today? I'll send the banking details shortly."),
    (asks.payment_request, "Release $18,250.00 to the escrow account before the cut-off."),
    (asks.payment_request, "Invoice 7781 remains unpaid; kindly settle the outstanding balance."),
    (asks.credential_request, "I've shared a folder, sign in with your company credentials to open it."),
    (asks.credential_request, "You have 2 new voicemails. Play the voicemail from the portal."),
    (asks.credential_request, "Approve the MFA request on your phone, then re-enroll your device."),
    (asks.credential_request, "Scan the QR code with your phone to continue."),
    (asks.sensitive_data_request, "Export the complete employee roster with salaries and home addresses."),
])
def test_generalised_phrasings(det, text):
    assert run(det, msg(text=text)) is not None


@pytest.mark.parametrize("text", [
    "We switched the meeting to Thursday; the bank holiday moved it.",
    "Payment for the conference was made last week, thanks for arranging it.",
    "The account team reviewed the document you shared in the meeting.",
    "Please sign in at the front desk when you arrive.",
])
def test_generalised_phrasings_stay_quiet_on_ordinary_mail(text):
    for det in (asks.bank_detail_change, asks.payment_request, asks.credential_request):
        assert run(det, msg(text=text)) is None, det.id
