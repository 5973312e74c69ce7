"""Family "corporate": polished, formal business English; full sentences, titled signatures."""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from mailwarden.synth.families.base import Family, Lure, Shape

LURES = {
    "first_contact": Lure(
        subjects=("{Quick|Brief} {request|question}", "Are you {available|in the office}?", "{Request|Task} for you",
                  "{Confidential|Private} matter", "{Do you have|Got} a moment?"),
        asks=("Are you {at your desk|in the office|available} {right now|at the moment|this {morning|afternoon}}? "
              "I {need|would like} your {help|assistance} with {something|a task} {that cannot wait|that is time-sensitive}.",
              "Please let me know {if you are available|when you have a {moment|few minutes}}. I have a "
              "{confidential|discreet} {task|assignment} I would like you to handle {personally|directly}.",
              "{Could|Can} you {do me a quick favour|help me with something} {today|this {morning|afternoon}}? "
              "Reply {to this email|here} when you {see this|get a chance}.",
              "I {need|require} you to {take care of|handle} an {urgent|important} matter for me. "
              "{Please confirm|Confirm} {you are around|your availability} and I will {send|share} the details."),
        hooks=("I am {tied up in|stepping into} {meetings|a board session|back-to-back calls} {for the rest of the day|until late}.",
               "I am {travelling|on the road} and can only {communicate|correspond} by email {at the moment|today}."),
        reasons=("It is a {sensitive|confidential} {matter|item} and I would prefer to keep it {between us|within a small group} for now.",),
        extras=("I will explain {everything|the background} {once we speak|when I am back}; for now I just need to know "
                "{I can count on you|you are available}.",),
    ),
    "wire_request": Lure(
        subjects=("{Wire|Payment} {request|instruction}", "{Urgent|Time-sensitive} {payment|transfer}",
                  "{Outgoing|International} wire - {today|action required}", "{Acquisition|Deal} {payment|funding}",
                  "Transfer to process {today|before cut-off}"),
        asks=("Please {process|initiate|arrange} a {wire transfer|payment} of <amount> to the {account|beneficiary} "
              "{below|I will send shortly} {today|before the {cut-off|end of day}}.",
              "I need you to {release|send} <amount> {via wire|by bank transfer} {this {morning|afternoon}|as soon as possible}. "
              "{Reply|Let me know} {with|and I will forward} the {banking details|beneficiary details}.",
              "{Kindly|Please} {confirm|let me know} {how quickly|whether} we can {complete|execute} a {same-day|priority} "
              "{wire|transfer} of <amount>; {code|book} it to {consulting fees|the project account|professional services}.",
              "We are {finalising|closing} a {confidential acquisition|strategic agreement} and {need|must} "
              "{fund|remit} <amount> {to the escrow agent|to our counsel's account} {today|by <deadline>}."),
        hooks=("{As discussed with|Following my call with} {our attorneys|the board|the lawyers}, we are {closing|finalising} "
               "a {transaction|deal} {this week|today}.",
               "I am {working on|finalising} a {confidential|sensitive} {acquisition|partnership} {in <city>|overseas}."),
        reasons=("The {counterparty|seller} {requires|expects} {the deposit|payment} {before|by} <deadline> {to hold|or we lose} "
                 "{the terms|our position}.",
                 "This {has been approved|is approved} {by the board|at my level} and {will be|is} {documented|papered} "
                 "{next week|after closing}."),
        extras=("Once {the transfer is complete|it is done}, please send me the {confirmation|reference number} "
                "{so I can|and I will} {forward it to|inform} the {lawyers|other side}.",
                "{Our|The} {outside counsel|attorney}, {who is|acting} on the matter, {may|will} {contact|email} you "
                "{directly|separately} {with the details|to confirm}."),
    ),
    "gift_cards": Lure(
        subjects=("{Quick|Small} favour", "{Client|Staff} appreciation", "{Gift cards|Cards} {request|needed}",
                  "{Surprise|Thank-you} for the team"),
        asks=("{Could|Can} you {purchase|pick up} <card_count> <card_brand> gift cards {of|at} <card_value> each "
              "{today|this afternoon}? I {will reimburse|will refund} you {later today|by end of week}.",
              "I {need|would like} you to {buy|get} <card_count> <card_brand> {cards|gift cards} (<card_value> each). "
              "{Scratch|Uncover} the {back|codes} and {send|email} me {photos|pictures} of {them|the codes}.",
              "Please {arrange|organise} <card_brand> {gift cards|cards} for <card_count> {staff members|clients} "
              "{in|at} <card_value> {denominations|each} and {email|send} me the {codes|card numbers} {once purchased|when done}."),
        hooks=("I {want|would like} to {surprise|thank} {some of the team|a few clients} {for their hard work|this week}.",
               "I am {in a meeting|at a conference} and {cannot|can't} {step out|buy them myself}."),
        reasons=("It is {a surprise|confidential}, so please {keep it between us|do not mention it} {for now|until I announce it}.",
                 "{Expense it|Keep the receipt} and {submit it|we will settle it} {through expenses|next week}."),
        extras=("{Let me know|Tell me} {how soon|when} you can {get this done|have them}, {as|since} I {need|want} them "
                "{before|by} <deadline>.",),
    ),
    "bank_change": Lure(
        subjects=("{Updated|Change of} {banking|bank} {details|information}", "{Remittance|Payment} details {update|change}",
                  "<vendor_name> - new {bank account|remittance instructions}", "{Important|Notice}: {bank|account} change"),
        asks=("Please {update|amend} our {remittance|banking} details {in your system|on your vendor file} {before|prior to} "
              "the next payment: <bank_name>, account {ending|number ending} <account_tail>, IBAN <iban>.",
              "{Kindly|Please} {direct|remit} {all future|outstanding} payments {to|into} our {new|updated} account at "
              "<bank_name> (IBAN <iban>) {effective immediately|from today}.",
              "{Could you|Please} {confirm|let us know} {once|when} our {vendor record|supplier profile} has been "
              "{updated|changed} {with|to} the {new|attached} {account|bank} details, {so that|as} invoice <invoice_no> "
              "{can be settled|is due}."),
        hooks=("{Due to|Following} {an internal audit|a change in our banking partner|our year-end restructuring}, "
               "<vendor_name> has {moved|changed} {its|our} {accounts receivable|banking}.",
               "{As part of|Following} {our migration|a consolidation} {to|with} a new {bank|treasury provider}, "
               "our {payment|remittance} details have changed."),
        reasons=("Our {previous|old} account {is being|has been} {closed|frozen for audit} and {payments to it|any transfer} "
                 "{will be returned|may be delayed}.",
                 "{Please do not|Do not} {send|remit} {to|via} the {old|previous} account {as|since} it is "
                 "{no longer active|under review}."),
        extras=("{Should you|If you} {have any questions|need verification}, {please|kindly} reply to this email "
                "{rather than calling|as our phone lines are being migrated}.",),
    ),
    "overdue_invoice": Lure(
        subjects=("{Overdue|Outstanding|Past due} invoice <invoice_no>", "{Second|Final} {reminder|notice}: invoice <invoice_no>",
                  "{Payment|Balance} {reminder|due} - <vendor_name>", "Statement of account - <vendor_name>"),
        asks=("{Our records show|We note} that invoice <invoice_no> for <amount> {remains unpaid|is now <days> days overdue}. "
              "{Please|Kindly} {arrange|schedule} payment {today|at your earliest convenience}.",
              "{Please|Kindly} {settle|process} the {outstanding|overdue} balance of <amount> {on|for} invoice <invoice_no> "
              "{to avoid|before} {a late fee|suspension of service|referral to collections}.",
              "Could you {confirm|advise} {the payment date|when payment will be made} for invoice <invoice_no> "
              "(<amount>)? {It is|This is} {now|currently} {past due|overdue}."),
        hooks=("{We are|I am} {reviewing|reconciling} {our|the} {accounts receivable|open items} {for|with} <org_name>.",
               "{I hope|Trust} all is well. {I am|We are} {following up|writing} {regarding|about} {an open|an unpaid} "
               "{item|invoice} on your account."),
        reasons=("{Our finance team|Accounts} {must|needs to} {close|finalise} the {quarter|month} {by|on} <deadline>.",
                 "{Further|Any further} delay {will|may} {affect|put on hold} {upcoming deliveries|your account terms}."),
        extras=("{If|In case} payment has already been {made|sent}, please {send|share} the {remittance advice|confirmation} "
                "{so we can|and we will} {reconcile|update} our records.",),
    ),
    "fake_po": Lure(
        subjects=("{Purchase order|PO} <po_no>", "{New|Revised} {purchase order|order} - <org_name>",
                  "{Request for quotation|RFQ} <po_no>", "{Order confirmation|PO confirmation} required"),
        asks=("Please {find|review} {our|the} {purchase order|PO} <po_no> {and confirm|to confirm} {pricing|availability} "
              "{and delivery dates|by <deadline>}.",
              "{Kindly|Please} {review|sign} the {attached|enclosed} {purchase order|order} <po_no> and {return|reply} "
              "{with|to confirm} {acceptance|your quotation}.",
              "We {would like|intend} to {place|confirm} an order ({PO|reference} <po_no>, <amount>). Please "
              "{review|check} the {specification|line items} and {confirm|advise} {lead time|delivery}."),
        hooks=("{Our procurement team|We} {have|has} {selected|shortlisted} <org_name> {as a supplier|for a new project}.",
               "{Following|Further to} {our|the} {recent|previous} {discussion|tender}, we are {ready|pleased} to proceed."),
        reasons=("{Delivery|Shipment} is {required|needed} {before|by} <deadline> {for|to meet} {our project|the client} timeline.",),
        extras=("{Payment terms|Terms} {are|will be} {net 30|30 days} {upon|after} {receipt of goods|invoice}.",),
    ),
    "payroll_change": Lure(
        subjects=("{Direct deposit|Payroll} {update|change}", "{Change|Update} of {bank|salary} account",
                  "{Payroll|Salary} {account|details} {update|request}"),
        asks=("I {would like to|need to} {update|change} my {direct deposit|salary account} {before|ahead of} the next "
              "{pay run|payroll} on <pay_date>. {What|Which} {information|form} do you {need|require} from me?",
              "Please {update|change} my {direct deposit|payroll} {information|account} to <bank_name>, account "
              "{ending|number ending} <account_tail>, {effective|starting} {this pay period|<pay_date>}.",
              "{Could you|Can you} {let me know|advise} {the process|how} to {change|switch} the bank account {for|on} "
              "my {salary|paycheck}? I {have|recently} {changed|moved} banks."),
        hooks=("I {have|recently} {opened|moved to} a new account {with|at} <bank_name>.",
               "{Due to|Because of} {an issue|a problem} with my {current|existing} {bank|account}, I {need|want} to switch."),
        reasons=("{It is|This is} {important|essential} {that|the change is made} {before|ahead of} <pay_date> {as|since} "
                 "the old account {is being closed|will be closed}.",),
        extras=("I am {out of the office|in meetings} {most of the day|today}, so email {is best|works best} {for me|to reach me}.",),
    ),
    "shared_document": Lure(
        subjects=("<sender_name> {shared|has shared} \"<doc_title>\" with you", "{Document|File} {shared|for review}: <doc_title>",
                  "{Please review|Review required}: <doc_title>", "{Secure|Encrypted} {document|message} from <sender_name>"),
        asks=("<sender_name> has {shared|sent} {a document|\"<doc_title>\"} {with you|for your review} {via|on} <brand>. "
              "{Please|Kindly} {review|sign} {it|the document} {at your earliest convenience|by <deadline>}.",
              "{You have|There is} {a new|one} {secure|shared} document {waiting|pending} {for|from} <sender_name>: "
              "<doc_title>. {Sign in|Authenticate} with your <org_name> {account|credentials} to {access|open} it.",
              "{Please find|I have shared} {the|our} <doc_title> {via|through} <brand>. {Let me know|Tell me} "
              "{if you have|once you have} {any comments|reviewed it}."),
        hooks=("{As discussed|Following our {call|conversation}}, I am {sharing|sending} the {updated|final} {documents|file}.",),
        reasons=("{The document|This file} {will expire|is available} {in|for} <days> days.",),
        extras=("{This|The} {link|document} {is|has been} {encrypted|protected} {for|by} <brand> {security|Secure Share}.",),
    ),
    "mailbox_quota": Lure(
        subjects=("{Mailbox|Storage} {quota|limit} {warning|exceeded}", "Your mailbox is {<quota_pct>% full|almost full}",
                  "{Action required|Notice}: {mailbox|email} storage", "{Incoming messages|Emails} {on hold|suspended}"),
        asks=("Your mailbox <recipient_address> has {reached|exceeded} <quota_pct>% of its {storage quota|allocated storage}. "
              "{Please|Kindly} {verify|validate} your account to {increase|upgrade} {your|the} {quota|storage}.",
              "{Incoming|New} messages {for|to} <recipient_address> {are being|have been} {held|queued} {because|as} "
              "{the mailbox is full|storage is exhausted}. {Release|Restore} {them|delivery} {below|now}.",
              "{We have|The system has} {detected|noticed} that your {mailbox|account} {is over|exceeds} its {limit|quota}. "
              "{Confirm|Validate} your {credentials|account} to avoid {losing|interruption of} {mail|service}."),
        hooks=("{This is|This is an} {automated|system} {notification|message} from the <org_name> {mail|IT} {administrator|team}.",),
        reasons=("{Failure to|If you do not} {act|verify} {within|in} <days> days, {new mail will be rejected|your mailbox will be suspended}.",),
    ),
    "password_expiry": Lure(
        subjects=("{Password|Credential} {expiry|expiration} {notice|reminder}", "Your password {expires|will expire} {today|in <days> days}",
                  "{Action required|Security notice}: {password|account} {update|verification}"),
        asks=("The password for <recipient_address> {expires|will expire} {today|in <days> days}. {Please|Kindly} "
              "{keep|retain} your {current|existing} password {or change it|} {using the secure portal|below}.",
              "{Your|The} <org_name> {network|email|account} password {is due|is set} to expire. {Update|Confirm} "
              "{it|your password} {now|today} to avoid {being locked out|losing access}.",
              "{In accordance with|Per} {our|the} {security|password} policy, {all staff|your account} must "
              "{reset|renew} {passwords|the password} {by|before} <deadline>."),
        hooks=("{As part of|Due to} {our|a} {scheduled|quarterly} {security|compliance} {update|review},",),
        reasons=("{Accounts|Users} {that are not|not} {updated|verified} {will be|are} {locked|disabled} automatically.",),
    ),
    "mfa_reset": Lure(
        subjects=("{Multi-factor|Two-factor|MFA} {authentication|verification} {update|required}",
                  "{Re-register|Re-enroll} your {MFA|authenticator} {device|app}", "{Security|Sign-in} {alert|notice}: MFA"),
        asks=("{We|IT} {are|is} {migrating|upgrading} {to a new|our} {multi-factor|MFA} {provider|platform}. "
              "{Please|Kindly} {re-register|re-enroll} your {device|authenticator} {before|by} <deadline>.",
              "{An|A new} {unrecognised|unknown} {sign-in|login} {was|has been} {detected|attempted} on <recipient_address>. "
              "{Verify|Review} {the activity|your MFA settings} {to secure|and protect} your account.",
              "Your {MFA|two-factor} {registration|enrolment} {has expired|is incomplete}. {Complete|Finish} "
              "{it|verification} {now|today} to keep {access|using} <brand>."),
        hooks=("{This|The following} {message|notice} {is from|was sent by} <org_name> {IT Security|Information Security}.",),
        reasons=("{Users|Accounts} {without|lacking} {registered|active} MFA {will lose|lose} {access|remote access} {on|from} <deadline>.",),
    ),
    "voicemail": Lure(
        subjects=("{New|Missed} {voicemail|voice message} from <phone>", "{Voice message|Voicemail} ({duration|length} <time_hint>)",
                  "You have {1|a} new {voicemail|voice message}"),
        asks=("You {have|received} a new {voicemail|voice message} from <phone> ({duration|length} <time_hint>). "
              "{Listen|Play} {to it|the message} {via|on} the {secure|message} portal.",
              "{A caller|<phone>} left {you|} a {voicemail|message} {at|on} <date_text>. {Sign in|Log in} to "
              "{retrieve|listen to} {it|the recording}."),
        hooks=("{This is an|Automated} {automated|unified messaging} {notification|alert} from <brand>.",),
        reasons=("{Messages|Voicemails} {are|will be} {deleted|removed} after <days> days.",),
    ),
    "w2_request": Lure(
        subjects=("{W-2|Tax form} {request|copies}", "{Employee|Staff} {W-2s|tax documents} <tax_year>",
                  "{Request|Need}: W-2 {data|forms}"),
        asks=("I {need|require} {copies of|the} {W-2 forms|W-2s} for {all employees|all staff} ({tax year|for} <tax_year>) "
              "{in PDF|as PDFs} {today|by <deadline>}. {Please|Kindly} {send|email} them {to me|directly}.",
              "{Please|Kindly} {send|forward} me the <tax_year> {W-2s|wage and tax statements} {for|of} {all staff|everyone "
              "on payroll} {for review|for a review I am doing}.",
              "{Could|Can} you {export|pull} {a|the} {summary|list} of {employee|staff} W-2 {data|information} "
              "(<tax_year>) {and email it|and send it} to me {before end of day|this afternoon}?"),
        hooks=("I am {reviewing|preparing} {some|a few} {figures|items} {for|with} {our accountants|the auditors}.",),
        reasons=("{The auditors|Our accountants} {have asked|need} {for them|them} {before|by} <deadline>.",),
    ),
    "employee_list": Lure(
        subjects=("{Staff|Employee} {list|roster} {request|needed}", "{Headcount|Employee} {data|report}",
                  "{HR|Personnel} {data|file} request"),
        asks=("{Please|Kindly} {send|email} me a {current|complete} {list|roster} of {employees|staff} {with|including} "
              "{home addresses|dates of birth|salaries} and {Social Security numbers|tax IDs}.",
              "{Could|Can} you {export|pull together} {the|a} {full|current} {employee|staff} {list|file} {with|including} "
              "{salary and bank details|contact and salary information} {for|by} <deadline>?"),
        hooks=("I {am|'m} {working on|preparing} {a|the} {confidential|restricted} {restructuring|compensation} {review|plan}.",),
        reasons=("{This|The request} {is|comes} {from|on behalf of} {the board|our auditors|legal} and {is|remains} confidential.",),
    ),
    "legal_pressure": Lure(
        subjects=("{Notice of|Pending} {legal action|litigation}", "{Case|Matter} <case_no> - {final notice|response required}",
                  "{Demand|Cease and desist} {letter|notice} - <org_name>", "{Outstanding|Unpaid} {claim|debt} - <case_no>"),
        asks=("{Our firm|We}, <law_firm>, {represent|act for} {a client|a creditor} in matter <case_no>. "
              "{Unless|If} {payment of|settlement of} <amount> {is received|is not received} {by|before} <deadline>, "
              "we {will|shall} {file suit|commence proceedings}.",
              "{Please|You are required to} {review|respond to} the {complaint|claim} {in|under} case <case_no> "
              "{within|in} <days> days. {Failure to respond|Non-response} {will|may} result in {a default judgment|legal action}.",
              "{This|This letter} {is|serves as} {formal|final} notice {regarding|of} {an outstanding|a disputed} {balance|claim} "
              "of <amount>. {Contact|Reply to} {our office|us} {immediately|today} {to resolve|to settle} {this|the matter}."),
        hooks=("{We have been|Our office has been} {retained|instructed} {in connection with|regarding} <org_name>.",),
        reasons=("{This|The matter} {is|remains} {strictly|highly} confidential and {should|must} not be {discussed|shared} "
                 "{with|outside} {your|the} {management|legal team}.",),
    ),
    "regulator": Lure(
        subjects=("{Compliance|Regulatory} {notice|inquiry} <case_no>", "<agency> - {audit|investigation} {notification|notice}",
                  "{Mandatory|Required} {filing|response} - <agency>"),
        asks=("<agency> has {opened|initiated} {an inquiry|a review} ({reference|case} <case_no>) {into|regarding} <org_name>. "
              "{Submit|Provide} the {requested|attached} {documents|information} {within|in} <days> days.",
              "{Our records|Records} {indicate|show} {a|an} {violation|outstanding penalty} {of|for} <amount>. {Review|Respond "
              "to} the {notice|findings} {via|through} {the|our} {secure|official} portal {before|by} <deadline>."),
        hooks=("{This|The present} {notice|communication} {is|has been} {issued|sent} {by|on behalf of} <agency>.",),
        reasons=("{Failure to comply|Non-compliance} {may|will} {result in|lead to} {penalties|fines} {and|or} "
                 "{enforcement action|referral for prosecution}.",),
    ),
    "sextortion": Lure(
        subjects=("{I know|I have} {your password|access to your device}", "{Your|The} {account|device} {was|has been} "
                  "{compromised|hacked}", "{Final|Last} {warning|notice} for <recipient_address>"),
        asks=("I {have|gained} {access to|control of} your {device|computer} {and|and have} {recorded|captured} {you|video} "
              "{through|via} {your|the} {webcam|camera}. {Send|Transfer} <btc_amount> BTC to <btc_wallet> {within|in} "
              "48 hours {or|otherwise} I {will|shall} {share|send} {it|the recording} {with|to} your {contacts|colleagues}.",
              "{Your|The} {password|credentials} {was|were} {exposed|leaked} {and|and I have} {installed|placed} "
              "{software|malware} on your {system|device}. {Pay|Send} <btc_amount> BTC to <btc_wallet> {and|then} "
              "{I will delete everything|the files will be destroyed}."),
        hooks=("{I am|I'm} a {programmer|security specialist} {who|and I} {hacked|accessed} your {email|device} "
               "{some time ago|months ago}.",),
        reasons=("{Do not|Don't} {contact|reply to} {anyone|the police} {about|regarding} this; I {will|can} "
                 "{know|see} {if you do|immediately}.",),
    ),
    "malware_document": Lure(
        subjects=("{Invoice|Remittance advice} <invoice_no>", "{Scanned|Signed} {document|contract} from <sender_name>",
                  "{Payment|Remittance} {confirmation|copy} <invoice_no>", "{Shipping|Delivery} {documents|notice} <po_no>"),
        asks=("{Please find|Attached is|Enclosed is} {the|our} {invoice|remittance advice} <invoice_no> {for|in the amount of} "
              "<amount>. {Please|Kindly} {review|confirm receipt}.",
              "{Please|Kindly} {review|open} the {signed|scanned} {document|agreement} {and|then} {return|confirm} "
              "{it|your approval} {by|before} <deadline>.",
              "{The|Your} {shipment|order} <po_no> {could not be delivered|is on hold}. {Please|Kindly} {review|check} "
              "the {delivery|shipping} {documents|label} {to|and} {arrange|confirm} {redelivery|the address}."),
        hooks=("{Following|Further to} {our|your} {request|last order}, {please see|we enclose} the {documents|details} below.",),
        reasons=("{Enable|Enable editing and} {content|macros} {if|when} {prompted|asked} {to view|to display} the "
                 "{document|protected content}.",),
    ),
    "scam_offer": Lure(
        subjects=("{Business|Partnership} {proposal|opportunity}", "{Confidential|Private} {proposal|offer}",
                  "{Unclaimed|Outstanding} {funds|inheritance} - {ref|reference} <case_no>", "{Congratulations|Award notice}"),
        asks=("I {am|write as} {a|the} {director|barrister} {with|at} {a|an} {investment fund|estate} {in|based in} <city> "
              "{seeking|looking for} {a|a reliable} partner to {receive|manage} <amount>. {You will|You would} "
              "{retain|receive} {30%|a share} {for your assistance|as compensation}.",
              "{You have|Your email has} been {selected|chosen} {to receive|for} {an award|a grant} of <amount>. "
              "{Reply|Respond} {with|and send} your {full name, address and phone number|details} {to claim|to process} it.",
              "{A|An} {deceased|late} {client|investor} {with|bearing} your {surname|family name} left <amount> "
              "{unclaimed|in a dormant account}. {Contact|Reply to} me {to|so we can} {proceed|begin the claim}."),
        hooks=("{Please|Kindly} {forgive|excuse} {this|my} {unsolicited|unexpected} {message|approach}.",),
        reasons=("{The transaction|This} {is|will be} {legal|risk-free} and {handled|completed} {discreetly|within <days> days}.",),
    ),
}

