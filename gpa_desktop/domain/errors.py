"""Errors a user can act on.

Messages are English source text marked for ``pyside6-lupdate`` with
``QT_TRANSLATE_NOOP``; the edge (command line or window) translates them,
so this layer stays free of Qt.
"""

from __future__ import annotations

CONTEXT = "UserError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation without translating it here."""
    return text


class UserError(Exception):
    """Something the user can understand and fix; never shown as a traceback."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def render(self, translate=None) -> str:
        """The message in the user's language; *translate(context, text)* comes from the edge."""
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)


class DatabaseError(UserError):
    """The database file cannot be used as it is (not ours, too new, read-only, damaged)."""
