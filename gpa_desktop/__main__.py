"""Entry point of ``gpa-desktop`` and ``python -m gpa_desktop``."""

from __future__ import annotations

import sys


def main() -> int:
    if getattr(sys, "frozen", False):  # the frozen program is also the workbook reader process (exchange.contained);
        import multiprocessing  # from source freeze_support does nothing, and the import was 8 ms of start-up

        multiprocessing.freeze_support()
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
