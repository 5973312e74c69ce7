"""Brands that are commonly impersonated, with the names a lure shows and the domains they really use.

A brand name shown by a sender whose registrable domain is not one of the brand's own is a classic
impersonation tell. The domain lists favour recall of the brand's real sending domains (including mail
service domains) over completeness: a miss here only costs a weak false signal, which the model weighs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Brand:
    key: str
    names: tuple[str, ...]  # lower-case names as shown ("office 365"); matched as whole words
    domains: tuple[str, ...]  # registrable domains the brand sends from / hosts on
    case_sensitive: tuple[str, ...] = ()  # short names matched only as written ("UPS", "ING")

    @property
    def labels(self) -> frozenset[str]:
        """Registrable labels that identify the brand in a host name (`paypal` of paypal.com)."""
        return _labels_of(self.domains)


@cache
def _labels_of(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d.split(".", 1)[0] for d in domains if len(d.split(".", 1)[0]) >= 4)


def _b(key: str, names: str, domains: str, case_sensitive: str = "") -> Brand:
    return Brand(key, tuple(n.strip() for n in names.split(",") if n.strip()), tuple(domains.split()),
                 tuple(case_sensitive.split()))


BRANDS: tuple[Brand, ...] = (
    _b("microsoft", "microsoft, microsoft 365, office 365, office365, outlook, onedrive, sharepoint, "
       "microsoft teams, azure, hotmail",
       "microsoft.com office.com office365.com outlook.com live.com hotmail.com onedrive.com sharepoint.com "
       "microsoftonline.com windows.net azure.com msn.com skype.com microsoftstore.com 1drv.ms "
       "microsoftemail.com xbox.com bing.com "
       "linkedin.com github.com"),
    _b("paypal", "paypal", "paypal.com paypal.me paypal-communication.com paypalobjects.com paypal.de "
       "paypal.co.uk paypal.fr paypal.es paypal.it paypal.nl paypal.com.br"),
    _b("docusign", "docusign", "docusign.com docusign.net docusign.eu"),
    _b("adobe", "adobe, adobe sign, acrobat", "adobe.com adobesign.com echosign.com adobe.io acrobat.com "),
    _b("dropbox", "dropbox", "dropbox.com dropboxmail.com dropboxusercontent.com"),
    _b("wetransfer", "wetransfer", "wetransfer.com we.tl"),
    _b("dhl", "dhl, dhl express", "dhl.com dhl.de dhl.co.uk dhl.fr dhl.nl dhl.es dhl.com.br dhl-news.com "
       "dpdhl.com deutschepost.de", "DHL"),
    _b("fedex", "fedex", "fedex.com fedex.co.uk fedex.de"),
    _b("ups", "ups, united parcel service", "ups.com ups-mi.net upsmail.com", "UPS"),
    _b("usps", "usps, postal service", "usps.com usps.gov", "USPS"),
    _b("correios", "correios", "correios.com.br"),
    _b("postnl", "postnl", "postnl.nl postnl.com"),
    _b("laposte", "la poste, colissimo", "laposte.fr laposte.net colissimo.fr"),
    _b("royalmail", "royal mail", "royalmail.com royalmail.co.uk"),
    _b("apple", "apple, icloud, itunes, app store, apple id", "apple.com icloud.com me.com mac.com "
       "itunes.com"),
    _b("amazon", "amazon, amazon prime, prime video, aws, amazon web services",
       "amazon.com amazon.co.uk amazon.de amazon.fr amazon.es amazon.it amazon.nl amazon.com.br amazon.ca "
       "amazon.co.jp amazon.in amazonses.com amazonaws.com primevideo.com a2z.com"),
    _b("netflix", "netflix", "netflix.com netflix.net nflxext.com"),
    _b("google", "google, gmail, google drive, google docs, google workspace, youtube",
       "google.com gmail.com googlemail.com googlegroups.com youtube.com googleusercontent.com "
       "googleapis.com gstatic.com google.co.uk google.de google.fr google.es google.com.br withgoogle.com"),
    _b("facebook", "facebook, meta, instagram, whatsapp",
       "facebook.com facebookmail.com meta.com instagram.com whatsapp.com fb.com"),
    _b("linkedin", "linkedin", "linkedin.com licdn.com"),
    _b("twitter", "twitter", "twitter.com x.com"),
    _b("zoom", "zoom", "zoom.us zoom.com zoomgov.com"),
    _b("slack", "slack", "slack.com slackhq.com"),
    _b("intuit", "intuit, quickbooks, turbotax", "intuit.com quickbooks.com turbotax.com"),
    _b("stripe", "stripe", "stripe.com"),
    _b("chase", "chase bank, chase online, jpmorgan, jp morgan", "chase.com jpmorgan.com jpmorganchase.com"),
    _b("bankofamerica", "bank of america", "bankofamerica.com bofa.com ml.com"),
    _b("wellsfargo", "wells fargo", "wellsfargo.com wf.com"),
    _b("citi", "citibank", "citi.com citibank.com citigroup.com"),
    _b("hsbc", "hsbc", "hsbc.com hsbc.co.uk hsbc.com.hk", "HSBC"),
    _b("barclays", "barclays", "barclays.com barclays.co.uk barclaycard.co.uk"),
    _b("santander", "santander", "santander.com santander.co.uk santander.com.br santander.es "
       "santander.de"),
    _b("ing", "ing bank", "ing.com ing.nl ing.de ing.es ing.be", "ING"),
    _b("rabobank", "rabobank", "rabobank.nl rabobank.com"),
    _b("abnamro", "abn amro", "abnamro.nl abnamro.com"),
    _b("bnpparibas", "bnp paribas", "bnpparibas.com bnpparibas.fr"),
    _b("creditagricole", "credit agricole, crédit agricole",
       "credit-agricole.fr credit-agricole.com ca-cib.com"),
    _b("societegenerale", "societe generale, société générale", "societegenerale.fr societegenerale.com"),
    _b("deutschebank", "deutsche bank", "deutsche-bank.de db.com"),
    _b("sparkasse", "sparkasse", "sparkasse.de s-finanzgruppe.de"),
    _b("commerzbank", "commerzbank", "commerzbank.de commerzbank.com"),
    _b("itau", "itau, itaú", "itau.com.br itau.com"),
    _b("bradesco", "bradesco", "bradesco.com.br"),
    _b("caixa", "caixa, caixa economica", "caixa.gov.br caixabank.es caixa.pt"),
    _b("bancodobrasil", "banco do brasil", "bb.com.br bancodobrasil.com.br"),
    _b("nubank", "nubank", "nubank.com.br nu.com.br"),
    _b("mercadolivre", "mercado livre, mercado libre, mercado pago",
       "mercadolivre.com.br mercadolibre.com mercadopago.com mercadolivre.com mercadolibre.com.ar"),
    _b("bbva", "bbva", "bbva.com bbva.es bbva.mx"),
    _b("americanexpress", "american express, amex", "americanexpress.com aexp.com amex.com"),
    _b("visa", "visa", "visa.com", "VISA Visa"),
    _b("mastercard", "mastercard", "mastercard.com"),
    _b("coinbase", "coinbase", "coinbase.com"),
    _b("binance", "binance", "binance.com"),
    _b("metamask", "metamask", "metamask.io consensys.net"),
    _b("trustwallet", "trust wallet, trustwallet", "trustwallet.com"),
    _b("blockchain", "blockchain.com", "blockchain.com"),
    _b("kraken", "kraken", "kraken.com", "Kraken"),
    _b("portoseguro", "porto seguro", "portoseguro.com.br"),
    _b("serasa", "serasa", "serasa.com.br serasaexperian.com.br"),
    _b("detran", "detran", "detran.sp.gov.br gov.br"),
    _b("ledger", "ledger live, ledger wallet", "ledger.com"),
    _b("ebay", "ebay", "ebay.com ebay.co.uk ebay.de ebay.fr ebay.es ebay.it"),
    _b("walmart", "walmart", "walmart.com"),
    _b("costco", "costco", "costco.com"),
    _b("spotify", "spotify", "spotify.com"),
    _b("disney", "disney+, disney plus", "disney.com disneyplus.com"),
    _b("steam", "steam support, steam community", "steampowered.com steamcommunity.com valvesoftware.com"),
    _b("irs", "internal revenue service", "irs.gov", "IRS"),
    _b("hmrc", "hmrc, hm revenue", "hmrc.gov.uk gov.uk", "HMRC"),
    _b("receita", "receita federal", "receita.fazenda.gov.br gov.br"),
    _b("norton", "norton, norton 360, lifelock", "norton.com nortonlifelock.com gen.digital lifelock.com"),
    _b("mcafee", "mcafee", "mcafee.com"),
    _b("geeksquad", "geek squad", "geeksquad.com bestbuy.com"),
    _b("booking", "booking.com", "booking.com bstatic.com"),
    _b("airbnb", "airbnb", "airbnb.com airbnb.co.uk airbnbmail.com"),
    _b("ovh", "ovh, ovhcloud", "ovh.com ovh.net ovhcloud.com ovh.fr", "OVH"),
    _b("godaddy", "godaddy", "godaddy.com secureserver.net"),
    _b("webmail", "cpanel, roundcube, zimbra", "cpanel.net cpanel.com roundcube.net zimbra.com"),
    _b("vodafone", "vodafone", "vodafone.com vodafone.de vodafone.co.uk vodafone.es vodafone.pt"),
    _b("orange", "orange mail, messagerie orange", "orange.fr orange.com"),
    _b("telekom", "telekom, t-mobile", "telekom.de t-mobile.com t-online.de t-mobile.de"),
    _b("att", "at&t", "att.com att.net"),
    _b("verizon", "verizon", "verizon.com verizon.net verizonwireless.com"),
    _b("comcast", "comcast, xfinity", "comcast.com comcast.net xfinity.com"),
)

# Names that also occur as ordinary words: matched only as written (case-sensitive) or not at all.
_GENERIC_WORDS = frozenset({"outlook", "meta", "zoom", "slack", "stripe", "visa", "ups", "caixa", "apple",
                            "amazon", "disney+"})


@cache
def official_domains() -> frozenset[str]:
    return frozenset(d for b in BRANDS for d in b.domains)


@cache
def brand_by_key() -> dict[str, Brand]:
    return {b.key: b for b in BRANDS}


@cache
def _name_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Brand]]:
    """One regex for case-insensitive names and one for case-sensitive ones (whole words only)."""
    by_name: dict[str, Brand] = {}
    folded: list[str] = []
    exact: list[str] = []
    for brand in BRANDS:
        for name in brand.names:
            if name in _GENERIC_WORDS:
                exact.append(name.title() if name != "disney+" else "Disney+")
                by_name[exact[-1]] = brand
            else:
                folded.append(name)
                by_name[name] = brand
        for name in brand.case_sensitive:
            exact.append(name)
            by_name[name] = brand
    def alternation(names: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    # "Itaú- Crédito" names Itaú; "pop-ups" does not name UPS (a hyphen before the name blocks it).
    folded_re = re.compile(rf"(?<![\w@.-])(?:{alternation(folded)})(?!\w)", re.IGNORECASE)
    exact_re = re.compile(rf"(?<![\w@.-])(?:{alternation(exact)})(?!\w)")
    return folded_re, exact_re, by_name


def brands_named_in(text: str) -> list[tuple[str, Brand]]:
    """(name as found, brand) for every brand named in `text`, first occurrence order, one per brand."""
    if not text:
        return []
    folded_re, exact_re, by_name = _name_pattern()
    found: list[tuple[int, str, Brand]] = []
    for match in folded_re.finditer(text):
        found.append((match.start(), match.group(0), by_name[match.group(0).lower()]))
    for match in exact_re.finditer(text):
        found.append((match.start(), match.group(0), by_name[match.group(0)]))
    seen: set[str] = set()
    out: list[tuple[str, Brand]] = []
    for _, name, brand in sorted(found, key=lambda f: f[0]):
        if brand.key not in seen:
            seen.add(brand.key)
            out.append((name, brand))
    return out


@cache
def brand_by_label() -> dict[str, Brand]:
    """Registrable label -> brand (`paypal` -> PayPal), for labels of four letters or more."""
    out: dict[str, Brand] = {}
    for brand in BRANDS:
        for label in brand.labels:
            out.setdefault(label, brand)
    return out


def is_brand_domain(brand: Brand, registrable: str) -> bool:
    """The registrable domain belongs to the brand (listed, or the brand's label under any suffix)."""
    if registrable in brand.domains:
        return True
    label = registrable.split(".", 1)[0]
    return label in brand.labels and len(label) >= 4
