"""One error hierarchy for the public API (the httpx habit): catch MailwardenError to catch ours."""


class MailwardenError(Exception):
    """Base of every error Mailwarden raises on purpose."""


class SourceError(MailwardenError):
    """A path or archive could not be read as mail (the batch goes on; the item gets an error line)."""


class ParseError(MailwardenError):
    """Raised only by strict helpers; the parser itself records defects instead of raising."""


class StoreError(MailwardenError):
    """The profile/label store could not be opened, migrated or written."""


class ModelError(MailwardenError):
    """A model could not be trained, loaded or applied; callers fall back to the cold-start scorer."""


class ConfigError(MailwardenError):
    """A setting has an invalid value."""
