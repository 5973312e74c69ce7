"""Inert attachments have the structure of malicious ones (and nothing else)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from random import Random

import pypdf

from mailwarden.synth import attachments as att

WHEN = datetime(2024, 5, 6, 9, 30, 12)


def test_exe_in_zip_is_a_zip_holding_an_inert_executable_name() -> None:
    for seed in range(10):
        item = att.exe_in_zip("Invoice_1", WHEN, Random(seed))
        with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
            (name,) = archive.namelist()
            data = archive.read(name)
        assert name.startswith("Invoice_1") and name.rsplit(".", 1)[1] in ("exe", "scr", "js", "lnk", "vbs")
        assert data.startswith((b"MZ", b"//")) and b"inert" in data


def test_encrypted_zip_really_is_encrypted_and_opens_with_its_password() -> None:
    item = att.encrypted_zip("Doc_7", "Inv4821", WHEN, Random(3))
    with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
        info = archive.infolist()[0]
        assert info.flag_bits & 0x1
        data = archive.read(info.filename, pwd=b"Inv4821")
    assert b"inert" in data


def test_macro_document_carries_a_vba_project() -> None:
    item = att.macro_document("Remittance", WHEN, Random(1))
    with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
        names = archive.namelist()
        project = next(n for n in names if n.endswith("vbaProject.bin"))
        assert archive.read(project).startswith(bytes.fromhex("D0CF11E0A1B11AE1"))
        assert "[Content_Types].xml" in names
    assert item.filename.endswith((".docm", ".xlsm")) and "macroEnabled" in item.content_type


def test_html_smuggling_has_the_markers_and_a_harmless_payload() -> None:
    text = att.html_smuggling("Scan", Random(2)).data.decode()
    assert "atob(" in text and "new Blob(" in text and "download" in text


def test_iso_image_has_a_volume_descriptor() -> None:
    item = att.iso_image("shipping", WHEN, Random(4))
    assert item.data[32769:32774] == b"CD001"
    assert b"SHIPPING." in item.data


def test_pdf_with_link_parses_and_points_at_the_url() -> None:
    url = "https://docs-portal.example/view/abc"
    item = att.pdf_document("Notice", ["Secure document"], url)
    page = pypdf.PdfReader(io.BytesIO(item.data)).pages[0]
    uris = [a.get_object()["/A"]["/URI"] for a in page["/Annots"]]
    assert uris == [url]
    assert "Secure document" in page.extract_text()


def test_calendar_invite_and_qr_code() -> None:
    url = "https://meet-room.example/j/1"
    invite = att.calendar_invite(
        "Review", url, "a@x.example", "b@y.example", WHEN, "uid-1", "Join:"
    ).data.decode()
    assert invite.startswith("BEGIN:VCALENDAR") and "METHOD:REQUEST" in invite and url in invite
    png = att.qr_code(url, "qr.png").data
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) < 4000


def test_attachments_are_deterministic() -> None:
    assert att.exe_in_zip("A", WHEN, Random(1)).data == att.exe_in_zip("A", WHEN, Random(1)).data
    assert (
        att.encrypted_zip("A", "pw", WHEN, Random(1)).data
        == att.encrypted_zip("A", "pw", WHEN, Random(1)).data
    )
