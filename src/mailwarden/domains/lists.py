"""Small, hand-kept lists of domain kinds that detectors need without any history.

They are deliberately short: well-known names only. A host is matched on its registrable domain, or on
a host suffix where the service hands out sub-domains (`x.web.app`, `x.r2.dev`).
"""

from __future__ import annotations

from mailwarden.domains.names import clean_host, split_host


def word_list(block: str) -> list[str]:
    """Lists below are kept as blocks of words: easier to read and extend than quoted literals."""
    return block.split()


# Consumer mailbox providers: anyone can get an address here in a minute (consumer ISPs' mailboxes too:
# a private person's address, never a company's).
FREEMAIL: frozenset[str] = frozenset(word_list(
    """
    gmail.com googlemail.com yahoo.com ymail.com rocketmail.com aol.com aim.com hotmail.com outlook.com
    live.com msn.com passport.com icloud.com me.com mac.com protonmail.com protonmail.ch proton.me pm.me
    gmx.com gmx.net gmx.de gmx.at gmx.ch web.de mail.com email.com usa.com post.com mail.ru inbox.ru list.ru
    bk.ru yandex.com yandex.ru ya.ru zoho.com zohomail.com tutanota.com tutanota.de tuta.io tutamail.com
    qq.com 163.com 126.com yeah.net sina.com sohu.com naver.com daum.net hanmail.net seznam.cz libero.it
    virgilio.it tiscali.it alice.it orange.fr wanadoo.fr free.fr laposte.net sfr.fr t-online.de freenet.de
    arcor.de uol.com.br bol.com.br terra.com.br ig.com.br r7.com rediffmail.com yopmail.com mailinator.com
    guerrillamail.com sharklasers.com 10minutemail.com temp-mail.org tempmail.com inbox.com fastmail.com
    fastmail.fm hushmail.com lycos.com excite.com juno.com netzero.net earthlink.net comcast.net
    verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net btinternet.com blueyonder.co.uk
    wp.pl o2.pl onet.pl interia.pl op.pl centrum.cz azet.sk abv.bg mail.bg rambler.ru ukr.net i.ua
    telenet.be skynet.be ziggo.nl kpnmail.nl hetnet.nl planet.nl home.nl xs4all.nl bluewin.ch gmx.fr
    cantv.net prodigy.net.mx hotmail.es hotmail.fr hotmail.de hotmail.it hotmail.co.uk yahoo.co.uk
    yahoo.fr yahoo.de yahoo.es yahoo.it yahoo.com.br yahoo.com.mx yahoo.co.jp yahoo.co.in outlook.fr
    outlook.de outlook.es outlook.com.br live.fr live.de live.co.uk live.nl msn.fr
    rr.com roadrunner.com swbell.net pacbell.net flash.net mindspring.com prodigy.net ameritech.net
    optonline.net netscape.net cs.com compuserve.com peoplepc.com usa.net qwest.net frontiernet.net
    windstream.net centurytel.net mchsi.com adelphia.net bigpond.com shaw.ca rogers.com sympatico.ca
    telus.net ntlworld.com attbi.com home.com
    """
))
# Providers that exist under many country suffixes: the label alone decides.
_FREEMAIL_LABELS = frozenset({"yahoo", "hotmail", "outlook", "gmx", "yandex", "aol", "live", "gmail"})

# Link shorteners hide where a link goes.
SHORTENERS: frozenset[str] = frozenset(word_list(
    """
    bit.ly bitly.com j.mp tinyurl.com t.co goo.gl ow.ly is.gd v.gd buff.ly rebrand.ly cutt.ly shorturl.at
    rb.gy t.ly tiny.cc bit.do soo.gd s.id lnkd.in qrco.de short.io shorte.st adf.ly bl.ink clck.ru u.to
    x.gd tr.im snip.ly shorturl.com tiny.one shrtco.de urlz.fr 2u.pw l.ead.me rotf.lol gg.gg shorturl.gg
    surl.li kutt.it t2m.io trib.al dlvr.it ift.tt hyperurl.co linktr.ee me-qr.com qr.io tinu.be
    """
))

