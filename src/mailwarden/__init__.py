"""Mailwarden: ML-first email attack detection that learns how an organization communicates."""

__version__ = "0.1.0"
