"""Where the project's reference data and build products live.

The package is installed in editable mode from the repository, so the repository root is two
folders above this file. ``NEWSBOOK_DATA`` overrides the reference-data folder (lexicons, pattern
lists) for a user who keeps their own.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("NEWSBOOK_DATA", REPO_ROOT / "data"))
DEFAULT_MANIFEST = DATA_DIR / "corpus.csv"
BUILD_DIR = REPO_ROOT / "_build"


def data_file(name: str) -> Path:
    """The path of a reference-data file in the data folder."""
    return DATA_DIR / name
