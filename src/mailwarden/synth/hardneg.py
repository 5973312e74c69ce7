"""Hard negatives: ordinary mail that talks about invoices, payments and passwords, from known senders,
mixed with benign first contacts from outside (`mailwarden.synth.outside`).

They teach a model that the words alone ("invoice", "wire", "password") are not the attack, nor is a
sender the organization never wrote to; the labels mark them `label: ham`, `attack_type: none`.
"""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from random import Random

from mailwarden.synth import fictional
from mailwarden.synth.families.base import Family, Lure, Shape
from mailwarden.synth.generator import DEFAULT_DATE_RANGE, SyntheticAttack, good_label
from mailwarden.synth.outside import outside_message
from mailwarden.synth.render import render
from mailwarden.synth.scenario import Party, Scenario, _date
from mailwarden.synth.seed import OrgSeed
from mailwarden.synth.slots import base_slots

_SYSTEM_REASONS = ("{Questions|Problems}? {Contact|Call} the {help desk|service desk} {at|on} <phone>.",
                   "{IT|The help desk} will never ask for your password by email.",
                   "{Please do not reply to this message|Replies to this address are not monitored}.")
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
    # Real workflows that read like the attacks they resemble: HR confirming a bank change, IT asking
    # everyone to change a password at next login, an approved access request, a manager asking for a
    # payment that is already in the system, legal's document hold, a colleague asking for a list.
    # Without them a model learns "direct deposit", "password" or "wire" from a colleague => attack.
    "hr_confirmation": Lure(
        subjects=("{Payroll|HR} confirmation", "Direct deposit {updated|change processed}", "Your benefits elections",
                  "{Confirmation|Notice}: {payroll|personnel} change", "Your W-2 is available"),
        asks=(
            "This {confirms|is to confirm} that your direct deposit {change|update} was {processed|entered} in the "
            "payroll system. It takes effect {with|from} the <pay_date> {pay date|check}.",
            "{Your|The} {benefits|open enrollment} elections {were recorded|have been saved} {as submitted|on <date_text>}. "
            "{Keep this note for your records|No further action is needed}.",
            "{Your|The} <tax_year> W-2 {can now be viewed|is now available} in the {HR portal|employee self-service site} "
            "{under Pay|in the usual place}. Paper copies {go out|will be mailed} {by|before} <deadline>.",
            "We {received|have} your {form|request} to split your pay between two accounts; {payroll|HR} will "
            "{apply|set up} it {from the next cycle|after the cut-off on <deadline>}.",
            "{Note|Please note}: {your|this period's} {check|pay} will be a {paper|hard copy} check {because|as} the "
            "{new|updated} {account|bank details} {was|were} entered after the cut-off.",
        ),
        reasons=("{Questions|If anything looks wrong}, {call|contact} the HR service line {at|on} <phone>.",
                 "{This is|It is} {an automatic|a standard} {confirmation|notice} from {Payroll|HR Services}."),
    ),
    "it_change": Lure(
        subjects=("{System|Mail} migration {tonight|this weekend}", "{Please read|Action needed}: {new|upgraded} "
                  "{workstations|accounts}", "{VPN|Remote} access {approved|set up}", "New phone enrollment",
                  "{Outage|Maintenance} window <deadline>"),
        asks=(
            "IT {will|is going to} {migrate|move} {all|the} {mailboxes|accounts} {tonight|over the weekend}. "
            "{Please|Remember to} log off before you leave; {tomorrow|on Monday} you will {sign in|log in} with your "
            "{usual|current} ID and be asked to {choose|set} a new password.",
            "Your {remote access|VPN} request {was approved|has been approved}. {Access|Dial-in permission} {is|will be} "
            "{active|granted} within 24 hours; the {setup|install} instructions are {attached|on the IT page}.",
            "{We are|IT is} {replacing|upgrading} the {desktops|laptops} on {your floor|the <team> floor} on <deadline>. "
            "{Save|Please save} your files to the {shared drive|network drive} {beforehand|the day before}.",
            "{If you have a new phone|After the phone upgrade}, {stop by|visit} the service desk {to|and we will} "
            "{re-enroll|set up} your {sign-in app|authenticator} {in person|with you}.",
            "{The|Our} {mail|file} servers {will be|are} {down|unavailable} {between|from} {8 and 11 pm|10 pm to 2 am} "
            "on <deadline> for {patching|an upgrade}.",
        ),
        reasons=("{Questions|Problems}? {Call|Ring} the {help desk|service desk} on <phone>.",
                 "{We will|IT will} never ask for your password by email."),
    ),
    "exec_request": Lure(
        subjects=("<vendor_name> payment", "{Closing|Settlement} {funds|payment}", "{Approved|Signed} contract",
                  "{Wire|Payment} for {the|our} {closing|deal}"),
        asks=(
            "{The|Our} {agreement|contract} with <vendor_name> {is signed|was executed}; {please|can you} {schedule|set up} "
            "the {first|initial} payment {through|in} the {usual|normal} {approval|AP} {workflow|process}.",
            "Treasury has the {wire|settlement} instructions for {the|Friday's} closing {on file|from the signed docs}; "
            "{please|could you} {release|confirm} the payment once {legal|the deal desk} {signs off|confirms}.",
            "{Can you|Please} {check|confirm} {with|against} the contract {that|whether} the <vendor_name> invoice "
            "({amount|total} <amount>) {matches|agrees with} the {agreed|approved} {rate|price} before it {goes|is paid}?",
            "{I've|I have} {approved|signed} the {purchase request|PO} {in the system|online}; {please|can you} "
            "{route|send} it to {procurement|purchasing} {as usual|for processing}.",
        ),
        reasons=("{The documents|Everything} {are|is} in the {deal|contract} folder {as usual|on the shared drive}.",),
    ),
    "legal_hold": Lure(
        subjects=("{Document|Litigation} hold notice", "Records retention reminder", "{Subpoena|Request} received - "
                  "please preserve"),
        asks=(
            "{Legal|The legal department} {has|have} {issued|put in place} a {document|litigation} hold. {Please|You must} "
            "{keep|preserve} all {records|email and files} {about|related to} the <vendor_name> {matter|contract} "
            "{and not delete them|until further notice}.",
            "{As a reminder|Per company policy}, {please|do} {not destroy|keep} {any|all} documents {about|relating to} "
            "{the|this} {matter|review}; the {general counsel's|legal} office will {contact|reach out to} you {if|when} "
            "{anything|more} is needed.",
            "{We|Legal} {received|have} a {records request|subpoena} {in|for} {case|matter} <case_no>. {Nothing|No "
            "action} is needed from you {yet|now}; {please|just} {keep|preserve} the {files|documents} you have.",
        ),
    ),
    "internal_data": Lure(
        subjects=("{Headcount|Staff} list for the budget", "{Org chart|Team roster} update", "{Numbers|Figures} for "
                  "the review"),
        asks=(
            "{Could you|Can you} {update|check} the <team> headcount {sheet|list} on the shared drive {before|by} "
            "<deadline>? {Names and roles|Names and cost centers} {only|are enough}.",
            "{For|Ahead of} the {budget|planning} {review|meeting}, {please|can you} {send|put} the {team|department} "
            "{roster|org chart} {in|into} the {planning|usual} folder?",
            "{I need|Please send} the {monthly|quarterly} {figures|numbers} for <team> {for|before} the {review|call} on "
            "<deadline>; {same format|the usual template} {as|like} last time.",
        ),
    ),
    # The organization's own systems (quota_notice, account_notice, system_job): they read like
    # credential lures but ask for nothing but housekeeping (no sign-in link, no password).
    "quota_notice": Lure(
        subjects=("Your mailbox is {over|near} its size limit", "{Mailbox|Mail} {size|quota} warning", "{Warning|Notice}: mailbox almost full"),
        asks=(
            "Your mailbox {has reached|is at} <quota_pct>% of its {limit|quota}. {Delete|Remove} items you no longer need, {empty|clear} Deleted Items, or {move|archive} older mail to a {personal folder|local archive} to {free|make} space.",
            "{Your mailbox has exceeded|The size of your mailbox is over} {the warning limit|one of the limits} {set by|configured by} {the administrator|IT}. {You may not be able to|Soon you cannot} send {new|} mail until {it is|you make it} smaller; {deleting|archiving} {old items|attachments} {fixes|solves} this.",
        ),
        reasons=_SYSTEM_REASONS,
    ),
    "account_notice": Lure(
        subjects=("{Password|Account} {reset|change} {confirmation|completed}", "{Account|Your account} {unlocked|lockout cleared}", "Password {changed|reset}"),
        asks=(
            "The password for {your account|your network ID} {was|has been} reset {as requested|at your request} {on <date_text>|today}. {If you did not ask for this|If this was not you}, {call|contact} the {help desk|service desk} {at|on} <phone>.",
            "{THIS IS A GENERATED EMAIL - DO NOT REPLY.|This message was generated automatically; replies are not read.} {Your|The} {account|ID} {was|has been} unlocked {after|following} {too many|several} {failed sign-ins|bad password attempts}.",
        ),
        reasons=_SYSTEM_REASONS,
    ),
    "system_job": Lure(
        subjects=("{Automatic|Automated} notice: <team> {reports|jobs}", "{Scheduled|Planned} {outage|restart} - <deadline>", "Delivery {delayed|status notification}",
                  "{Backup|Archive} {completed|finished}", ""),
        asks=(
            "{The|Your} <team> {report|extract} {job|run} {completed|finished} {at|on} <date_text> {with no errors|without warnings}. {Output is|Files are} in the {usual|shared} folder.",
            "{Servers|Mail and file servers} {restart|will be restarted} on <deadline> {between|from} {9 and 11 pm|midnight and 2 am}. {Save your work|Log off} {before you leave|at the end of the day}; nothing else is needed.",
            "{Your message|The message you sent} to <colleague_first> {has not been delivered yet|is delayed}. {The server will keep trying|Delivery will be retried} for {two|three} days; {you do not need to resend it|no action is required}.",
            "{The nightly|Last night's} backup of {your|the <team>} {share|drive} {completed|finished} {normally|successfully}. {This is an automatic notice|Nothing needs doing}.",
        ),
        reasons=_SYSTEM_REASONS,
    ),
    # The organization's own business systems asking to sign in and act (approve an invoice, finish a
    # course, certify access), with a link to the organization's own host: worded like a credential
    # lure, but what tells them apart is where the link goes, and the model must learn to look there.
    "internal_workflow": Lure(
        subjects=("{Action required|Action needed|Reminder}: {an item|a request|a task} {awaiting|pending} your {approval|action}",
                  "{You have|There are} <quota_count> {items|tasks} {waiting|pending} {for you|in your queue}",
                  "{Workflow|System} notification", "{Reminder|Notice} from the <team> {workflow|approval} system",
                  "{Pending|Outstanding} {action|task} {due|by} <deadline>"),
        asks=(
            "{An invoice|A vendor invoice} from <vendor_name> (<invoice_no>) is {waiting for|awaiting} your approval {and is now past due|since <date_text>}. {Log in|Sign in} to the {invoice approval|accounts payable} system {to approve, reject or forward it|and take action}: <url>",
            "{Your|The} expense report {dated|submitted on} <date_text> {was returned|needs changes} {before it can be paid|by your approver}. {Open|Review} it in the expense system: <url>",
            "You have <quota_count> {requests|items} {waiting|pending} {in|for} your approval queue{, the oldest from <date_text>|}. {Review them|Approve or reject them} {at|here:} <url>",
            "{Our records show|Records show} that your {annual|required} {compliance|security awareness|code of conduct} training {is overdue|was due on <date_text>}. {Complete it|Please complete the course} on the {learning portal|training site}: <url>",
            "{As a manager|As the owner of <team> systems}, {you are asked to|please} {confirm|review} who {still needs|should keep} access {before|by} <deadline>. {The review list is|Your list is} {at|on} <url>",
            "{Shopping cart|Purchase request} <po_no> {from|submitted by} <colleague_first> {requires|needs} your approval. {Sign in with your usual network ID and password|Use your usual ID to sign in}: <url>",
            "{Please|Remember to} {approve|submit} {your team's|your} timesheets {for|before} <deadline>. {The timesheet system|Time entry} is at <url>",
        ),
        reasons=("{This message was sent automatically|This is an automated notice} by the <team> {workflow|approval} system.",
                 *_SYSTEM_REASONS),
    ),
    # Staff writing to an executive for the first time: thanks, worries, ideas; they ask for a meeting
    # or attention, never for money or data.
    "to_leadership": Lure(
        subjects=("{Thank you|Thanks}", "{A|One} {concern|worry}", "An idea", "{Encouragement|Support}", "{Question|A question} from <team>",
                  "{Employee|Staff} {suggestion|idea}", "", "{Hang in there|Keep going}"),
        asks=(
            "I {have never written to you before|don't usually write to senior people}, but I wanted to {say thank you|thank you} for {your message|the town hall} {today|this week}. {It meant a lot to|It helped} {many of us|people on <team>}.",
            "{I am|I'm} {worried|concerned} about {morale|how people are doing} on {the|our} <team> {floor|team} {since|after} {the announcement|the news}. {Would you consider|Could you} {a short visit|stopping by} {some time|next week}?",
            "{An idea|A suggestion} {from|for} {the|our} <team> team: {instead of|rather than} {the holiday party|the usual event}, {we could|why not} {put the money toward|give the budget to} {a charity|the employee fund}. {Happy to help organize|I would be glad to help}.",
            "{Hang in there|Keep your head up}. {If anyone can get us through this|We believe you can turn this around}, {it is you|it's you}{, and|. And} {most of us|all of us on <team>} {are behind you|still believe in this company}.",
            "{Could I|May I} {get|have} {ten|fifteen} minutes {on your calendar|of your time} {to talk about|about} {the <team> reorganization|how the changes affect my group}? {Your assistant|I} can {find|suggest} a time.",
            "{I|We} {noticed|saw} that {visitor badges are not being checked|the front desk seems unattended} {since|after} {the layoffs|the changes}. {I thought you should know|Someone should look at it}.",
        ),
        hooks=("{I've been|I have been} {with the company|on <team>} {for|about} {six|eleven|three} years.",
               "{Sorry for writing directly|I hope it is all right to write to you directly}."),
        reasons=("{No reply needed|You do not need to reply}; {I just wanted you to know|I wanted to say it}.",),
    ),
    # What people thumb out on the way somewhere: short, often no subject, the device's footer.
    "phone_note": Lure(
        subjects=("", "{call me|ring me}", "running late", "{re: |}tomorrow", "{quick|} update", "{in|at} the airport"),
        asks=(
            "{Call|Ring} <colleague_first> at <phone> {if you get this|when you can}.",
            "{running|I'm running} {late|behind}, {start without me|go ahead and start}. {there in|back in} {10|20} min",
            "{just landed|at the gate}. {will|I'll} {read|look at} the {draft|deck} {tonight|on the plane}",
            "{ok|sounds good}, {let's|lets} {move|push} it to <deadline>",
            "{can you|could you} {print|bring} {the|two copies of the} {agenda|contract summary} {for|to} the {2pm|3:30}?",
            "{saw|got} your {note|voicemail}. {talk|speak} {tomorrow|in the morning}",
        ),
    ),
    # A colleague's file for a review the recipient already expects.
    "shared_file": Lure(
        subjects=("", "{Summary|Notes} for our review", "{Draft|Revised} <team> {plan|numbers}", "{Year-end|Quarterly} review"),
        asks=(
            "{The|This} attached file is {the|a} summary of what I {wanted|hoped} to {go over|cover} {with you|} {at|in} {our|the} review. {Let me know|Tell me} when you have {time|half an hour}.",
            "{Attached is|Here is} the {revised|updated} <team> {plan|forecast}; {I changed|only} {the second tab|the assumptions page}. {Comments welcome|Shout if it looks off}.",
            "{As promised|Per our talk}, the {notes|draft} from {Tuesday|the offsite} {are attached|attached}. {It shouldn't take long to read|Short read}.",
        ),
    ),
    # A colleague the profile has not met yet (new hire, new shared mailbox): first contact from inside
    # is everyday mail, not an attack.
    "new_colleague": Lure(
        subjects=("lunch?", "", "hi", "Intro", "{Quick|Small} question", "{Monday|Tomorrow}", "new {desk|seat}", "Re: welcome"),
        asks=(
            "{are you around|are you in today}? {i think|I believe} we're on the same floor now. {how about|up for} lunch {next week|on Thursday}?",
            "{I just joined|I started this week on|I moved over to} the <team> team{ and|;} <colleague_first> {said|told me} you {know|are the person to ask about} the {reporting|scheduling|contracts} process. {Could|Can} we {grab 15 minutes|find half an hour} {this week|sometime}?",
            "{Thanks for|Appreciate} {the welcome|showing me around} {yesterday|on Monday}. {Where|Which room} is the {Tuesday|weekly} <team> meeting?",
            "{Hi|Hey}, I'm <new_first>, the new {analyst|coordinator|assistant} {for|on} <team>. {Just saying hello|Looking forward to working with you}.",
            "{Do you still have|Did you keep} the {slides|notes} from {the offsite|last week's review}? {No rush|Whenever you get a chance}.",
            "{We're|I'm} {moving|switching} the <team> {catch-up|sync} to <deadline>; {shout|let me know} if that {clashes|doesn't work}.",
        ),
        hooks=("{Sorry to bother you|Hope this finds you well} - {I'm new here|still finding my feet}.",),
        reasons=("{My extension is|You can reach me on} <phone>.",),
    ),
}

