"""Fictional names, companies and places for generic organizations and attacker personas.

Nothing here comes from a real mail corpus; names are common given/family names combined at random.
"""

from __future__ import annotations

from random import Random

FIRST_NAMES = (
    "Alice",
    "Amara",
    "Andrea",
    "Anil",
    "Arjun",
    "Beatriz",
    "Ben",
    "Bianca",
    "Brandon",
    "Carla",
    "Carlos",
    "Chen",
    "Chloe",
    "Claire",
    "Daniel",
    "Dario",
    "Deborah",
    "Diego",
    "Dmitri",
    "Elena",
    "Emeka",
    "Emily",
    "Erik",
    "Fatima",
    "Felix",
    "Fiona",
    "Gabriel",
    "Grace",
    "Hannah",
    "Hiro",
    "Ines",
    "Isaac",
    "Ivana",
    "Jamal",
    "James",
    "Jana",
    "Javier",
    "Jessica",
    "Jonas",
    "Julia",
    "Karen",
    "Kevin",
    "Kofi",
    "Laura",
    "Leila",
    "Liam",
    "Lucia",
    "Marco",
    "Maria",
    "Mark",
    "Martina",
    "Mei",
    "Michael",
    "Miguel",
    "Nadia",
    "Naomi",
    "Nikhil",
    "Nora",
    "Oliver",
    "Olga",
    "Omar",
    "Paolo",
    "Patricia",
    "Paul",
    "Priya",
    "Rachel",
    "Rafael",
    "Rebecca",
    "Robert",
    "Rosa",
    "Ruth",
    "Samuel",
    "Sandra",
    "Sara",
    "Sean",
    "Sofia",
    "Stefan",
    "Susan",
    "Tariq",
    "Teresa",
    "Thomas",
    "Tomasz",
    "Valerie",
    "Victor",
    "Wei",
    "William",
    "Yusuf",
    "Zoe",
)

LAST_NAMES = (
    "Abbott",
    "Adeyemi",
    "Alvarez",
    "Andersen",
    "Baker",
    "Barros",
    "Becker",
    "Bennett",
    "Brennan",
    "Castillo",
    "Chandra",
    "Chen",
    "Collins",
    "Costa",
    "Dalton",
    "Delgado",
    "Dubois",
    "Eriksen",
    "Farrell",
    "Fischer",
    "Fontaine",
    "Garcia",
    "Gomez",
    "Grant",
    "Hale",
    "Hartmann",
    "Hayes",
    "Holloway",
    "Ibrahim",
    "Ivanova",
    "Jensen",
    "Kapoor",
    "Keller",
    "Kim",
    "Kowalski",
    "Larsen",
    "Lindqvist",
    "Lopez",
    "Maddox",
    "Mendes",
    "Meyer",
    "Moreau",
    "Morrison",
    "Nakamura",
    "Novak",
    "Okafor",
    "Olsen",
    "Ortega",
    "Patel",
    "Pereira",
    "Petrov",
    "Quinn",
    "Ramos",
    "Reyes",
    "Richter",
    "Rossi",
    "Sandoval",
    "Schmidt",
    "Silva",
    "Sullivan",
    "Tanaka",
    "Thornton",
    "Torres",
    "Vargas",
    "Voss",
    "Wagner",
    "Walsh",
    "Whitaker",
    "Yamada",
    "Zhang",
)

COMPANY_STEMS = (
    "Alder",
    "Ambrose",
    "Apex",
    "Arbor",
    "Beacon",
    "Birch",
    "Blue Fjord",
    "Bright Harbor",
    "Cedar",
    "Cobalt",
    "Copperline",
    "Crestview",
    "Delta Ridge",
    "Evergreen",
    "Falcon",
    "Granite",
    "Greystone",
    "Halcyon",
    "Ironwood",
    "Juniper",
    "Keystone",
    "Lakeshore",
    "Lumen",
    "Maple Crest",
    "Meridian",
    "Northwind",
    "Oakmont",
    "Orion",
    "Pinecrest",
    "Quarry",
    "Redwood",
    "Riverbend",
    "Sable",
    "Silverline",
    "Summit",
    "Tidewater",
    "Trillium",
    "Vantage",
    "Westbrook",
    "Willow",
    "Zenith",
)

