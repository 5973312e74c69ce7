"""Family "brisk": terse, casual, phone-typed; few greetings, little punctuation, "sent from my phone"."""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from mailwarden.synth.families.base import Family, Lure, Shape

LURES = {
    "first_contact": Lure(
        subjects=("hey", "you around?", "quick one", "need a hand", "{got|have} {5|a} min?", "urgent"),
        asks=("you {around|free|at your desk}?", "{got|have} a {sec|minute|min}? need {something|a thing} done {asap|fast}",
              "{ping|text} me {back|when you see this}, {need|got} a {quick favor|small job} for you",
              "are you {in|around} {today|this arvo|this morning}? {lmk|let me know}",
              "{need|i need} you {on|for} something {quick|real quick}. {reply|answer} {here|on email} {pls|please}"),
        hooks=("{stuck|jammed} in {meetings|a meeting} all day", "{cant|can't} {talk|take calls} {rn|right now}"),
        reasons=("{keep it|this stays} between us {for now|ok}",),
    ),
    "wire_request": Lure(
        subjects=("wire", "payment {today|now}", "transfer {needed|asap}", "can you send this", "{quick|urgent} payment"),
        asks=("need {a|one} wire {out|sent} today - <amount>. {can you|you able to} {do it|handle it}?",
              "{pls|please} send <amount> {to|over to} the {acct|account} {i'll|i will} {forward|send}. {has to|must} go {today|before 3}",
              "can you {push|get} <amount> {out|through} {before|by} <deadline>? {details|bank info} {to follow|coming}",
              "{we|i} owe <amount> {to|on} {a deal|the deal} {closing|wrapping up} today. {set up|do} the wire {and|then} "
              "{confirm|send me the ref}"),
        hooks=("{closing|signing} {something|a deal} {today|this afternoon}", "{lawyers|legal} {need|want} the {funds|deposit} {now|today}"),
        reasons=("{board|i} {approved|signed off} {already|on it}", "{dont|don't} {wait|hold it} {for|on} {approval|the usual process}, "
                 "{i'll|i will} {sort|paper} it {later|after}"),
        extras=("{send|fwd} me the {confirmation|conf} {when|once} {done|it's out}",),
    ),
    "gift_cards": Lure(
        subjects=("favor", "{gift|giftcards}", "need {cards|these}", "quick errand"),
        asks=("{can|could} you {grab|pick up} <card_count> <card_brand> {cards|giftcards} <card_value> each? "
              "{i'll|ill} {pay you back|reimburse} {today|tonight}",
              "need <card_count> x <card_value> <card_brand> {cards|gift cards}. {scratch|peel} {off|the} back {and|+} "
              "{send|text} me {pics|photos} of the codes",
              "{get|buy} <card_brand> cards ({<card_count>|<card_count> of them}, <card_value>) and {email|send} {me|over} the codes"),
        hooks=("{want|wanna} to {thank|surprise} {the team|some clients}", "{in a meeting|on a call}, {can't|cant} {step out|leave}"),
        reasons=("{it's|its} a surprise {so|dont} {keep quiet|tell anyone}",),
    ),
    "bank_change": Lure(
        subjects=("{new|updated} bank {info|details}", "{acct|account} change", "{remit|payment} info {changed|update}",
                  "<vendor_name> banking"),
        asks=("{heads up|fyi} - {we|<vendor_name>} {switched|changed} banks. {pls|please} {use|pay to} <bank_name> "
              "{acct|account} ...<account_tail> {going forward|from now on}",
              "{can you|pls} {update|swap} our bank {on|in} your {system|records}? new {acct|iban} <iban>",
              "{payments|all payments} {should|need to} go to the new {acct|account} {now|from today} - <bank_name>, "
              "iban <iban>. {old|previous} one {is|got} {closed|shut}"),
        hooks=("{quick|short} note {from|re} {accounts|ar}", "{we|<vendor_name>} {moved|switched} {banks|accounts} {this month|last week}"),
        reasons=("{old|previous} {acct|account} {is|got} {frozen|closed}, {payments|anything sent} will bounce",),
        extras=("{just|pls} {reply|email} {don't|dont} call, {phones|our lines} {are|r} down",),
    ),
    "overdue_invoice": Lure(
        subjects=("inv <invoice_no>", "{unpaid|overdue} {inv|invoice}", "{still|hey} {waiting|chasing} on <invoice_no>",
                  "{payment|pmt} {status|?}"),
        asks=("{hey|hi} - {still|we're still} {waiting on|chasing} {payment|pmt} {for|on} inv <invoice_no> (<amount>). "
              "{when|any idea when} {can we expect it|will it go out}?",
              "inv <invoice_no> {is|now} <days> days {late|overdue}. {can you|pls} {push|pay} it {today|this week}?",
              "{following up|chasing} {on|re} <amount> {owed|outstanding} - {need|gotta have} it {cleared|paid} {by|before} <deadline>"),
        hooks=("{doing|working on} {month end|our books} {here|on our end}",),
        reasons=("{otherwise|or} {we|i} {have to|gotta} {hold|pause} {shipments|your orders}",),
    ),
    "fake_po": Lure(
        subjects=("{PO|order} <po_no>", "new order", "{quote|pricing} {needed|pls}", "{po|order} attached"),
        asks=("{new|another} {po|order} <po_no> - {pls|can you} {confirm|check} {price and|} {lead time|delivery}",
              "{sending|here's} {po|order} <po_no>, <amount>. {need it|need delivery} {by|before} <deadline>",
              "{can you|pls} {quote|price} {this|the items on} {po|order} <po_no>? {thx|thanks}"),
        hooks=("{got|have} {a|one} {rush|new} {job|project} {on|here}",),
        reasons=("{client|customer} {needs|wants} {it|the goods} {fast|soon}",),
    ),
    "payroll_change": Lure(
        subjects=("{direct deposit|dd} {change|update}", "{paycheck|pay} {acct|account}", "{changed|new} bank"),
        asks=("{need to|gotta} {change|update} my {direct deposit|dd} {before|for} {next|the next} payday. {what do you need|how do i do it}?",
              "{can you|pls} {switch|update} my {pay|salary} to {my new|a new} {acct|account}? <bank_name> ...<account_tail>",
              "{hey|hi}, {changed|switched} banks - {can|could} {my|the} {next paycheck|pay on <pay_date>} go to the new {one|account}?"),
        hooks=("{old|my} {bank|account} {got|was} {hacked|compromised|closed}",),
        reasons=("{need|want} it {done|sorted} {before|by} <pay_date>",),
    ),
    "shared_document": Lure(
        subjects=("{doc|file} {for you|shared}", "<doc_title>", "{can you|pls} {look at|review} this", "{sent|shared} you a file"),
        asks=("{shared|sent} {a|the} {doc|file} {with you|your way} on <brand> - <doc_title>. {take a look|have a look} {when you can|asap}",
              "{pls|can you} {review|sign} {the|this} <doc_title> {today|before eod}",
              "{here's|here is} the {file|doc} {we talked about|from earlier}"),
        hooks=("{like|as} {i|we} {said|discussed} {earlier|on the call}",),
        reasons=("{link|it} {expires|goes away} in <days> days",),
    ),
    "mailbox_quota": Lure(
        subjects=("{mailbox|inbox} full", "storage {<quota_pct>%|limit}", "{mail|msgs} {on hold|blocked}"),
        asks=("{ur|your} {mailbox|inbox} {is|hit} <quota_pct>% {full|used}. {upgrade|fix} {storage|it} {below|here} {or|else} "
              "{lose|stop getting} {mail|new emails}",
              "<quota_count> {incoming|new} {messages|emails} {held|blocked} {for|to} <recipient_address>. {release|get} them {now|below}"),
        hooks=("{it dept|helpdesk} {notice|alert}",),
        reasons=("{mail|emails} {will|gets} {deleted|bounced} {after|in} <days> days",),
    ),
    "password_expiry": Lure(
        subjects=("password {expiring|expires today}", "{pw|password} reset {needed|required}", "{keep|renew} password"),
        asks=("{your|ur} password {expires|is expiring} {today|in <days> days}. {keep|renew} {it|same password} {below|here}",
              "{reset|update} {your|ur} {pw|password} {now|today} {or|else} {you'll|you will} {get locked out|lose access}",
              "{password|pw} for <recipient_address> {needs|requires} {renewal|update} {before|by} <deadline>"),
        hooks=("{helpdesk|it} {here|team}",),
        reasons=("{takes|it takes} {1|one} min",),
    ),
    "mfa_reset": Lure(
        subjects=("{mfa|2fa} {reset|update}", "{verify|confirm} {your|ur} {device|phone}", "{sign-in|login} {blocked|alert}"),
        asks=("{new|odd} {login|sign-in} on {your|ur} {acct|account} - {verify|confirm} {it was you|your device} {below|here}",
              "{need|have} {you|u} {to|} {re-enroll|set up again} {mfa|2fa|the authenticator} {before|by} <deadline>",
              "{approve|confirm} the {mfa|2fa} {request|prompt} {and|then} {verify|sign in} {here|below}"),
        hooks=("{moving|migrating} to {a|the} new {mfa|2fa} {system|app}",),
        reasons=("{no|without} {mfa|2fa} = {no|lose} {access|vpn} {from|on} <deadline>",),
    ),
    "voicemail": Lure(
        subjects=("{vm|voicemail} <phone>", "{missed call|new voicemail}", "{voice msg|voicemail} <time_hint>"),
        asks=("{new|1 new} {vm|voicemail} from <phone> (<time_hint>). {listen|play} {below|here}",
              "{missed|you missed} a call from <phone> {at|on} <date_text> - {msg|voicemail} {waiting|saved}"),
        hooks=("<brand> {alert|notification}",),
        reasons=("{auto|will be} {deleted|removed} {in|after} <days> days",),
    ),
    "w2_request": Lure(
        subjects=("w2s", "{need|send} {the|} w-2s", "<tax_year> {w2|w-2}"),
        asks=("{send|email} me {all|everyone's} w-2s {for|from} <tax_year> {as|in} pdf {asap|today}",
              "{can you|pls} {pull|export} {the|} w2s for {all staff|everyone} ({<tax_year>}) {and|then} {send|fwd} {to me|over}?",
              "need {the|} <tax_year> w-2 {pdfs|forms} for {all employees|everyone} {today|by eod}"),
        hooks=("{accountant|cpa} {asking|needs them}",),
        reasons=("{for|it's for} {a review|the audit}",),
    ),
    "employee_list": Lure(
        subjects=("{staff|employee} list", "{roster|headcount} {pls|needed}", "{hr|people} data"),
        asks=("{send|email} me the {full|current} {staff|employee} list {with|incl} {salaries|ssn|dob} {asap|today}",
              "{can you|pls} {export|pull} {everyone's|all} {info|details} ({name, address, ssn|salary, bank}) {and|then} {send|fwd} over?"),
        hooks=("{working on|doing} {a|the} {comp|restructure} {plan|thing}",),
        reasons=("{confidential|keep it quiet}",),
    ),
    "legal_pressure": Lure(
        subjects=("{legal notice|lawsuit}", "case <case_no>", "{final|last} {warning|chance} before {court|filing}"),
        asks=("{pay|settle} <amount> {by|before} <deadline> {or|else} {we|our client} {file|sues}. case <case_no>",
              "{you|your company} {owe|owes} <amount>. {respond|reply} {within|in} <days> days {or|else} {it goes|we go} to court",
              "{this|this is} {a|the} {final|last} {notice|warning} {on|re} case <case_no>. {call|reply} {us|} {today|now}"),
        hooks=("<law_firm> {here|writing}",),
        reasons=("{dont|do not} {involve|tell} {anyone|others} {yet|until resolved}",),
    ),
    "regulator": Lure(
        subjects=("<agency> notice", "{audit|inspection} <case_no>", "{penalty|fine} {notice|pending}"),
        asks=("<agency> {flagged|found} {issues|a violation} ({ref|case} <case_no>). {respond|upload docs} {within|in} <days> days",
              "{fine|penalty} of <amount> {pending|issued}. {review|dispute} {it|the notice} {by|before} <deadline>"),
        hooks=("{official|compliance} {notice|message}",),
        reasons=("{or|else} {more|bigger} {fines|penalties}",),
    ),
    "sextortion": Lure(
        subjects=("{i|I} {see|watched} you", "{your|ur} {device|cam}", "{pay|read this} {or|now}"),
        asks=("{i|I} {got|have} {video|footage} {of you|from your cam}. <btc_amount> btc to <btc_wallet> in 48h or {everyone|your contacts} {sees|get} it",
              "{hacked|got into} {your|ur} {email|pc}. {pay|send} <btc_amount> btc -> <btc_wallet> {or|and} {it goes out|i send it}"),
        hooks=("{been|was} {watching|in your device} {for|a few} {weeks|months}",),
        reasons=("{no|dont} {cops|police}, {i'll know|i will know}",),
    ),
    "malware_document": Lure(
        subjects=("{inv|invoice} <invoice_no>", "{scan|scanned} {doc|file}", "{docs|paperwork}", "{delivery|shipment} <po_no>"),
        asks=("{here's|here is} {the|your} {inv|invoice} <invoice_no>. {pls|please} {check|confirm}",
              "{scanned|signed} {doc|copy} {attached|here}. {open|check} {and|then} {confirm|lmk}",
              "{shipment|pkg} <po_no> {on hold|stuck}. {check|see} {the|} {label|doc} {and|to} {confirm|fix} {address|delivery}"),
        hooks=("{as|like} {promised|requested}",),
        reasons=("{click|hit} enable {content|editing} {to see it|if it looks blank}",),
    ),
    "scam_offer": Lure(
        subjects=("{offer|deal} for you", "{you|u} {won|were selected}", "{easy|quick} money", "{job|work} {offer|from home}"),
        asks=("{you|u} {won|were picked for} <amount>. {send|reply with} {name|your name}, {address|phone} {to|and we'll} {claim|process}",
              "{need|looking for} {a partner|someone} {to|who can} {receive|move} <amount>. {you keep|you get} 30%. {interested|keen}?",
              "{part time|remote} {job|gig}, {earn|make} <amount> {weekly|a month}. {reply|text} {for|to get} {details|info}"),
        hooks=("{got|found} {your|ur} {email|contact} {online|from a friend}",),
        reasons=("{100%|totally} {legit|legal}",),
    ),
}

