"""Entry point of ``gpa-desktop`` and ``python -m gpa_desktop``."""

from __future__ import annotations

import sys


def _multiprocessing_child(argv: list[str]) -> bool:
    """Whether the frozen program was started as the workbook reader (exchange.contained) or multiprocessing's
    resource tracker: the only starts PyInstaller's multiprocessing hook diverts (`--multiprocessing-fork`
    first, or `-c` with the tracker's code last); build.spec keeps that hook for this instead of every start."""
    return argv[1:2] == ["--multiprocessing-fork"] or (argv[-2:-1] == ["-c"] and argv[-1].startswith("from multiprocessing."))


def _divert_to_multiprocessing() -> None:
    """PyInstaller's hook, then its freeze_support: a reader or tracker process does its work and exits there."""
    from pathlib import Path

    hook = Path(sys._MEIPASS, "pyi_rth_multiprocessing.py")  # build.spec's DEFERRED_HOOK
    exec(compile(hook.read_bytes(), str(hook), "exec"), {"__name__": hook.stem})
    import multiprocessing

    multiprocessing.freeze_support()


def main() -> int:
    if getattr(sys, "frozen", False) and _multiprocessing_child(sys.argv):
        _divert_to_multiprocessing()
    for stream in (sys.stdout, sys.stderr):  # Vietnamese on any console, never an encoding crash
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    # absolute imports: PyInstaller runs this file as a script, outside its package
    from gpa_desktop.logs import hold_logging

    hold_logging()  # kept for the log file, which a command opens first and the window just after its first paint
    from gpa_desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
