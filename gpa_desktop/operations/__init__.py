"""One function per officer action, shared by the window and the command line (no Qt here).

Each takes a ``Workspace`` (the open database and who acts) and returns plain values; an
action that writes returns what it changed as an ``OpChanges``. Reads open a read-only
transaction (a read never writes); writes go through storage's change log, so each can be
undone. The window runs them through ``ui.runner``; ``cli.py`` parses, calls and prints.
"""

from ..domain.changes import OpChanges
from .workspace import Workspace

__all__ = ["OpChanges", "Workspace"]
