"""Reading untrusted workbooks where a reader's failure cannot take the app with it.

The safety checks refuse every size or count a reader is known to trust, but a reading library
can still fail in ways Python cannot catch: a Rust panic (pyo3's PanicException derives from
BaseException), an abort on a failed allocation (exit 134), a run-away loop. So the actual read
happens in a long-lived child process, started on first use and reused for every file of every
batch (starting Python per file would cost more than reading the file); a batch's next files are
read ahead in a second one. Each child has a memory limit (RLIMIT_AS on POSIX, a job object on
Windows) and every call a time limit; when one dies or overruns, its file gets one plain sentence
and the next file a fresh child.
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


READERS = 2  # reader processes: while the parent works on one file, the next two are read (see _Reader)


class _Child:
    """One reader process, started when first sent a call, and the call it is working on, if any:
    (function, args, stamp, deadline)."""

    def __init__(self) -> None:
        self.process = None
        self.connection = None
        self.call = None

    def send(self, function, args: tuple, stamp, timeout: float) -> None:
        """Start *function(*args)*; OSError when the pipe is broken (the caller stops this child)."""
        if self.process is None or not self.process.is_alive():
            self.stop()
            self._start()
        self.connection.send((function, args))
        self.call = (function, args, stamp, time.monotonic() + timeout)

    def answer(self):
        """The reply to the call sent, once it is in; EOFError, OSError or TimeoutError when the child
        died or overran (the caller stops it)."""
        deadline = self.call[3]
        if not self.connection.poll(max(0.0, deadline - time.monotonic())):
            raise TimeoutError("no answer in time")
        reply = self.connection.recv()
        self.call = None
        return reply

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

    def stop(self) -> int | None:
        process, self.process = self.process, None
        self.call = None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join(5)
        return process.exitcode


class _Reader:
    """The parent's handle on its reader processes; one call at a time (imports may run on a worker thread).

    A call may name the calls likely to come next (*then*, a batch's next files): each is sent to a reader
    with nothing to do, at once and again when this call's answer is in, so up to READERS files are read
    while the parent checks and applies this one (reading takes about twice the parent's work, and a
    modest PC has 2 cores). A call sent ahead answers the call that comes with the same function, arguments
    and *stamp* (what the file was when it was sent: a file changed since is read again), under the time
    limit counted from when it was sent; one that no longer comes is waited for and dropped. Each reader
    has its own memory limit, and one that dies or overruns costs only its own file."""

    def __init__(self, size: int = READERS) -> None:
        self.lock = threading.Lock()
        self.children = [_Child() for _ in range(max(1, size))]

    def call(self, name: str, function, args: tuple, timeout: float, stamp=None, then: tuple = ()):
        with self.lock:
            wanted = [(function, args, stamp), *then]
            for child in self.children:
                if child.call is not None and child.call[:3] not in wanted:
                    self._drop(child)
            child = self._working_on((function, args, stamp))
            try:
                if child is None:
                    child = self._idle(wanted)
                    child.send(function, args, timeout=timeout, stamp=stamp)
                self._send_ahead(then, timeout)
                reply = child.answer()
            except (EOFError, OSError, TimeoutError) as exc:  # the child died, or overran
                code = child.stop()
                log.warning("reading %s in the child process failed (%r, exit code %s)", name, exc, code)
                raise WorkbookRejected(NOT_READ_SAFELY, name=name) from None
            self._send_ahead(then, timeout)
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

    def _working_on(self, key: tuple) -> _Child | None:
        return next((child for child in self.children if child.call is not None and child.call[:3] == key), None)

    def _free(self) -> _Child | None:
        return next((child for child in self.children if child.call is None), None)

    def _idle(self, wanted: list[tuple]) -> _Child:
        """A reader with nothing to do: when all are reading ahead, the one whose file comes last is dropped."""
        idle = self._free()
        if idle is None:
            idle = max(self.children, key=lambda child: wanted.index(child.call[:3]))
            self._drop(idle)
        return idle

    def _send_ahead(self, then: tuple, timeout: float) -> None:
        for function, args, stamp in then:
            if self._working_on((function, args, stamp)) is not None:
                continue
            idle = self._free()
            if idle is None:
                return
            try:
                idle.send(function, args, stamp, timeout)
            except OSError:  # the child is gone: the call itself starts a fresh one
                idle.stop()
                return

    def _drop(self, child: _Child) -> None:
        """Wait for the answer to a call sent ahead that did not come, and drop it (a child that died or
        overran on it is stopped: the call that came gets a fresh one)."""
        try:
            child.answer()
        except (EOFError, OSError, TimeoutError) as exc:
            code = child.stop()
            log.warning("a read sent ahead and not asked for failed (%r, exit code %s)", exc, code)

    def _stop(self) -> None:
        for child in self.children:
            child.stop()


_reader = _Reader()


def read_contained(name: str, function, *args, timeout: float | None = None, stamp=None, then: tuple = ()):
    """*function(*args)* run in the reader process: its result, the UserError it raised, or WorkbookRejected
    saying the file *name* could not be read safely (the child died, ran out of memory or time, or failed).

    *function* and *args* travel by pickle: a module-level function and plain data. *then*: the
    (function, args, stamp) of each call likely to come next, in their order, started in the readers with
    nothing to do, their answers taken by calls with the same three (*stamp*: what the file read is now, see _Reader).
    """
    return _reader.call(name, function, args, TIME_LIMIT if timeout is None else timeout, stamp, then)
