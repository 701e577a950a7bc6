"""Reading untrusted workbooks where a reader's failure cannot take the app with it.

The safety checks refuse every size or count a reader is known to trust, but a reading library
can still fail in ways Python cannot catch: a Rust panic (pyo3's PanicException derives from
BaseException), an abort on a failed allocation (exit 134), a run-away loop. So the actual read
happens in one long-lived child process, started on first use and reused for every file of every
batch (starting Python per file would cost more than reading the file). The child has a memory
limit (RLIMIT_AS on POSIX, a job object on Windows) and every call a time limit; when it dies or
overruns, the file gets one plain sentence and the next file a fresh child.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
import types

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from .safety import WorkbookRejected

log = logging.getLogger(__name__)

MEMORY_LIMIT = 2 << 30  # bytes of address space for the reader: a reporting workbook needs a tenth of it
TIME_LIMIT = 60.0  # seconds for one file: a reporting workbook takes well under one

NOT_READ_SAFELY = QT_TRANSLATE_NOOP(
    "UserError",
    "The file {name} could not be read safely: reading it needed far more memory or time than a reporting workbook does, or made the reader fail; it was not imported.",
)


def _limit_memory(limit: int) -> None:
    """Cap this process's memory; a failure to do so is logged, the time limit still holds."""
    try:
        if sys.platform == "win32":
            _windows_job(limit)
        else:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, AttributeError) as exc:  # pragma: no cover - a platform without the means
        log.warning("the workbook reader runs without a memory limit: %r", exc)


def _windows_job(limit: int) -> None:  # pragma: no cover - Windows only
    """Put this process in a job object whose processes may commit at most *limit* bytes."""
    import ctypes
    from ctypes import wintypes

    class IoCounters(ctypes.Structure):
        _fields_ = [(n, ctypes.c_ulonglong) for n in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount", "ReadTransferCount", "WriteTransferCount", "OtherTransferCount",
        )]

    class BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64), ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t), ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD), ("SchedulingClass", wintypes.DWORD),
        ]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BasicLimits), ("IoInfo", IoCounters), ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t), ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise ctypes.WinError(ctypes.get_last_error())
    limits = ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
    limits.ProcessMemoryLimit = limit
    if not kernel32.SetInformationJobObject(job, 9, ctypes.byref(limits), ctypes.sizeof(limits)):  # JobObjectExtendedLimitInformation
        raise ctypes.WinError(ctypes.get_last_error())
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise ctypes.WinError(ctypes.get_last_error())


def _quiet() -> None:
    """What a reader prints as it fails (a Rust panic's backtrace) is not for the officer's console: the
    parent logs what the child reports."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:  # pragma: no cover - no standard error to silence
        pass


def _serve(connection, memory_limit: int) -> None:
    """The child: run each (function, arguments) sent, send back what came of it, until the pipe closes."""
    _limit_memory(memory_limit)
    _quiet()
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("done", function(*args))
        except UserError as error:  # rebuilt in the parent as it was: its class, sentence and whatever else it holds
            reply = ("refused", type(error), error.args, vars(error))
        except BaseException as exc:  # noqa: BLE001 - a panic, MemoryError, any bug: reported, the child lives on
            reply = ("failed", "".join(traceback.format_exception(exc)))
        try:
            connection.send(reply)
        except Exception as exc:  # noqa: BLE001 - a result that does not pickle
            connection.send(("failed", f"the reply could not be sent: {exc!r}"))


class _Reader:
    """The parent's handle on the child; one call at a time (imports may run on a worker thread).

    A call may name the next one (*then*): sent as soon as its own answer is in, so the child reads the
    next file of a batch while the parent works on this one (2 cores). Its answer is taken when that call
    comes with the same function, arguments and *stamp* (what the file was when it was sent: a file changed
    since is read again), under the same time limit counted from when it was sent; a call that does not
    come has it waited for and dropped before the next one is sent."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.process = None
        self.connection = None
        self.ahead = None  # (function, args, stamp, deadline) sent and not yet answered

    def call(self, name: str, function, args: tuple, timeout: float, stamp=None, then: tuple | None = None):
        with self.lock:
            ahead, self.ahead = self.ahead, None
            if ahead is not None and ahead[:3] != (function, args, stamp):
                self._drop(ahead)
                ahead = None
            if ahead is None and (self.process is None or not self.process.is_alive()):
                self._start()  # (a child that died on the call sent ahead answers it below: EOF)
            try:
                if ahead is None:
                    self.connection.send((function, args))
                    deadline = time.monotonic() + timeout
                else:
                    deadline = ahead[3]
                if not self.connection.poll(max(0.0, deadline - time.monotonic())):
                    raise TimeoutError(f"no answer within {timeout:g} s")
                reply = self.connection.recv()
            except (EOFError, OSError, TimeoutError) as exc:  # the child died, or overran
                code = self._stop()
                log.warning("reading %s in the child process failed (%r, exit code %s)", name, exc, code)
                raise WorkbookRejected(NOT_READ_SAFELY, name=name) from None
            if then is not None:
                self._send_ahead(*then, timeout)
        if reply[0] == "done":
            return reply[1]
        if reply[0] == "refused":
            _kind, error_class, args, state = reply
            error = error_class.__new__(error_class)
            error.args = args
            error.__dict__.update(state)
            raise error
        log.warning("reading %s in the child process failed:\n%s", name, reply[1])
        raise WorkbookRejected(NOT_READ_SAFELY, name=name)

    def _send_ahead(self, function, args: tuple, stamp, timeout: float) -> None:
        try:
            self.connection.send((function, args))
        except OSError:  # the child is gone: the call itself starts a fresh one
            self._stop()
            return
        self.ahead = (function, args, stamp, time.monotonic() + timeout)

    def _drop(self, ahead: tuple) -> None:
        """Wait for the answer to a call sent ahead that did not come, and drop it (a child that died or
        overran on it is stopped: the call that came gets a fresh one)."""
        try:
            if not self.connection.poll(max(0.0, ahead[3] - time.monotonic())):
                raise TimeoutError("no answer in time")
            self.connection.recv()
        except (EOFError, OSError, TimeoutError) as exc:
            code = self._stop()
            log.warning("a read sent ahead and not asked for failed (%r, exit code %s)", exc, code)

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # never fork a process holding Qt, SQLite and threads
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, MEMORY_LIMIT), name="gpa-workbook-reader", daemon=True)
        # The reader needs nothing of the program that started it: spawn would run a script started by its
        # path again in the child (a script without `if __name__ == "__main__"` would open its database twice).
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            self.process.start()
        finally:
            sys.modules["__main__"] = main
        theirs.close()

    def _stop(self) -> int | None:
        process, self.process = self.process, None
        self.ahead = None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join(5)
        return process.exitcode


_reader = _Reader()


def read_contained(name: str, function, *args, timeout: float | None = None, stamp=None, then: tuple | None = None):
    """*function(*args)* run in the reader process: its result, the UserError it raised, or WorkbookRejected
    saying the file *name* could not be read safely (the child died, ran out of memory or time, or failed).

    *function* and *args* travel by pickle: a module-level function and plain data. *then*: the
    (function, args, stamp) of the call likely to come next, started in the reader as soon as this one is
    answered, its answer taken by a call with the same three (*stamp*: what the file read is now, see _Reader).
    """
    return _reader.call(name, function, args, TIME_LIMIT if timeout is None else timeout, stamp, then)
