"""Where messages come from: .eml, mbox, maildir, tar archives and folders of them (streaming)."""

from mailwarden.sources.base import RawItem

__all__ = ["RawItem"]
