"""Family "notice": machine-like notifications and forms; labelled fields, reference numbers, capitals."""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from mailwarden.synth.families.base import Family, Lure, Shape

LURES = {
    "first_contact": Lure(
        subjects=("Availability check", "REQUEST: confirm availability", "Task assignment pending"),
        asks=("Status: awaiting your confirmation.\nAction: reply to confirm you are available {now|today}.",
              "A {task|request} has been assigned to you by <sender_name>.\nPriority: {High|Urgent}\nPlease acknowledge by {reply|return email}.",
              "Confirm availability -> reply YES.\nDetails will follow {on confirmation|once confirmed}."),
        hooks=("Sender status: {in meeting|travelling} - {email only|no calls}.",),
    ),
    "wire_request": Lure(
        subjects=("Payment instruction - ref <case_no>", "TRANSFER REQUEST <invoice_no>", "Outgoing payment authorization"),
        asks=("Payment type: {wire|international transfer}\nAmount: <amount>\nValue date: {today|<deadline>}\nBeneficiary details: {to follow|on reply}",
              "Authorization granted for a {wire|transfer} of <amount>.\nPlease {execute|process} {before cut-off|by <deadline>} and reply with the {reference|confirmation}."),
        hooks=("Reference: <case_no>\nApproved by: <sender_name>",),
        reasons=("Classification: {CONFIDENTIAL|RESTRICTED} - {acquisition|project} funding.",),
    ),
    "gift_cards": Lure(
        subjects=("Purchase request - gift cards", "Reimbursable purchase <case_no>"),
        asks=("Item: <card_brand> gift card\nQuantity: <card_count>\nValue: <card_value> each\nDelivery: {email photos of the codes|reply with card numbers}",
              "Purchase request: <card_count> x <card_brand> (<card_value>). Reimbursement: {same day|via expenses}. Send codes on completion."),
        reasons=("Note: {staff appreciation|client gifts} - do not {announce|discuss}.",),
    ),
    "bank_change": Lure(
        subjects=("Supplier record update - <vendor_name>", "REMITTANCE CHANGE NOTICE", "Banking details amendment <case_no>"),
        asks=("Supplier: <vendor_name>\nNew bank: <bank_name>\nIBAN: <iban>\nEffective: {immediately|next payment run}",
              "Please amend the supplier record as follows:\n- Bank: <bank_name>\n- Account ending: <account_tail>\n- IBAN: <iban>",
              "Remittance update required before payment of invoice <invoice_no>. New account: <bank_name> / <iban>."),
        hooks=("Notice type: {account change|remittance update}\nReference: <case_no>",),
        reasons=("Previous account status: {CLOSED|SUSPENDED}. Payments to it will be {returned|rejected}.",),
    ),
    "overdue_invoice": Lure(
        subjects=("STATEMENT: invoice <invoice_no> overdue", "Payment reminder <invoice_no> (<days> days)", "Account status - action required"),
        asks=("Invoice: <invoice_no>\nAmount due: <amount>\nDays overdue: <days>\nRequired action: {settle|remit} {immediately|by <deadline>}",
              "Outstanding balance: <amount> (invoice <invoice_no>). Status: PAST DUE. Please {remit|arrange payment} {today|by <deadline>}."),
        reasons=("Late payment {fee|charges} {apply|will apply} after <deadline>.",),
    ),
    "fake_po": Lure(
        subjects=("PURCHASE ORDER <po_no>", "PO <po_no> - confirmation required", "RFQ ref <po_no>"),
        asks=("PO number: <po_no>\nOrder value: <amount>\nDelivery by: <deadline>\nPlease confirm {acceptance|pricing} by reply.",
              "New purchase order <po_no> issued. {Review|Open} the order {document|details} and {confirm|acknowledge} within <days> days."),
    ),
    "payroll_change": Lure(
        subjects=("Direct deposit change request", "PAYROLL UPDATE - employee request", "Salary account amendment"),
        asks=("Employee: <sender_name>\nRequest: change of direct deposit account\nNew bank: <bank_name>\nAccount ending: <account_tail>\nEffective: <pay_date>",
              "Request type: payroll account change. Please {update|process} before the <pay_date> {pay run|payroll} and confirm."),
    ),
    "shared_document": Lure(
        subjects=("[<brand>] <doc_title>", "Shared file: <doc_title>", "Document delivery notification"),
        asks=("File: <doc_title>\nShared by: <sender_name>\nPermission: {view|edit}\nExpires: in <days> days",
              "<sender_name> {shared|sent} a {file|folder} with you.\n{Open|View} <doc_title> with your <org_name> {account|credentials}."),
        hooks=("This notification was sent by <brand>.",),
    ),
    "mailbox_quota": Lure(
        subjects=("QUOTA ALERT: <quota_pct>% used", "Mailbox storage notification", "Delivery suspended - <quota_count> messages held"),
        asks=("Mailbox: <recipient_address>\nUsage: <quota_pct>%\nHeld messages: <quota_count>\nAction: {increase quota|release messages}",
              "Storage limit reached for <recipient_address>. Incoming mail is {paused|queued}. {Validate|Confirm} the account to restore delivery."),
        reasons=("Unvalidated mailboxes are {disabled|archived} after <days> days.",),
    ),
    "password_expiry": Lure(
        subjects=("PASSWORD EXPIRY NOTICE", "Credential expiration: <recipient_address>", "Password policy - action required"),
        asks=("Account: <recipient_address>\nPassword expires: {today|in <days> days}\nOption: keep current password",
              "Password status: EXPIRING. {Renew|Retain} the current password {via|using} the {portal|link} below to avoid lockout."),
    ),
    "mfa_reset": Lure(
        subjects=("MFA RE-ENROLLMENT REQUIRED", "Sign-in blocked: verification needed", "Security verification <case_no>"),
        asks=("Event: {sign-in from unrecognised device|MFA registration expired}\nAccount: <recipient_address>\nAction: verify {device|identity} by <deadline>",
              "Multi-factor registration {is incomplete|has expired}. Re-enroll your {device|authenticator} to keep access to <brand>."),
    ),
    "voicemail": Lure(
        subjects=("Voice Message (<time_hint>) from <phone>", "VM notification <phone>", "[Voicemail] <phone>"),
        asks=("Caller: <phone>\nReceived: <date_text>\nDuration: <time_hint>\nStatus: unheard",
              "New voice message for <recipient_address>. Caller ID: <phone>. Length: <time_hint>."),
        hooks=("<brand> Unified Messaging",),
    ),
    "w2_request": Lure(
        subjects=("W-2 REPORT REQUEST <tax_year>", "Request: employee wage statements", "Year-end tax documents"),
        asks=("Document: W-2 (all employees)\nTax year: <tax_year>\nFormat: PDF\nDue: <deadline>",
              "Please {export|compile} W-2 forms for all staff for <tax_year> and {send|return} them by reply."),
    ),
    "employee_list": Lure(
        subjects=("HR DATA REQUEST", "Employee census export", "Staff records - restricted"),
        asks=("Data requested: full employee list\nFields: name, address, date of birth, SSN, salary, bank account\nFormat: spreadsheet",
              "Please {export|provide} the employee census (incl. SSN and {salary|bank} data) by <deadline>."),
    ),
    "legal_pressure": Lure(
        subjects=("NOTICE OF CLAIM <case_no>", "FINAL DEMAND - <law_firm>", "Litigation hold notice <case_no>"),
        asks=("Case: <case_no>\nClaimant: {undisclosed|client of <law_firm>}\nAmount claimed: <amount>\nResponse due: <deadline>",
              "Formal demand for payment of <amount>. Failing settlement within <days> days, proceedings will be issued without further notice."),
    ),
    "regulator": Lure(
        subjects=("<agency> - NOTICE <case_no>", "COMPLIANCE REVIEW OPENED", "Penalty assessment <case_no>"),
        asks=("Agency: <agency>\nReference: <case_no>\nSubject: <org_name>\nRequired: submit documents within <days> days",
              "Assessed penalty: <amount>. Review the assessment and respond before <deadline>."),
    ),
    "sextortion": Lure(
        subjects=("SECURITY NOTICE: device compromised", "Payment required - <recipient_address>", "Account breach <case_no>"),
        asks=("Device: compromised\nWebcam recording: stored\nPayment: <btc_amount> BTC\nWallet: <btc_wallet>\nDeadline: 48 hours",
              "Your credentials and a webcam recording are in my possession. Transfer <btc_amount> BTC to <btc_wallet> within 48 hours to have them deleted."),
    ),
    "malware_document": Lure(
        subjects=("Remittance advice <invoice_no>", "SHIPMENT NOTICE <po_no>", "Scan from MFP-<account_tail>", "Payment confirmation <invoice_no>"),
        asks=("Document type: {invoice|remittance advice}\nNumber: <invoice_no>\nAmount: <amount>\nPlease review the attached file.",
              "Shipment <po_no>: delivery exception. Review the {shipping label|delivery document} and confirm the address.",
              "Scanned document from device MFP-<account_tail>. Pages: {1|2|3}. Format: {PDF|DOC}."),
        reasons=("If the content does not display, select Enable Content.",),
    ),
    "scam_offer": Lure(
        subjects=("AWARD NOTIFICATION <case_no>", "Beneficiary confirmation required", "FUND RELEASE <case_no>"),
        asks=("Beneficiary: <recipient_address>\nAward: <amount>\nStatus: pending claim\nAction: reply with full name, address, phone",
              "Fund release approved: <amount>. Provide beneficiary details to {complete|process} the transfer within <days> days."),
    ),
}

