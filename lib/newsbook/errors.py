"""The one error type a user of the book meets: it names the file and the field."""

from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """Bad input: a manifest, text file or parameter the book cannot use.

    Its message is a single line ``FILE: FIELD: what is wrong`` that the command line prints
    as it is, without a traceback.
    """

    def __init__(self, file: str | Path, field: str | None, problem: str) -> None:
        self.file = str(file)
        self.field = field
        self.problem = " ".join(str(problem).split())
        where = f"{self.file}: {field}" if field else self.file
        super().__init__(f"{where}: {self.problem}")
