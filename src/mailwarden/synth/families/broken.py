"""Family "broken": non-native English; over-polite, odd idioms ("kindly revert", "do the needful")."""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from mailwarden.synth.families.base import Family, Lure, Shape

LURES = {
    "first_contact": Lure(
        subjects=("Hello <recipient_first>", "{Request|Asking} {favour|assistance}", "{Available|Availability}?",
                  "{Important|Urgent} {task|matter} {for|to} you"),
        asks=("{I want to know|Let me know} if you {are|be} {available|on seat} {now|presently}, I {have|am having} "
              "{small|one} {task|assignment} {for you to do|to give you}.",
              "{Kindly|Please} {revert|reply} {back|} {to me|} {once|as soon as} you {receive|see} this {mail|email}, "
              "{there is|I have} {something|one matter} I need you {to handle|attend} {urgently|quickly}.",
              "{Are you|You are} {in|at} {office|the office} {today|now}? {I need|Need} your {assist|help} {on|with} "
              "{something|a matter} {very|quite} {confidential|private}."),
        hooks=("I am {presently|currently} in {conference|a meeting} {and|so} {can not|cannot} {receive|take} {call|calls}.",),
        reasons=("{Do not|Don't} {discuss|share} {with|to} {anybody|anyone} {for now|until i say}.",),
    ),
    "wire_request": Lure(
        subjects=("{Transfer|Remittance} {today|urgent}", "{Request|Need} {for|of} {payment|transfer}",
                  "{Pending|Important} {payment|remittance} {matter|issue}"),
        asks=("I {want|need} you to {effect|make} {a|one} {payment|transfer} of <amount> {to|for} {a vendor|our partner} "
              "{today|immediately}. {Kindly|Please} {revert|reply} {so I can|and i will} {send|forward} {you|} {the|} "
              "{bank details|beneficiary information}.",
              "{Kindly|Please} {do the needful|process} {and|to} {transfer|remit} <amount> {as|being} {payment|settlement} "
              "{for|of} {the|our} {new|pending} {contract|deal}.",
              "{What is|Tell me} the {amount|current balance} {we can|that can be} {transferred|wired} {today|now}? "
              "{I have|There is} {a|an} {payment|invoice} of <amount> {to be|that must be} {made|done} {before|by} <deadline>."),
        hooks=("{We are|Company is} {having|closing} {an acquisition|a new business} {which|that} {is|are} "
               "{confidential|not announced} {yet|now}.",),
        reasons=("{I will|I shall} {provide|give} {all|the} {documents|paperwork} {after|when} {the|} {transfer|payment} {is done|completed}.",
                 "{This|It} {must|has to} {be|get} {done|completed} {today|before closing} {because|as} {the|our} "
                 "{partner|seller} {is waiting|insist}."),
        extras=("{Send|Forward} me the {swift copy|transfer slip} {once|when} {done|completed} {for|as} {my|} {record|confirmation}.",),
    ),
    "gift_cards": Lure(
        subjects=("{Favour|Assistance} {needed|request}", "{Gift|Reward} {cards|card} {purchase|buying}"),
        asks=("I {need|want} you to {help me|assist} {purchase|buy} <card_brand> {gift cards|card} {for|to} {some|our} "
              "{clients|staffs}. {Get|Buy} <card_count> {pieces|cards} {of|at} <card_value> {each|every one}.",
              "{Kindly|Please} {go to|visit} {the|any} {store|shop} {nearby|close} and {get|purchase} <card_count> <card_brand> "
              "{cards|giftcards} (<card_value> each). {Scratch|Remove} {the back|the silver} and {send|snap} {me|} {the|} "
              "{codes|pins} {here|by email}."),
        hooks=("I {am|will be} {busy|engaged} {in|with} {meeting|conference} {whole|all} day.",),
        reasons=("{You will|You'll} {be reimbursed|get refund} {before|at} {close of business|end of day}.",
                 "{It is|Its} {for|as} {surprise|a gift}, {kindly|please} {keep it|maintain it} {secret|confidential}."),
    ),
    "bank_change": Lure(
        subjects=("{Change|Changing} {in|of} {bank|account} {information|details}", "{New|Update} {banking|account} {for|to} {payment|remittance}",
                  "{Vendor|Supplier} account {update|information}"),
        asks=("{Kindly|Please} {be informed|note} that {our|we} {bank account|banking details} {has|have} {changed|been changed}. "
              "{All|Any} {payment|remittance} {should|must} {now|henceforth} {be made|go} to <bank_name>, IBAN <iban>.",
              "{We write|This is} to {notify|inform} {you|your esteemed company} {of|about} {change|update} {in|of} our "
              "{receiving|beneficiary} account. {New|The new} account {ends|end} {with|in} <account_tail> {at|in} <bank_name>.",
              "{Kindly|Please} {update|amend} {your|the} {records|database} {and|then} {revert|confirm} {back|} {so|in order} "
              "{we can|to} {send|share} {the|} {new|updated} {invoice|statement}."),
        hooks=("{Due to|Because} {the|an} {ongoing|current} {audit|tax review} {on|of} our {former|previous} account,",
               "{Our|The} {company|management} {decided|has decided} to {change|switch} {bank|banker} {for|due to} "
               "{better|favourable} {rates|terms}."),
        reasons=("{Payment|Payments} {sent|made} to {old|former} account {will|shall} {not be|never be} {received|credited}.",),
        extras=("{Please|Kindly} {do not|don't} {call|phone} {as|because} {our|the} {lines|telephone} {is|are} {not working|under maintenance}, "
                "{only|just} {communicate|reply} {via|by} {this|} email.",),
    ),
    "overdue_invoice": Lure(
        subjects=("{Reminder|Notice} {of|for} {unpaid|outstanding} {invoice|bill}", "{Invoice|Bill} <invoice_no> {pending|not paid}",
                  "{Payment|Debt} {reminder|notification}"),
        asks=("{We|Our} {accounts|finance} {department|dept} {noticed|observed} {that|} invoice <invoice_no> {of|amounting} "
              "<amount> {is|remain} {still|yet} {unpaid|pending}. {Kindly|Please} {effect|make} {payment|settlement} {today|urgently}.",
              "{Kindly|Please} {let us know|advise} {when|the date} {payment|the remittance} {will be|shall be} {made|done} "
              "{for|on} invoice <invoice_no> {which is|being} <days> days {overdue|passed due}.",
              "{We are|I am} {still|yet} {waiting|awaiting} {for|} {your|the} {payment|remittance} {of|for} <amount>. "
              "{Do the needful|Kindly treat} {as|with} {urgent|urgency}."),
        hooks=("{Good day|Greetings} {from|to you from} <vendor_name>.",),
        reasons=("{Our|The} {management|directors} {insist|insists} {to|on} {clear|clearing} {all|every} {outstanding|pending} "
                 "{before|by} <deadline>.",),
    ),
    "fake_po": Lure(
        subjects=("{Order|Purchase} {inquiry|enquiry} <po_no>", "{New|Urgent} {order|requirement} {from|for} {us|our company}",
                  "{Request|Enquiry} {for|of} {quotation|price}"),
        asks=("{We are|Our company is} {interested|interesting} {in|to} {your|} {products|services} and {would like|want} "
              "to {place|make} {order|an order} ({ref|PO} <po_no>). {Kindly|Please} {send|quote} {best|your best} {price|offer}.",
              "{Kindly|Please} {check|see} {our|the} {purchase order|order} <po_no> {and|then} {confirm|revert} {with|your} "
              "{proforma|invoice} {so we|to} {can|} {arrange|make} {payment|advance}."),
        hooks=("{We got|Your company was} {your|} {contact|recommended} {from|by} {a|our} {partner|business associate}.",),
        reasons=("{Our|The} {client|buyer} {need|needs} {the|} {goods|items} {urgently|before} <deadline>.",),
    ),
    "payroll_change": Lure(
        subjects=("{Change|Update} {of|in} {my|} {salary|payroll} account", "{Direct deposit|Salary} {information|details}"),
        asks=("I {want|wish} to {change|update} {my|the} {salary|direct deposit} account {to|into} {my|a} new {bank|account}. "
              "{Kindly|Please} {let me know|advise} {what is needed|the procedure}.",
              "{Kindly|Please} {update|change} {my|} {payroll|direct deposit} {to|with} {the|this} {new|below} account: "
              "<bank_name>, account ending <account_tail>, {before|for} {next|the coming} {payment|salary}."),
        hooks=("I {have|just} {opened|open} {new|a new} account {with|in} <bank_name>.",),
        reasons=("{My|The} {former|old} {account|bank} {have|has} {issue|problem} {and|so} {can not|cannot} {receive|take} {salary|payment}.",),
    ),
    "shared_document": Lure(
        subjects=("{Document|File} {for|to} {your|} {review|attention}", "{Shared|Secure} {file|document} {notification|notice}",
                  "<doc_title> {received|sent} {to you|}"),
        asks=("{A|One} {document|file} {have|has} {been|being} {shared|sent} {to|with} you {through|using} <brand>. "
              "{Kindly|Please} {view|login to view} {it|the document} {with|using} {your|} {email|company} {credentials|password}.",
              "{Kindly|Please} {find|check} {the|} <doc_title> {shared|I shared} {to|with} you {and|then} {revert|give} {your|} "
              "{feedback|comments}."),
        hooks=("{As|Like} {discussed|agreed} {earlier|before},",),
        reasons=("{The|This} {file|document} {is|has been} {protected|secured} {for|by} {confidentiality|privacy}.",),
    ),
    "mailbox_quota": Lure(
        subjects=("{Email|Mailbox} {storage|space} {full|exceeded}", "{Your|The} {mailbox|email} {will|shall} {be|get} {blocked|suspended}"),
        asks=("{Dear|} {User|Account holder}, {your|the} {mailbox|email} <recipient_address> {have|has} {exceeded|reach} {its|the} "
              "{limit|storage} (<quota_pct>%). {Kindly|Please} {validate|verify} {your|} account {to|for} {get|getting} "
              "{more|additional} {space|storage}.",
              "{You have|There are} <quota_count> {pending|undelivered} {messages|mails} {due to|because of} {low|insufficient} "
              "{storage|space}. {Kindly|Please} {verify|confirm} {to|and} {receive|release} {them|messages}."),
        hooks=("{This|It} {is|are} {message|notice} {from|by} {the|} {mail|email} {administrator|admin}.",),
        reasons=("{Account|Mailbox} {not|which is not} {verified|validated} {will be|shall be} {closed|deactivated} {in|within} <days> days.",),
    ),
    "password_expiry": Lure(
        subjects=("{Password|Passcode} {will|shall} {expire|expired}", "{Notice|Alert}: {password|account} {expiration|expiring}"),
        asks=("{Your|The} password {of|for} <recipient_address> {will|shall} {expire|expired} {today|in <days> days}. "
              "{Kindly|Please} {use|click} {below|the link} {to|for} {keep|keeping} {same|your current} password.",
              "{Kindly|Please} {update|renew} {your|} password {immediately|now} {to|so as to} {avoid|prevent} {your|} "
              "account {being|from being} {locked|disabled}."),
        hooks=("{System|IT department} {notification|notice}:",),
        reasons=("{It|This} {will|shall} {only|just} take {one|1} {minute|min}.",),
    ),
    "mfa_reset": Lure(
        subjects=("{Verification|Authentication} {required|needed} {for|on} {your|} account", "{Unusual|Strange} {sign in|login} {activity|detected}"),
        asks=("{We|System} {detected|noticed} {unusual|strange} {sign in|login} {to|on} {your|} account. {Kindly|Please} "
              "{verify|confirm} {your|the} {identity|device} {to|for} {secure|securing} {it|your account}.",
              "{Kindly|Please} {re-register|register again} {your|} {authentication|MFA} {device|app} {before|by} <deadline> "
              "{to|for} {continue|continue to} {access|accessing} <brand>."),
        hooks=("{Security|Safety} {alert|notice} {from|by} <brand>.",),
        reasons=("{Failure|Fail} to {verify|do so} {will|shall} {result|lead} {to|in} {suspension|block}.",),
    ),
    "voicemail": Lure(
        subjects=("{Voice|Audio} {message|mail} {received|waiting}", "{You|Your} {have|has} {new|1} {voice|audio} {message|note}"),
        asks=("{You|You have} {receive|received} {voice message|audio message} from <phone>. {Kindly|Please} {listen|play} "
              "{it|the message} {below|here}.",
              "{A|One} {caller|person} {left|drop} {voice|audio} {note|message} {for|to} you {on|at} <date_text>."),
        hooks=("{Notification|Notice} {from|of} <brand>.",),
        reasons=("{Message|Audio} {will|shall} {expire|delete} {after|in} <days> days.",),
    ),
    "w2_request": Lure(
        subjects=("{W-2|W2} {forms|documents} {needed|request}", "{Tax|Staff tax} {documents|forms} <tax_year>"),
        asks=("I {need|want} {the|all} {W-2|W2} {forms|copy} {of|for} {all|every} {staffs|employees} {for|of} <tax_year> "
              "{in|as} {PDF|pdf file}. {Kindly|Please} {send|forward} {them|it} {to me|here} {urgently|today}.",
              "{Kindly|Please} {prepare|compile} {and|then} {send|email} {the|} W-2 {of|for} {all|every} {employees|workers} "
              "({tax year|year} <tax_year>) {for|to} {my|} {review|checking}."),
        hooks=("{Our|The} {tax|audit} {consultant|agent} {is|has} {requesting|requested} {it|them}.",),
        reasons=("{It|This} {is|are} {needed|required} {before|by} <deadline>.",),
    ),
    "employee_list": Lure(
        subjects=("{Employee|Staff} {information|records} {request|needed}", "{List|Details} {of|for} {all|} {staffs|employees}"),
        asks=("{Kindly|Please} {send|forward} {me|to me} {the|a} {list|record} {of|for} {all|every} {staffs|employees} "
              "{with|including} {their|} {salary|home address}, {date of birth|SSN} and {bank|account} {details|information}.",
              "I {need|want} {complete|full} {employee|staff} {data|records} {for|of} {the|our} company {in|as} {excel|spreadsheet}."),
        hooks=("{Management|Board} {want|wants} {to|} {review|check} {the|} {salaries|compensation}.",),
        reasons=("{Keep|Maintain} {it|this} {confidential|private} {please|kindly}.",),
    ),
    "legal_pressure": Lure(
        subjects=("{Legal|Court} {action|notice} {against|to} {you|your company}", "{Final|Last} {notice|warning} - {case|file} <case_no>"),
        asks=("{This|It} {is|serve} {to|as} {inform|notice} {you|} {that|} {our|} {client|customer} {is|will be} {taking|commencing} "
              "{legal|court} {action|proceedings} {for|over} {unpaid|outstanding} <amount>. {Kindly|Please} {settle|pay} {before|by} <deadline>.",
              "{Kindly|Please} {respond|revert} {within|in} <days> days {to|regarding} {case|file} <case_no> {or|otherwise} "
              "{judgment|decision} {will|shall} {be|get} {made|passed} {against|on} you."),
        hooks=("{We are|I am} {writing|contacting} {on behalf|in behalf} {of|to} <law_firm>.",),
        reasons=("{Keep|Maintain} {this|the} {matter|case} {confidential|private} {to|for} {avoid|avoiding} {embarrassment|scandal}.",),
    ),
    "regulator": Lure(
        subjects=("{Notice|Notification} {from|of} <agency>", "{Investigation|Audit} {regarding|on} {your|} {company|organization}"),
        asks=("<agency> {have|has} {started|open} {investigation|audit} {on|about} <org_name> (ref <case_no>). {Kindly|Please} "
              "{submit|provide} {the|} {required|requested} {documents|information} {within|before} <days> days.",
              "{A|One} {penalty|fine} {of|for} <amount> {have|has} {been|being} {issued|raised}. {Kindly|Please} {review|see} "
              "{the|} {notice|details} {and|to} {respond|pay} {before|by} <deadline>."),
        hooks=("{Official|Formal} {communication|notice} {from|by} <agency>.",),
        reasons=("{Failure|Fail} {to|for} {comply|compliance} {will|shall} {attract|bring} {penalty|sanctions}.",),
    ),
    "sextortion": Lure(
        subjects=("{Your|You} {secret|privacy}", "{I|We} {have|got} {your|} {video|recording}", "{Payment|Pay} {required|now}"),
        asks=("I {have|hacked} {access|into} {your|} {computer|device} and {record|recorded} {you|video} {by|with} {your|} "
              "{camera|webcam}. {Send|Pay} <btc_amount> BTC {to|into} <btc_wallet> {within|before} 48 {hours|hrs}.",
              "{If|When} {you|} {do not|don't} {pay|send} <btc_amount> BTC {to|on} <btc_wallet>, {I|we} {will|shall} {send|forward} "
              "{the|} {video|record} {to|for} {all|every} {your|} {contacts|friends and colleagues}."),
        hooks=("{I am|I'm} {hacker|professional hacker} {and|who} {have|has} {access|control} {to|of} {your|} {system|email}.",),
        reasons=("{Do not|Don't} {report|inform} {to|} {anyone|police}, {I will|i'll} {know|see} {it|immediately}.",),
    ),
    "malware_document": Lure(
        subjects=("{Invoice|Payment} {copy|document} <invoice_no>", "{Shipping|Delivery} {document|notice} {for|of} {your|} {order|parcel}",
                  "{Signed|Scanned} {contract|agreement} {copy|file}"),
        asks=("{Kindly|Please} {find|see} {attached|enclosed} {invoice|payment copy} <invoice_no> {for|of} <amount> {and|to} "
              "{confirm|acknowledge} {receipt|it}.",
              "{Your|The} {parcel|package} <po_no> {could not|can not} {be|get} {delivered|deliver}. {Kindly|Please} {check|see} "
              "{the|} {document|details} {and|to} {confirm|correct} {your|} {address|information}.",
              "{Kindly|Please} {open|view} {the|} {signed|scanned} {contract|document} {and|then} {revert|reply} {back|} {with|your} "
              "{confirmation|approval}."),
        hooks=("{Good day|Greetings} {to you|},",),
        reasons=("{If|When} {document|file} {show|shows} {blank|error}, {kindly|please} {enable|click} {content|editing}.",),
    ),
    "scam_offer": Lure(
        subjects=("{Urgent|Important} {business|investment} {proposal|offer}", "{Inheritance|Fund} {claim|transfer} {matter|notice}",
                  "{Your|You} {winning|award} {notification|notice}"),
        asks=("I {am|is} {a|the} {banker|lawyer} {in|at} <city> and {I have|have} {a|one} {business|fund} {proposal|transfer} "
              "{of|worth} <amount> {for|to} you. {Kindly|Please} {reply|revert} {with|your} {details|full name and phone}.",
              "{Your|You} {email|address} {have|has} {won|been selected for} <amount>. {Kindly|Please} {contact|reply} {us|me} "
              "{with|for} {claim|claiming} {procedure|process}.",
              "{Late|Deceased} {client|customer} {of|with} {our|the} bank {have|has} {same|your} {surname|family name} {and|with} "
              "<amount> {unclaimed|in account}. {I|We} {want|need} {your|} {cooperation|assistance} {to|for} {claim|transfer} it."),
        hooks=("{Greetings|Compliments} {of|for} the {day|season}.",),
        reasons=("{Everything|All} {will|shall} {be|go} {legal|legitimate} {and|with} {no|zero} {risk|problem}.",),
    ),
}

