"""The build and the command line never open a network connection other than to localhost.

``tests/netblock/sitecustomize.py`` on ``PYTHONPATH`` makes every Python process (the command,
papermill's kernels, Sphinx) refuse connections and name look-ups beyond loopback and log each
attempt; the build must pass under it and log nothing.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from buildkit import blocked_env, run_cli, shared_build

SELF_TEST = """
import socket, urllib.request
for attempt in (lambda: socket.create_connection(("192.0.2.1", 80), timeout=2),
                lambda: urllib.request.urlopen("http://example.invalid/", timeout=2)):
    try:
        attempt()
        print("connected")
    except OSError as error:
        print("refused" if "netblock" in str(error) else f"other {error}")
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
client = socket.create_connection(server.getsockname(), timeout=2)
print("loopback")
"""


def test_the_block_refuses_the_network_and_allows_loopback(tmp_path):
    log = tmp_path / "net.log"
    result = subprocess.run([sys.executable, "-c", SELF_TEST], capture_output=True, text=True,
                            env=blocked_env(log), timeout=60, check=False)
    assert result.stdout.split() == ["refused", "refused", "loopback"], result.stdout + result.stderr
    assert len(log.read_text(encoding="utf-8").splitlines()) == 2


def test_check_and_export_stay_offline(tmp_path):
    log = tmp_path / "net.log"
    for args in (["check"], ["export", tmp_path / "out"], ["chapters"]):
        result = run_cli(*args, env=blocked_env(log))
        assert result.returncode == 0, result.stderr
    assert not log.exists(), log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_book_builds_with_the_network_blocked():
    build = shared_build("clean-a")
    assert build.result.returncode == 0, build.result.stdout + build.result.stderr
    assert build.attempts() == []
    assert (build.html / "index.html").is_file()
