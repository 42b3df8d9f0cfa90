"""The kernels the build executes chapters with.

A kernel talks to the build over local IPC sockets in the temporary folder rather than TCP on
localhost: no network port is opened (the build stays off the network) and ipykernel does not warn
about unencrypted TCP on every chapter.

Starting a kernel and importing pandas, matplotlib, NLTK and the library is most of a small
chapter's time, so each build worker keeps one :class:`ChapterKernel` warm and runs chapter after
chapter in it. Before every chapter, :func:`fresh_chapter_state` runs inside the kernel and leaves
nothing of the chapter before: no names, no figures, matplotlib's settings as they were when the
kernel started, the cell counter at 1. Imported modules stay loaded; that is the saving. A chapter
therefore gives the same output whether it runs first in a fresh kernel or fifth in a warm one.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from pathlib import Path
from typing import Any

from jupyter_client.manager import KernelManager

log = logging.getLogger(__name__)

RESET_CODE = "from newsbook.kernel import fresh_chapter_state as _fresh\n_fresh(get_ipython())"
"""What the build runs, silently, in a kernel before each chapter."""

_matplotlib_at_start: dict[str, Any] | None = None


class IPCKernelManager(KernelManager):
    """A :class:`~jupyter_client.manager.KernelManager` on IPC transport, sockets in ``/tmp``."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("transport", "ipc")
        kwargs.setdefault("ip", str(Path(tempfile.gettempdir()) / f"newsbook-kernel-{uuid.uuid4().hex}"))
        super().__init__(**kwargs)
        self.handed_out: list[Any] = []

    def client(self, **kwargs: Any) -> Any:
        """A client of this kernel, remembered so that :meth:`close_clients` can close its sockets."""
        client = super().client(**kwargs)
        self.handed_out.append(client)
        return client

    def close_clients(self) -> None:
        """Close the sockets of every client handed out (papermill leaves its client open on a kernel it does not own)."""
        while self.handed_out:
            self.handed_out.pop().stop_channels()


def fresh_chapter_state(shell: Any) -> None:
    """Inside a kernel: forget the previous chapter, as if the kernel had just started.

    Clears the user namespace and the input/output history, closes every figure, restores
    matplotlib's settings to those of the kernel's first call and sets the cell counter to 1.

    Args:
        shell: the kernel's ``InteractiveShell`` (``get_ipython()``).
    """
    global _matplotlib_at_start
    import warnings

    import matplotlib
    import matplotlib.pyplot as plt

    shell.run_line_magic("reset", "-f")
    plt.close("all")
    if _matplotlib_at_start is None:
        plt.close(plt.figure())  # load the inline backend now: it sets matplotlib's settings once, on loading
        _matplotlib_at_start = dict(matplotlib.rcParams)
    else:
        with warnings.catch_warnings():  # deprecated keys warn when set, even to their own value
            warnings.simplefilter("ignore")
            matplotlib.rcParams.update(_matplotlib_at_start)
    shell.execution_count = 1


class ChapterKernel:
    """One Python kernel, started once, that executes chapter after chapter.

    Args:
        cwd: the kernel's working folder (a chapter's relative paths start there).
        extra_arguments: command-line options for the kernel (e.g. ``--config=FILE``).
        stderr_log: the file that receives the kernel process's own standard error.
    """

    def __init__(self, *, cwd: Path, extra_arguments: list[str], stderr_log: Path) -> None:
        self.cwd = cwd
        self.extra_arguments = [*extra_arguments, "--HistoryManager.hist_file=:memory:"]
        self.stderr_log = stderr_log
        self.manager: IPCKernelManager | None = None

    def ready(self) -> IPCKernelManager:
        """The kernel's manager, (re)started if it is not running, with a fresh chapter state."""
        if self.manager is None or not self.manager.is_alive():
            self.shutdown()
            self.manager = IPCKernelManager(kernel_name="python3")
            with self.stderr_log.open("ab") as stderr:
                self.manager.start_kernel(extra_arguments=self.extra_arguments, cwd=str(self.cwd), stderr=stderr)
        self._reset()
        return self.manager

    def _reset(self) -> None:
        assert self.manager is not None
        client = self.manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            reply = client.execute_interactive(RESET_CODE, silent=True, store_history=False, timeout=60)
        finally:
            self.close_clients()
        if reply["content"]["status"] != "ok":
            content = reply["content"]
            raise RuntimeError(f"could not reset the kernel: {content.get('ename')}: {content.get('evalue')}")

    def close_clients(self) -> None:
        """Close the sockets of the clients a chapter's run opened on this kernel; the kernel keeps running."""
        if self.manager is not None:
            self.manager.close_clients()

    def shutdown(self) -> None:
        """Stop the kernel, if one runs."""
        if self.manager is not None:
            self.close_clients()
            try:
                if self.manager.is_alive():
                    self.manager.shutdown_kernel(now=True)
                self.manager.cleanup_resources()
            except Exception as exc:  # a kernel already gone: nothing left to stop
                log.debug("kernel shutdown: %s", exc)
            self.manager = None