FAMILY = Family(
    name="broken",
    language="en",
    description="Non-native English: over-polite, formulaic, odd grammar and idioms.",
    lures=LURES,
    greetings=("Dear <recipient_first>,", "{Dear|Hello} Sir/Madam,", "{Good day|Greetings} <recipient_first>,",
               "Dear {Colleague|Esteemed Partner},", "Attention: <recipient_name>,", "Hello Dear,"),
    openers=("{Hope|I hope} {you are|this mail meet you} {doing great|fine|in good health}.",
             "{Compliments|Greetings} of the {day|season}.", "{How are you doing|How is your day going} {today|}?"),
    urgency=("{Kindly|Please} {treat|handle} {as|with} {matter of urgency|top priority}.",
             "{I am waiting|Waiting} {for|on} {your|} {urgent|quick} {response|reply}.",
             "{Revert|Respond} {back|} {ASAP|immediately} {please|kindly}."),
    secrecy=("{Kindly|Please} {keep|maintain} {it|this} {confidential|strictly private} {till|until} {I|we} {announce|conclude}.",
             "{Do not|Don't} {share|disclose} {this|the matter} {to|with} {other|any} {staff|colleagues}."),
    closers=("{Thanks|Thank you} {and|for} {waiting|await} {your|} {swift|quick} {response|reply}.",
             "{Looking forward|I await} {to hear|to hearing} from you.", "{God bless|Stay blessed}."),
    signoffs=("Best Regards,", "{Thanks|Thank you} {and|&} Regards,", "Yours Faithfully,", "Warm Regards,", "Regards,"),
    cta={
        "link": ("{Kindly|Please} {click|follow} {below|the link below}:\n<url>", "{Access|View} {here|HERE}: <url>",
                 "{Click|Visit} <url> {to|for} {proceed|proceeding}"),
        "attachment": ("{Kindly|Please} {find|see} {attached|attach} <attachment_name>.",
                       "{Attached|Attach} {is|are} {the|} {document|file} <attachment_name> {for|to} your {perusal|review}."),
        "qr_code": ("{Kindly|Please} {scan|use your phone to scan} {the|} {QR|qr} code {attached|enclosed} {to|for} {continue|verification}.",),
        "calendar": ("{Kindly|Please} {accept|open} {the|} {meeting|calendar} {invitation|invite} {and|to} {join|access} {using|with} {the|} link {inside|in it}.",),
        "password": ("{Password|Pass} {to|for} {open|opening} {file|document}: <zip_password>",
                     "{Kindly|Please} {use|enter} {password|code} <zip_password> {to|for} {open|view} {the|} {file|document}."),
    },
    signatures=("<sender_name>\n<sender_title>", "<sender_name>\n<org_name>\n{Mobile|Tel}: <phone>", "<sender_name>"),
    reply_quotes=("{Kindly|Please} {send|share} {the|} {updated|final} {document|copy}.", "{Noted|Well noted} {with|and} {thanks|thank you}.",
                  "{We will|We shall} {revert|respond} {after|when} {review|reviewing}.", "{Please|Kindly} {confirm|advise} {the|} {delivery|payment} {date|schedule}."),
    reply_intros=("{From|Sender}: <quoted_name>\n{Date|Sent}: <date_text>", "On <date_text>, <quoted_name> {wrote|write}:"),
    shape=Shape(lengths=(0.25, 0.5, 0.25), p_greeting=0.95, p_opener=0.6, p_urgency=0.7, p_secrecy=0.5,
                p_closer=0.8, p_typos=0.35, typo_rate=(0.01, 0.04), p_fake_reply_prefix=0.15),
)
