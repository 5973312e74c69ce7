"""The typed, immutable message that every later stage reads (parsed once)."""

from mailwarden.message.model import (
    Address,
    Attachment,
    AuthResults,
    Link,
    Message,
    ReceivedHop,
)

__all__ = ["Address", "Attachment", "AuthResults", "Link", "Message", "ReceivedHop"]