FAMILY = Family(
    name="corporate",
    language="en",
    description="Polished formal business English with titled signatures.",
    lures=LURES,
    greetings=("{Dear|Hello} <recipient_first>,", "Good {morning|afternoon} <recipient_first>,", "Hi <recipient_first>,",
               "Dear <recipient_name>,", "Hello,"),
    openers=("I hope {this {email|message} finds you well|you are {well|keeping well}|your week is going well}.",
             "{Thank you|Thanks} for {your|all your} {help|support} {last week|recently}.",
             "I trust {everything|all} is {going well|in order} {on your side|at your end}."),
    urgency=("{This|It} {is|needs to be} {time-sensitive|completed today}, so {please|kindly} {prioritise it|treat it as urgent}.",
             "{Please|Kindly} {confirm|reply} {as soon as possible|within the hour|by <deadline>}.",
             "{I would appreciate|We need} {your|a} {prompt|quick} {response|confirmation} {on this|today}."),
    secrecy=("{Please|Kindly} keep this {confidential|strictly confidential} {until|pending} {an official announcement|closing}.",
             "{Do not|Please do not} {discuss|mention} this with {anyone|others} {in the office|on the team} {for now|yet}."),
    closers=("{Thank you|Thanks} {for your|in advance for your} {prompt attention|assistance|cooperation}.",
             "{Please|Do} let me know if {you have any questions|anything is unclear}.",
             "{I appreciate|Many thanks for} your {help|support} {with this|on this matter}."),
    signoffs=("{Best|Kind} regards,", "Regards,", "{Sincerely|Yours sincerely},", "Best,", "With {thanks|appreciation},"),
    cta={
        "link": ("{Access|View|Open} {it|the document} {here|securely}: <url>", "{Please|Kindly} {use|follow} this link: <url>",
                 "{Secure|Review} link: <url>", "{Click|Select} {below|the link below} to {continue|proceed}:\n<url>"),
        "attachment": ("{Please see|Find} {the|our} {attached|enclosed} {file|document} (<attachment_name>).",
                       "{The|All} {details|supporting documents} {are|can be found} in the attached <attachment_name>.",
                       "{I have|We have} attached <attachment_name> {for your reference|for review}."),
        "qr_code": ("{Scan|Please scan} the {attached|enclosed} QR code with your {phone|mobile device} to {continue|verify}.",
                    "{For security reasons|To protect your account}, {verification|access} is {only|now} available "
                    "{by|via} the QR code {attached|below}."),
        "calendar": ("{I have sent|Please accept} {a|the} {calendar|meeting} {invitation|invite}; {the|your} "
                     "{join|access} link is {in|inside} the invite.",
                     "{Join|Access} {details|the meeting} {are|is} in the attached {invitation|invite}: <url>"),
        "password": ("The {file|archive} is {password-protected|encrypted}; {use|the password is} <zip_password>.",
                     "{Password|Passcode} {to open|for the document}: <zip_password>"),
    },
    signatures=("<sender_name>\n<sender_title>\n<org_name>", "<sender_name>\n<sender_title>",
                "<sender_name> | <sender_title>\n<org_name>\n{T|Tel|Direct}: <phone>", "<sender_name>"),
    reply_quotes=("{Thanks|Thank you} for {sending|the update}. {We will review|I'll review} {and|then} come back to you.",
                  "{Could you|Can you} {confirm|check} {the figures|the dates} {before|by} {Friday|next week}?",
                  "{Agreed|Understood}. {Let's|We can} {discuss|finalise} {on|during} {the call|our next meeting}.",
                  "{Please|Kindly} {send|share} the {latest|updated} {version|numbers} {when ready|when you can}."),
    reply_intros=("On <date_text>, <quoted_name> wrote:", "-----Original Message-----\nFrom: <quoted_name>\nSent: <date_text>"),
    shape=Shape(lengths=(0.2, 0.45, 0.35), p_greeting=0.9, p_typos=0.1, typo_rate=(0.005, 0.02)),
)