FAMILY = Family(
    name="brisk",
    language="en",
    description="Terse, casual, phone-typed messages; often lowercase, signed with a first name.",
    lures=LURES,
    greetings=("<recipient_first>", "hey <recipient_first>", "hi", "<recipient_first> -", "yo <recipient_first>"),
    openers=("{hope|hope you're} {good|well}", "{thx|thanks} {for|re} {earlier|yesterday}"),
    urgency=("{asap|need it asap}", "{today pls|today please}", "{time|clock} {sensitive|ticking}", "{before|by} <deadline> {ok|pls}"),
    secrecy=("{keep|this stays} {quiet|between us}", "{dont|don't} {mention|tell} {anyone|the team} {yet|for now}"),
    closers=("{thx|thanks|ty}", "{lmk|let me know}", "{appreciate it|cheers}"),
    signoffs=("<sender_first>", "-<sender_first>", "{thx|thanks}\n<sender_first>", "{sent from my iphone|Sent from my iPhone}",
              "<sender_first>\n\n{Sent from my iPhone|Sent from my phone|Get Outlook for iOS}"),
    cta={
        "link": ("<url>", "{link|here}: <url>", "{go|click} {here|this} <url>", "{see|open} <url>"),
        "attachment": ("{see|check} {attached|attachment}", "{attached|attachment} {here|below}", "{file|doc} {attached|is attached}"),
        "qr_code": ("{scan|scan the} {qr|QR} {w/|with} {ur|your} phone", "{qr|QR} {code|} attached - {scan it|scan to continue}"),
        "calendar": ("{sent|sending} {an|a} {invite|calendar invite} - {join|link} {in there|inside}", "{invite|meeting} link: <url>"),
        "password": ("{pw|password}: <zip_password>", "{pass|code} {is|=} <zip_password>"),
    },
    signatures=("", "<sender_name>", "<sender_first> <phone>"),
    reply_quotes=("{sounds good|ok}, {will check|checking} {tmrw|tomorrow}", "{can u|can you} {send|resend} {it|the file}?",
                  "{got it|noted} {thx|thanks}", "{we|i} {need|want} {the|} {numbers|update} {by|before} {fri|friday}"),
    reply_intros=("On <date_text> <quoted_name> wrote:", "<quoted_name> wrote:"),
    shape=Shape(lengths=(0.65, 0.3, 0.05), p_greeting=0.35, p_opener=0.2, p_urgency=0.5, p_secrecy=0.4,
                p_closer=0.4, p_signature=0.3, p_lowercase=0.45, p_typos=0.45, typo_rate=(0.02, 0.08),
                p_empty_subject=0.08, p_fake_reply_prefix=0.12, paragraph_break="\n"),
    reply_prefix="Re: ",
    forward_prefix="Fwd: ",
)
