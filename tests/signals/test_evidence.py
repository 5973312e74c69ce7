"""Evidence shows attacker-controlled values quoted, escaped and bounded."""

from __future__ import annotations

import ast

from mailwarden.message import Address, Message
from mailwarden.signals.evidence import is_list_mail, quote, sender_domain


def test_quote_escapes_control_characters_and_truncates():
    shown = quote("evil\u202e\nname" + "x" * 500)
    assert "\\u202e" in shown and "\\n" in shown and "\n" not in shown
    assert len(ast.literal_eval(shown)) == 60 and shown.endswith("…'")


def test_message_readers_tolerate_missing_parts():
    assert sender_domain(Message(source="x")) == ""
    assert sender_domain(Message(source="x", sender=Address("", "a@b.example"))) == "b.example"
    assert is_list_mail(Message(source="x", headers=(("precedence", "Bulk"),)))
    assert not is_list_mail(Message(source="x"))