_TEAMS = ("trading", "risk", "legal", "finance", "scheduling", "origination", "operations", "research", "IT")

HAM_FAMILY = Family(
    name="ham",
    language="en",
    description="Ordinary business mail about money and accounts.",
    lures=_LURES,
    greetings=("Hi <recipient_first>,", "<recipient_first>,", "Hello all,", "Good morning,"),
    openers=("{Hope you had|Hope you've had} a good {weekend|week}.",),
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


# What systems send: no greeting, no closing pleasantries.
SYSTEM_FAMILY = replace(HAM_FAMILY, name="ham-system", greetings=("",), openers=(), closers=(), signoffs=("",),
                        signatures=("<sender_name>", "{Automated message|Do not reply}"),
                        shape=Shape(p_greeting=0.0, p_urgency=0.0, p_closer=0.0, p_signature=0.5, p_typos=0.0,
                                    p_fake_reply_prefix=0.0))
_SYSTEM_LURES = frozenset({"quota_notice", "account_notice", "system_job", "internal_workflow"})
# (name, mailbox, host) of the organization's own business systems (internal_workflow)
_WORKFLOW_APPS = (("Workflow Notifications", "workflow", "workflow"), ("Employee Portal", "portal", "portal"),
                  ("Approvals", "approvals", "approvals"), ("", "noreply", "apps"),
                  ("Business Systems", "business.systems", "intranet"), ("Self Service", "selfservice", "my"))

# Notes thumbed out on a phone: rarely a greeting, the device's footer for a signature.
PHONE_FAMILY = replace(
    HAM_FAMILY,
    name="ham-phone",
    greetings=("<recipient_first> -", "<recipient_first>,"),
    closers=(),
    signoffs=("", "-<sender_first>", "<sender_first>"),
    signatures=("--------------------------\nSent from my BlackBerry Wireless Handheld", "Sent from my iPhone",
                "Sent from my mobile device", "Sent from my Palm", "-- sent from my phone, excuse typos"),
    shape=Shape(lengths=(1.0, 0.0, 0.0), p_greeting=0.15, p_urgency=0.0, p_closer=0.0, p_signature=0.9,
                p_lowercase=0.3, p_typos=0.2, p_fake_reply_prefix=0.0),
)
_SYSTEM_BOXES = (("System Administrator", "system.administrator"), ("IT Service Desk", "servicedesk"),
                 ("Postmaster", "postmaster"), ("Mail Administrator", "mailadmin"), ("", "noreply"),
                 ("Help Desk", "helpdesk"), ("Security Administration", "security.admin"))


# Share of the hard negatives that are benign first contacts from outside (newsletters, notifications,
# sales pitches, invitations, recruiters, inquiries, press, applicants, new suppliers, surveys; see
# `mailwarden.synth.outside`). Synthetic attacks mostly come from unknown outside senders; if the good
# mail only came from colleagues and known vendors, a model would learn "unknown outside sender =>
# attack" and flag every legitimate first contact.
OUTSIDE_SHARE = 0.5


def generate_hard_negatives(
    seed: OrgSeed,
    n: int,
    rng_seed: int = 0,
    header_style: str | None = None,
    date_range: tuple[datetime, datetime] | None = None,
) -> Iterator[SyntheticAttack]:
    """`n` good messages: ordinary mail about money and accounts from the organization's people and
    vendors, interleaved with benign first contacts from outside (`OUTSIDE_SHARE` of them, at fixed
    positions, so the same seed gives the same bytes)."""
    date_range = date_range or seed.date_range or DEFAULT_DATE_RANGE
    for index in range(n):
        outside_before = math.floor(index * OUTSIDE_SHARE)
        if math.floor((index + 1) * OUTSIDE_SHARE) > outside_before:
            raw, label = outside_message(seed, outside_before, rng_seed, header_style, date_range)
            yield SyntheticAttack(raw, {**label, "index": index})
        else:
            yield _known_sender_message(seed, index - outside_before, rng_seed, header_style, date_range, index)


def _known_sender_message(
    seed: OrgSeed,
    number: int,
    rng_seed: int,
    header_style: str | None,
    date_range: tuple[datetime, datetime],
    index: int,
) -> SyntheticAttack:
    """The `number`-th message from a colleague or known vendor (placed at `index` in the output)."""
    rng = Random(f"ham:{rng_seed}:{number}")
    lure = rng.choice(sorted(_LURES))
    when = _date(rng, date_range, seed.style.utc_offsets)
    recipient = rng.choice(seed.vips() if lure == "to_leadership" else seed.people)
    url = ""
    if lure == "internal_workflow":
        title, box, host = rng.choice(_WORKFLOW_APPS)
        sender = Party(title, f"{box}@{seed.primary_domain}", "it_service")
        domain = seed.primary_domain
        path = rng.choice(("", "/", "/login", "/approvals", f"/item/{rng.randrange(10_000, 99_999)}", "/home.asp"))
        url = f"{rng.choice(('http', 'https'))}://{host}.{seed.primary_domain}{path}"
    elif lure in _SYSTEM_LURES:
        title, box = rng.choice(_SYSTEM_BOXES)
        sender = Party(title, f"{box}@{seed.primary_domain}", "it_service")
        domain = seed.primary_domain
    elif lure == "to_leadership" and rng.random() < 0.6:  # most who write to the top never did before
        sender, domain = _newcomer(rng, seed), seed.primary_domain
    elif lure == "vendor_invoice" and seed.vendors:
        vendor = rng.choice(seed.vendors)
        sender = Party(vendor.contact_name or vendor.name, vendor.address, "vendor")
        domain = vendor.domain
    elif lure == "new_colleague":
        sender, domain = _newcomer(rng, seed), seed.primary_domain
    else:
        person = rng.choice([p for p in seed.people if p.address != recipient.address] or seed.people)
        sender = Party(person.name, person.address, "employee")
        domain = person.domain
    family = PHONE_FAMILY if lure == "phone_note" else SYSTEM_FAMILY if lure in _SYSTEM_LURES else HAM_FAMILY
    scenario = Scenario(
        kind="hard_negative",
        lure=lure,
        attack_type="none",
        strategy="none",
        vector="link" if url else "text",
        family=family,
        when=when,
        sender=sender,
        recipients=[Party(recipient.name, recipient.address, "employee")],
        impersonated=Party("", "", "none"),
        envelope_domain=domain,
        url=url,
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
        url=url,
        attachment_name="",
        team=rng.choice(_TEAMS),
        colleague_first=rng.choice(seed.people).first,
        new_first=sender.name.split()[0] if sender.name else "",
    )
    subject, body = family.compose(lure, "text", slots, rng)
    style = header_style or seed.style.headers
    if style == "mixed":
        style = rng.choice(("archive", "modern"))
    raw, message_id = render(scenario, subject, body, [], seed.style, style, rng)
    # One writer in the labels ("ham"): the phone and system variants are its layouts, not new authors.
    return SyntheticAttack(raw, good_label(scenario, message_id, style, [], index, HAM_FAMILY.name))


def _newcomer(rng: Random, seed: OrgSeed) -> Party:
    """A colleague the profile has never seen: a new name with a mailbox at the organization's domain."""
    name = fictional.person_name(rng)
    return Party(name, f"{fictional.mailbox_name(name, rng)}@{seed.primary_domain}", "employee")