COMPANY_KINDS = (
    "Logistics",
    "Energy",
    "Health",
    "Partners",
    "Capital",
    "Foods",
    "Systems",
    "Analytics",
    "Manufacturing",
    "Engineering",
    "Supply",
    "Freight",
    "Labs",
    "Consulting",
    "Builders",
    "Packaging",
    "Media",
    "Software",
    "Pharma",
    "Industrial",
    "Electric",
    "Staffing",
    "Print",
    "Facilities",
    "Legal",
)

COMPANY_SUFFIXES = ("Inc.", "LLC", "Ltd", "Group", "Corp.", "GmbH", "S.A.", "Co.", "")

TLDS = ("com", "com", "com", "net", "org", "io", "co", "us", "biz", "de", "co.uk")

TITLES_VIP = (
    ("Chief Executive Officer", "ceo"),
    ("President", "ceo"),
    ("Chief Financial Officer", "cfo"),
    ("Chief Operating Officer", "coo"),
    ("General Counsel", "legal"),
    ("Managing Director", "ceo"),
)
TITLES_FINANCE = (
    "Controller",
    "Accounts Payable Specialist",
    "Finance Manager",
    "Treasury Analyst",
    "Senior Accountant",
    "AP Clerk",
    "Director of Finance",
)
TITLES_HR = (
    "HR Manager",
    "Payroll Specialist",
    "People Operations Lead",
    "HR Generalist",
    "Payroll Administrator",
)
TITLES_OTHER = (
    "Project Manager",
    "Sales Director",
    "Account Executive",
    "Engineer",
    "Analyst",
    "Operations Manager",
    "Executive Assistant",
    "Office Manager",
    "IT Administrator",
    "Procurement Lead",
    "Marketing Coordinator",
    "Buyer",
    "Logistics Coordinator",
    "Designer",
)

BANKS = (
    "First Harbor Bank",
    "Union Meridian Bank",
    "Coastal Trust",
    "Northstar Savings",
    "Pacific Crest Bank",
    "Banco Atlantico",
    "Keystone National",
    "Heritage Federal",
    "Crown Commercial Bank",
    "Summit Credit Union",
    "Lakeside Bank N.A.",
    "Metro Capital Bank",
)

CITIES = (
    "Houston",
    "Denver",
    "Madrid",
    "Lisbon",
    "Hamburg",
    "Lyon",
    "Toronto",
    "Singapore",
    "Dublin",
    "Chicago",
    "Atlanta",
    "Rotterdam",
    "Miami",
    "Phoenix",
    "Porto",
    "Munich",
    "Bordeaux",
    "Seville",
)

PROJECTS = (
    "Atlas",
    "Harbor expansion",
    "Q3 forecast",
    "Northside",
    "pricing review",
    "vendor onboarding",
    "budget",
    "audit prep",
    "Phoenix",
    "warehouse lease",
    "board deck",
    "capacity plan",
    "renewal",
    "integration",
    "site visit",
    "Beta rollout",
    "headcount plan",
    "compliance review",
)

THREAD_PATTERNS = (
    "{p} update",
    "{p} - next steps",
    "Follow up: {p}",
    "{p} meeting notes",
    "Draft {p} numbers",
    "Question on {p}",
    "{p} schedule",
    "{p} contract",
    "Updated {p} figures",
    "{p} status",
    "Invoice {n}",
    "PO {n} delivery",
    "Statement for {m}",
    "{p} proposal",
    "{p} call tomorrow",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def person_name(rng: Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def company_name(rng: Random) -> str:
    return f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}"


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def company_domain(company: str, rng: Random) -> str:
    words = [slug(w) for w in company.split() if slug(w)]
    style = rng.randrange(4)
    if style == 0:
        label = "".join(words)
    elif style == 1:
        label = "-".join(words)
    elif style == 2:
        label = words[0] + (words[1][:3] if len(words) > 1 else "")
    else:
        label = words[0]
    return f"{label}.{rng.choice(TLDS)}"


def mailbox_name(name: str, rng: Random) -> str:
    parts = [slug(p) for p in name.split() if slug(p)]
    first, last = parts[0], parts[-1]
    form = rng.randrange(5)
    return (f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}", f"{first}_{last}", first)[form]


def thread_subject(rng: Random) -> str:
    pattern = rng.choice(THREAD_PATTERNS)
    return pattern.format(p=rng.choice(PROJECTS), n=rng.randrange(1000, 99999), m=rng.choice(MONTHS))
