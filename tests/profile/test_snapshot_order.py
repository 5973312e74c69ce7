"""Lists drawn from a profile do not depend on the order learning stored its rows in."""

from __future__ import annotations

from pathlib import Path

from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw
from mailwarden.store import Store
from mailwarden.synth import OrgSeed

ORG = Path(__file__).parent.parent / "fixtures" / "org"


def _snapshot(home: Path, order: list[Path]) -> ProfileSnapshot:
    settings = Settings.load(home=home)
    with Store.open(settings) as store:
        for path in order:  # one learn per file: rows land in the store in this order
            learn(store, settings, iter_raw([path]))
        return ProfileSnapshot.load(store)


def test_people_contacts_and_the_synth_seed_are_the_same_whatever_the_learning_order(tmp_path):
    a = _snapshot(tmp_path / "a", [ORG / "inbox.mbox", ORG / "sent.mbox"])
    b = _snapshot(tmp_path / "b", [ORG / "sent.mbox", ORG / "inbox.mbox"])
    assert [p.addresses for p in a.people()] == [p.addresses for p in b.people()]
    assert [c.address for c in a.contacts()] == [c.address for c in b.contacts()]
    assert [p.name for p in a.vips()] == [p.name for p in b.vips()]
    assert OrgSeed.from_profile(a).to_dict() == OrgSeed.from_profile(b).to_dict()
    addresses = [c.address for c in a.contacts()]
    assert addresses == sorted(addresses) and len(addresses) > 3
