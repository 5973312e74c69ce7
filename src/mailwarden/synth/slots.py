"""Values for the template slots: amounts, invoice numbers, banks, deadlines, brands... drawn per message."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

from mailwarden.synth import fictional

BRANDS = (
    "Microsoft 365",
    "SharePoint",
    "OneDrive",
    "DocuSign",
    "Adobe Sign",
    "Dropbox",
    "Google Drive",
    "Box",
    "WeTransfer",
    "Outlook Web Access",
    "RingCentral",
    "Zoom",
    "Webex",
    "Citrix ShareFile",
    "Okta",
)
VOICE_BRANDS = ("RingCentral", "Microsoft Teams", "Cisco Unity", "8x8", "Vonage", "Zoom Phone")
CARD_BRANDS = ("Apple", "Google Play", "Amazon", "Steam", "Target", "Visa", "iTunes", "eBay", "Best Buy")
AGENCIES = (
    "the Internal Revenue Service",
    "the Securities and Exchange Commission",
    "the Federal Trade Commission",
    "the Department of Labor",
    "the Data Protection Authority",
    "the State Revenue Office",
    "the Financial Conduct Authority",
    "HM Revenue & Customs",
    "the Tax Administration Office",
)
LAW_FIRM_WORDS = (
    "Whitmore",
    "Bancroft",
    "Hale",
    "Sterling",
    "Ashford",
    "Calloway",
    "Pryce",
    "Lindon",
    "Marsh",
    "Kingsley",
    "Rutherford",
    "Vance",
    "Holt",
    "Draper",
)
DOC_TITLES = (
    "Q{q} Financial Summary",
    "Payment Schedule {y}",
    "Signed Agreement",
    "Updated Contract",
    "Bonus Plan {y}",
    "Salary Review {y}",
    "Remittance Details",
    "Project Proposal",
    "Revised Budget",
    "Board Minutes",
    "Invoice Statement",
    "Employee Handbook {y}",
    "NDA for signature",
    "Purchase Agreement",
    "HR Policy Update",
)
CURRENCIES = (("$", "", 0.55), ("", " EUR", 0.15), ("USD ", "", 0.1), ("€", "", 0.1), ("£", "", 0.1))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def amount(rng: Random, low: int = 4_800, high: int = 98_000) -> str:
    value = rng.randrange(low, high)
    if rng.random() < 0.35:
        value = round(value, -3)
    cents = rng.choice((0, 0, 0, rng.randrange(100)))
    prefix, suffix, _ = rng.choices(CURRENCIES, weights=[c[2] for c in CURRENCIES])[0]
    text = f"{value:,}" + (f".{cents:02d}" if cents or rng.random() < 0.3 else "")
    if suffix == " EUR" and rng.random() < 0.5:
        text = text.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{prefix}{text}{suffix}"


def iban(rng: Random) -> str:
    country = rng.choice(("GB", "DE", "ES", "PT", "FR", "NL", "IE", "LT", "BE"))
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((18, 20, 22))))
    raw = f"{country}{rng.randrange(10, 99)}{digits}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw


def deadline(rng: Random, when: datetime) -> str:
    form = rng.randrange(5)
    if form == 0:
        return f"{rng.randint(10, 16) % 12 or 12}{rng.choice(('pm', ' PM', ':00 pm', 'pm today'))}"
    if form == 1:
        return rng.choice(("end of day", "close of business", "noon today", "tomorrow morning", "EOD"))
    day = when + timedelta(days=rng.randint(1, 5))
    if form == 2:
        return WEEKDAYS[day.weekday() % 5]
    if form == 3:
        return day.strftime("%B %d").replace(" 0", " ")
    return day.strftime("%m/%d/%Y")


def phone(rng: Random) -> str:
    return rng.choice(
        (
            f"+1 ({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
            f"{rng.randrange(201, 989)}.{rng.randrange(200, 999)}.{rng.randrange(1000, 9999)}",
            f"+44 20 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            f"+34 9{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
        )
    )


def btc_wallet(rng: Random) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if rng.random() < 0.5:
        return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    return rng.choice("13") + "".join(rng.choice(alphabet) for _ in range(33))


def base_slots(rng: Random, when: datetime) -> dict[str, str]:
    """Slots that do not depend on who is involved."""
    year = when.year
    return {
        "amount": amount(rng),
        "invoice_no": rng.choice(
            (
                f"INV-{rng.randrange(10000, 99999)}",
                f"{rng.randrange(100000, 999999)}",
                f"{year}-{rng.randrange(100, 9999):04d}",
                f"#{rng.randrange(1000, 9999)}",
            )
        ),
        "po_no": rng.choice(
            (
                f"PO-{rng.randrange(1000, 99999)}",
                f"PO{year % 100}{rng.randrange(1000, 9999)}",
                f"{rng.randrange(4500000000, 4599999999)}",
            )
        ),
        "bank_name": rng.choice(fictional.BANKS),
        "account_tail": f"{rng.randrange(1000, 9999)}",
        "iban": iban(rng),
        "deadline": deadline(rng, when),
        "brand": rng.choice(BRANDS),
        "phone": phone(rng),
        "tax_year": str(year - 1),
        "case_no": rng.choice(
            (
                f"{year}-CV-{rng.randrange(1000, 99999)}",
                f"REF/{rng.randrange(10000, 99999)}",
                f"#{rng.randrange(100000, 999999)}",
            )
        ),
        "btc_amount": f"{rng.choice((0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.5)):.2f}".rstrip("0"),
        "btc_wallet": btc_wallet(rng),
        "quota_pct": str(rng.choice((90, 95, 97, 98, 99, 100))),
        "quota_count": str(rng.randrange(4, 60)),
        "days": str(rng.choice((1, 2, 3, 5, 7, 14))),
        "city": rng.choice(fictional.CITIES),
        "card_count": str(rng.choice((3, 4, 5, 6, 8, 10))),
        "card_value": rng.choice(("$100", "$200", "$500", "$250", "100 USD", "$50")),
        "card_brand": rng.choice(CARD_BRANDS),
        "agency": rng.choice(AGENCIES),
        "law_firm": f"{rng.choice(LAW_FIRM_WORDS)} {rng.choice(('&', 'and'))} {rng.choice(LAW_FIRM_WORDS)} "
        f"{rng.choice(('LLP', 'Attorneys', 'Legal', 'P.C.'))}",
        "pay_date": (when + timedelta(days=rng.randint(2, 12))).strftime("%B %d").replace(" 0", " "),
        "doc_title": rng.choice(DOC_TITLES).format(q=rng.randint(1, 4), y=year),
        "time_hint": f"{rng.randrange(0, 2)}:{rng.randrange(5, 59):02d}",
        "date_text": (when - timedelta(hours=rng.randint(1, 60))).strftime(
            rng.choice(("%A, %B %d, %Y %I:%M %p", "%m/%d/%Y %H:%M", "%d %b %Y"))
        ),
        "zip_password": "",
    }


# ---- dates written the way each language writes them ----

_LOCAL = {
    "es": (
        (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        "{d} de {m}",
        ("el final del día", "mañana por la mañana", "las {h}:00"),
    ),
    "pt": (
        (
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ),
        ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
        "{d} de {m}",
        ("o fim do dia", "amanhã cedo", "as {h}h"),
    ),
    "de": (
        (
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ),
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        "{d}. {m}",
        ("Dienstschluss", "morgen früh", "{h}:00 Uhr"),
    ),
    "fr": (
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "{d} {m}",
        ("la fin de la journée", "demain matin", "{h}h"),
    ),
}


def localize_dates(values: dict[str, str], language: str, rng: Random, when: datetime) -> None:
    """Dates (deadline, pay day, quoted date) and amounts as `language` writes them (English: no-op)."""
    if language not in _LOCAL:
        return
    months, weekdays, day_month, phrases = _LOCAL[language]

    def day_text(moment: datetime) -> str:
        return day_month.format(d=moment.day, m=months[moment.month - 1])

    later = when + timedelta(days=rng.randint(1, 5))
    values["deadline"] = rng.choice(
        (
            day_text(later),
            weekdays[later.weekday()],
            later.strftime("%d/%m/%Y"),
            rng.choice(phrases).format(h=rng.randint(10, 17)),
        )
    )
    values["pay_date"] = day_text(when + timedelta(days=rng.randint(2, 12)))
    earlier = when - timedelta(hours=rng.randint(1, 60))
    values["date_text"] = f"{weekdays[earlier.weekday()]}, {day_text(earlier)} {earlier.year} {earlier:%H:%M}"
    # amounts as Europeans (and Brazilians) write them: 48.250,00 €
    number = f"{rng.randrange(4_800, 98_000):,}".replace(",", ".") + rng.choice(
        (",00", "", f",{rng.randrange(100):02d}")
    )
    values["amount"] = f"R$ {number}" if language == "pt" and rng.random() < 0.5 else f"{number} €"
