"""Synthetic attacks written against an organization's own people, vendors and threads.

    from mailwarden.synth import OrgSeed, generate
    for raw, label in generate(OrgSeed.from_profile(profile), 500, rng_seed=1, exclude_families=["broken"]):
        ...

Same seed + same organization = the same bytes. Template families are independent authors: hold one
out (`exclude_families`) to measure whether a model learned attacks or wording.
"""

from __future__ import annotations

from mailwarden.synth.families import FAMILIES, select_families
from mailwarden.synth.generator import (
    ATTACK_TYPES,
    DEFAULT_DATE_RANGE,
    SyntheticAttack,
    generate,
    generic_seed,
)
from mailwarden.synth.hardneg import generate_hard_negatives
from mailwarden.synth.outside import generate_outside_first_contacts
from mailwarden.synth.scenario import KIND_NAMES, STRATEGIES
from mailwarden.synth.seed import OrgSeed, SeedPerson, SeedVendor
from mailwarden.synth.style import MailStyle, infer_mail_style


def family_names() -> list[str]:
    return list(FAMILIES)


__all__ = [
    "ATTACK_TYPES",
    "DEFAULT_DATE_RANGE",
    "FAMILIES",
    "KIND_NAMES",
    "STRATEGIES",
    "MailStyle",
    "OrgSeed",
    "SeedPerson",
    "SeedVendor",
    "SyntheticAttack",
    "family_names",
    "generate",
    "generate_hard_negatives",
    "generate_outside_first_contacts",
    "generic_seed",
    "infer_mail_style",
    "select_families",
]