# Free hosting, form builders, IPFS gateways and web3 storage: phishing kits live here because a page
# costs nothing and inherits the reputation of the platform.
FREE_HOSTING: tuple[str, ...] = tuple(word_list(
    """
    firebasestorage.googleapis.com storage.googleapis.com appspot.com web.app firebaseapp.com r2.dev
    pages.dev workers.dev glitch.me ngrok.io ngrok-free.app ngrok.app ngrok.dev herokuapp.com netlify.app
    vercel.app github.io gitbook.io weebly.com weeblysite.com wixsite.com wix.com 000webhostapp.com
    blogspot.com sites.google.com forms.gle docs.google.com/forms forms.office.com forms.microsoft.com
    typeform.com jotform.com jotform.co formstack.com wufoo.com ipfs.io dweb.link cloudflare-ipfs.com
    w3s.link nftstorage.link ipfs.w3s.link fleek.co on.fleek.co 4everland.link surge.sh replit.app repl.co
    azurewebsites.net blob.core.windows.net web.core.windows.net s3.amazonaws.com amplifyapp.com
    onrender.com fly.dev square.site godaddysites.com mystrikingly.com webflow.io carrd.co notion.site
    canva.site framer.website yolasite.com site123.me tilda.ws mailchimpsites.com myshopify.com
    translate.goog backblazeb2.com digitaloceanspaces.com linodeobjects.com trycloudflare.com
    """
))

# File-sharing services: common in real business mail, a weaker tell than free hosting.
FILE_SHARING: tuple[str, ...] = tuple(word_list(
    """
    sharepoint.com 1drv.ms onedrive.live.com dropbox.com dropboxusercontent.com wetransfer.com we.tl
    box.com app.box.com drive.google.com mega.nz mediafire.com sendspace.com filetransfer.io
    """
))

# Bulk-mail services whose bounce addresses legitimately differ from the From domain.
BULK_SENDERS: frozenset[str] = frozenset(word_list(
    """
    amazonses.com sendgrid.net mailgun.org mailgun.net mcsv.net mcdlv.net rsgsv.net mailchimpapp.net
    sparkpostmail.com mandrillapp.com postmarkapp.com mtasv.net exacttarget.com sfmc-marketing.com
    cmail19.com cmail20.com createsend.com constantcontact.com ccsend.com hubspotemail.net hubspot.com
    salesforce.com marketo.org mktomail.com sailthru.com emsmtp.com bounces.google.com google.com
    googlegroups.com facebookmail.com linkedin.com outbound.protection.outlook.com zendesk.com
    intercom-mail.com customeriomail.com klaviyomail.com mailjet.com sendinblue.com brevo.com
    """
))


def _matches_suffix(host: str, suffixes: frozenset[str]) -> str:
    """The entry of `suffixes` that `host` equals or is a sub-domain of ("" when none): set look-ups of
    the host's own suffixes instead of a scan of the list."""
    while host:
        if host in suffixes:
            return host
        host = host.partition(".")[2]
    return ""


_FREE_HOSTING_HOSTS = frozenset(e for e in FREE_HOSTING if "/" not in e)
_FREE_HOSTING_PATHS = tuple(e.partition("/") for e in FREE_HOSTING if "/" in e)
_FILE_SHARING_HOSTS = frozenset(FILE_SHARING)


def is_freemail(domain: str) -> bool:
    parts = split_host(domain)
    return parts.registrable in FREEMAIL or (bool(parts.suffix) and parts.label in _FREEMAIL_LABELS)


def shortener(host: str) -> str:
    return _matches_suffix(clean_host(host), SHORTENERS)


def free_hosting(host: str, path: str = "") -> str:
    """The free-hosting service a link lives on ("" when none). `path` lets `docs.google.com/forms` match."""
    host = clean_host(host)
    found = _matches_suffix(host, _FREE_HOSTING_HOSTS)
    if found:
        return found
    for entry_host, _, entry_path in _FREE_HOSTING_PATHS:
        if host == entry_host and path.lstrip("/").startswith(entry_path):
            return f"{entry_host}/{entry_path}"
    if ".ipfs." in f".{host}.":
        return "ipfs"
    return ""


def file_sharing(host: str) -> str:
    return _matches_suffix(clean_host(host), _FILE_SHARING_HOSTS)


def is_bulk_sender(domain: str) -> bool:
    return bool(_matches_suffix(clean_host(domain), BULK_SENDERS))
