"""Helpers for the reliability tests: run the command line, build the book into a temporary
folder with the network blocked, and fingerprint folders to prove that nothing was written.

Whole-book builds take a minute or more, so :func:`shared_build` builds each variant once per
test session (``tests/test_no_network.py`` and ``tests/test_reproducible.py`` share theirs) into
a temporary folder that is removed when the session ends. No build here writes to ``_build/``.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newsbook.paths import REPO_ROOT

NETBLOCK = REPO_ROOT / "tests" / "netblock"
SOURCE_TREES = (REPO_ROOT / "data", REPO_ROOT / "chapters")
"""What no command may ever write into."""


def tree_digest(*folders: Path) -> dict[str, str]:
    """``{path: sha256}`` of every file under ``folders`` (a missing folder counts as empty)."""
    found = {}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and ".ipynb_checkpoints" not in path.parts:
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The files added, removed or rewritten between two :func:`tree_digest` results."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def blocked_env(log: Path, **extra: str) -> dict[str, str]:
    """The environment of a process (and its children) that may not leave the machine."""
    path = os.pathsep.join(p for p in (str(NETBLOCK), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "NEWSBOOK_NET_LOG": str(log), **extra}


def run_cli(*args: object, env: dict[str, str] | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """``python -m newsbook ARGS`` from the repository root."""
    return subprocess.run([sys.executable, "-m", "newsbook", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO_ROOT, env=env, timeout=timeout, check=False)


@dataclass(frozen=True)
class Build:
    """A finished ``python -m newsbook book`` run."""

    result: subprocess.CompletedProcess[str]
    build_dir: Path
    net_log: Path

    @property
    def html(self) -> Path:
        return self.build_dir / "site" / "_build" / "html"

    def attempts(self) -> list[str]:
        """Network connections the build tried to open (none allowed)."""
        return self.net_log.read_text(encoding="utf-8").splitlines() if self.net_log.is_file() else []


_SESSION_DIR: Path | None = None


def _session_dir() -> Path:
    global _SESSION_DIR
    if _SESSION_DIR is None:
        _SESSION_DIR = Path(tempfile.mkdtemp(prefix="newsbook-builds-"))
        atexit.register(shutil.rmtree, _SESSION_DIR, True)
    return _SESSION_DIR


def build_book(build_dir: Path, *args: object, manifest: Path | None = None) -> Build:
    """Build the book into ``build_dir`` with the network blocked; ``args`` go after ``book``."""
    build_dir.mkdir(parents=True, exist_ok=True)
    log = build_dir.parent / f"{build_dir.name}.net.log"
    options = ["--manifest", manifest] if manifest else []
    result = run_cli(*options, "--build-dir", build_dir, "book", *args, env=blocked_env(log))
    return Build(result, build_dir, log)


@functools.lru_cache(maxsize=None)
def shared_build(name: str, manifest: str | None = None) -> Build:
    """A clean build, once per session, named ``name`` (two names give two independent builds)."""
    return build_book(_session_dir() / name, manifest=Path(manifest) if manifest else None)
