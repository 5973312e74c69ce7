"""Hard negatives: ordinary mail that talks about invoices, payments and passwords, from known senders.

They teach a model that the words alone ("invoice", "wire", "password") are not the attack; the
labels mark them `label: ham`, `attack_type: none`.
"""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from random import Random

from mailwarden.synth.families.base import Family, Lure, Shape
from mailwarden.synth.generator import DEFAULT_DATE_RANGE, SyntheticAttack
from mailwarden.synth.render import render
from mailwarden.synth.scenario import Party, Scenario, _date
from mailwarden.synth.seed import OrgSeed
from mailwarden.synth.slots import base_slots

_LURES = {
    "internal_payment": Lure(
        subjects=(
            "Invoice <invoice_no> approved",
            "Payment run {this week|on Friday}",
            "{Vendor|Supplier} payments",
            "AP batch for <deadline>",
        ),
        asks=(
            "I {approved|signed off} invoice <invoice_no> from <vendor_name> in the system; it {should|can} go out "
            "{in the next payment run|with Friday's batch} {as usual|per normal terms}.",
            "{The|This week's} payment run is {scheduled|set} for <deadline>. {Please|Can you} {make sure|check} "
            "{the|all} approvals are {in|entered} {before then|by Thursday}.",
            "{Quick note|FYI}: <vendor_name> {confirmed|acknowledged} receipt of {our|the} payment for <invoice_no>.",
        ),
        hooks=("{Following up|Picking up} {on|from} {yesterday's|this morning's} {meeting|review}.",),
        reasons=(
            "{Nothing|No action} needed {from you|on your side} {unless|if} {something looks off|the amount differs}.",
        ),
    ),
    "vendor_invoice": Lure(
        subjects=(
            "Invoice <invoice_no>",
            "{Monthly|Quarterly} statement",
            "{Your|Our} invoice for <pay_date>",
        ),
        asks=(
            "{Please find|Attached is} our invoice <invoice_no> for {last month's|the recent} {services|deliveries}, "
            "payable {on|per} {our usual|the agreed} terms.",
            "{As agreed|Per our contract}, invoice <invoice_no> ({amount|total} <amount>) is {due|payable} in 30 days "
            "{to the account on file|to the usual account}.",
        ),
        hooks=("{Thanks|Thank you} {again|} for your {business|order}.",),
        reasons=("{Our bank details are unchanged|Remit to the account we have always used}.",),
    ),
    "it_notice": Lure(
        subjects=(
            "{Planned|Scheduled} maintenance <deadline>",
            "Reminder: password policy",
            "New laptop rollout",
        ),
        asks=(
            "{Reminder|Heads up}: {we never|IT will never} ask for your password by email. {If|When} in doubt, "
            "{call|contact} the service desk {directly|on the internal line}.",
            "{Email|The mail server} will be {briefly|} unavailable {on|during} <deadline> for {maintenance|upgrades}. "
            "{No action is needed|You do not need to do anything}.",
        ),
    ),
    "payroll_reminder": Lure(
        subjects=("Timesheets due <deadline>", "Payroll {cut-off|deadline} reminder", "Benefits enrollment"),
        asks=(
            "{Please|Kindly} submit {your|all} timesheets {by|before} <deadline> so payroll {can close|closes} "
            "{on time|as planned}.",
            "{Open enrollment|Benefits enrollment} closes <deadline>; {changes|any changes} {go through|are made in} "
            "the {HR portal|usual HR system} {as always|as before}.",
        ),
    ),
}

HAM_FAMILY = Family(
    name="ham",
    language="en",
    description="Ordinary business mail about money and accounts.",
    lures=_LURES,
    greetings=("Hi <recipient_first>,", "<recipient_first>,", "Hello all,", "Good morning,"),
    openers=("{Hope|Hope you had} a good {weekend|week}.",),
    urgency=(),
    secrecy=(),
    closers=("{Let me know|Shout} if {you have questions|anything is unclear}.", "Appreciate it."),
    signoffs=("Thanks,", "Best,", "Regards,", "Cheers,"),
    cta={
        "link": ("{Details|More} on the intranet: <url>",),
        "attachment": ("{Attached|See attached}.",),
        "qr_code": ("",),
        "calendar": ("",),
        "password": ("",),
    },
    signatures=("<sender_name>", "<sender_name>\n<sender_title>"),
    reply_quotes=("{Thanks|OK}, will do.",),
    reply_intros=("On <date_text>, <quoted_name> wrote:",),
    shape=Shape(p_urgency=0.0, p_typos=0.1, p_fake_reply_prefix=0.0),
)


def generate_hard_negatives(
    seed: OrgSeed,
    n: int,
    rng_seed: int = 0,
    header_style: str | None = None,
    date_range: tuple[datetime, datetime] | None = None,
) -> Iterator[SyntheticAttack]:
    date_range = date_range or seed.date_range or DEFAULT_DATE_RANGE
    for index in range(n):
        rng = Random(f"ham:{rng_seed}:{index}")
        lure = rng.choice(sorted(_LURES))
        when = _date(rng, date_range, seed.style.utc_offsets)
        recipient = rng.choice(seed.people)
        if lure == "vendor_invoice" and seed.vendors:
            vendor = rng.choice(seed.vendors)
            sender = Party(vendor.contact_name or vendor.name, vendor.address, "vendor")
            domain = vendor.domain
        else:
            person = rng.choice([p for p in seed.people if p.address != recipient.address] or seed.people)
            sender = Party(person.name, person.address, "employee")
            domain = person.domain
        scenario = Scenario(
            kind="hard_negative",
            lure=lure,
            attack_type="none",
            strategy="none",
            vector="text",
            family=HAM_FAMILY,
            when=when,
            sender=sender,
            recipients=[Party(recipient.name, recipient.address, "employee")],
            impersonated=Party("", "", "none"),
            envelope_domain=domain,
            auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "policy": "none"},
        )
        slots = base_slots(rng, when)
        slots.update(
            recipient_first=recipient.first,
            recipient_name=recipient.name,
            recipient_address=recipient.address,
            sender_first=sender.name.split()[0] if sender.name else "",
            sender_name=sender.name,
            sender_title=next((p.title for p in seed.people if p.address == sender.address), ""),
            org_name=seed.name,
            org_domain=seed.primary_domain,
            quoted_name=recipient.name,
            thread_subject="",
            vendor_name=rng.choice(seed.vendors).name if seed.vendors else seed.name,
            url="",
            attachment_name="",
        )
        subject, body = HAM_FAMILY.compose(lure, "text", slots, rng)
        style = header_style or seed.style.headers
        if style == "mixed":
            style = rng.choice(("archive", "modern"))
        raw, message_id = render(scenario, subject, body, [], seed.style, style, rng)
        yield SyntheticAttack(
            raw,
            {
                "message_id": message_id,
                "label": "ham",
                "attack_type": "none",
                "strategy": "none",
                "vector": "text",
                "family": "ham",
                "language": "en",
                "kind": "hard_negative",
                "lure": lure,
                "impersonated": {"name": "", "address": "", "role": "none"},
                "sender": sender.address,
                "reply_to": "",
                "recipients": [recipient.address],
                "lookalike_technique": "",
                "url": "",
                "attachments": [],
                "header_style": style,
                "subtle": False,
                "date": when.isoformat(),
                "index": index,
            },
        )
