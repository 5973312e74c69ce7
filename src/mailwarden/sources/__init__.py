"""Where messages come from: .eml, mbox, maildir, tar archives and folders of them (streaming)."""

from mailwarden.sources.base import RawItem
from mailwarden.sources.walk import count_hint, iter_raw

__all__ = ["RawItem", "count_hint", "iter_raw"]