FAMILY = Family(
    name="notice",
    language="en",
    description="Machine-like notifications and forms: labelled fields, reference numbers, capitals.",
    lures=LURES,
    greetings=("Attention: <recipient_address>", "To: <recipient_name>", "NOTICE", "Recipient: <recipient_name>"),
    openers=("This is an automated message.", "Do not reply to this notification unless instructed."),
    urgency=("PRIORITY: HIGH", "Time limit: <deadline>", "Action required within <days> days."),
    secrecy=("Classification: CONFIDENTIAL", "Distribution: recipient only"),
    closers=("Reference: <case_no>", "Ticket: #<account_tail>", "Message ID: <invoice_no>"),
    signoffs=("--", "Administrator", "Notification Service", "Processing Team", "Automated Notice"),
    cta={
        "link": ("Access: <url>", "[ {OPEN|VIEW|REVIEW} ] <url>", "Link: <url>", "Portal: <url>"),
        "attachment": ("Attachment: <attachment_name>", "Enclosed: <attachment_name>", "File attached: <attachment_name>"),
        "qr_code": ("Scan the enclosed QR code to {continue|verify}.", "Verification method: QR code (attached)."),
        "calendar": ("Invitation attached. Join link: <url>", "Calendar entry enclosed - access via the invitation."),
        "password": ("Archive password: <zip_password>", "Access code: <zip_password>"),
    },
    signatures=("<org_name>", "<brand>", "<sender_name>", "<org_name> | <sender_title>"),
    reply_quotes=("Ref: previous instruction acknowledged.", "Status updated.", "Confirmation received."),
    reply_intros=("--- Previous message ---\nFrom: <quoted_name>\nDate: <date_text>", "[Quoted: <quoted_name>, <date_text>]"),
    shape=Shape(lengths=(0.4, 0.45, 0.15), p_greeting=0.6, p_opener=0.4, p_urgency=0.6, p_secrecy=0.3,
                p_closer=0.5, p_signature=0.6, p_typos=0.03, typo_rate=(0.005, 0.01), p_fake_reply_prefix=0.02,
                paragraph_break="\n\n"),
)
