"""The kernel manager the build executes chapters with.

It talks to the kernel over local IPC sockets in the temporary folder rather than TCP on
localhost: no network port is opened (the build stays off the network) and ipykernel does not warn
about unencrypted TCP on every chapter.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from jupyter_client.manager import KernelManager


class IPCKernelManager(KernelManager):
    """A :class:`~jupyter_client.manager.KernelManager` on IPC transport, sockets in ``/tmp``."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("transport", "ipc")
        kwargs.setdefault("ip", str(Path(tempfile.gettempdir()) / f"newsbook-kernel-{uuid.uuid4().hex}"))
        super().__init__(**kwargs)
