"""The book's chapters: their notebooks and their parameters, checked before a run.

A chapter is ``chapters/NAME.ipynb`` with one cell tagged ``parameters`` whose lines read
``name: type = literal  # help``. :func:`chapter_parameters` reads them (through papermill's
inspector) so the command line can refuse an unknown name or a value of the wrong type with a
one-line message before any kernel starts.
"""

from __future__ import annotations

import ast
import typing
from dataclasses import dataclass
from pathlib import Path

from newsbook.errors import CorpusError
from newsbook.paths import REPO_ROOT

CHAPTERS_DIR = REPO_ROOT / "chapters"


@dataclass(frozen=True)
class Parameter:
    """One entry of a chapter's ``parameters`` cell."""

    name: str
    type_name: str
    default: str
    help: str


def chapter_path(name: str) -> Path:
    """``chapters/NAME.ipynb``, or a one-line error listing the chapters there are."""
    path = CHAPTERS_DIR / f"{name.removesuffix('.ipynb')}.ipynb"
    if not path.is_file():
        known = ", ".join(chapter_names())
        raise CorpusError(path, "chapter", f"no such chapter; chapters: {known}")
    return path


def chapter_names() -> list[str]:
    """The chapter notebooks in ``chapters/``, by name."""
    return sorted(p.stem for p in CHAPTERS_DIR.glob("*.ipynb"))


def chapter_parameters(path: str | Path) -> dict[str, Parameter]:
    """The parameters a chapter declares, by name.

    Raises:
        CorpusError: the notebook is not a readable notebook.
    """
    import papermill  # imported here: a second of start-up that only notebook commands need

    try:
        found = papermill.inspect_notebook(str(path))
    except Exception as exc:  # not JSON, not a notebook, unreadable parameters cell
        raise CorpusError(path, None, f"not a readable notebook ({type(exc).__name__}: {exc})") from None
    return {
        name: Parameter(name, spec["inferred_type_name"], spec["default"], spec["help"])
        for name, spec in found.items()
    }


def parse_value(text: str) -> object:
    """A command-line value as a Python literal where it is one (``[1, 2]``, ``3``), else the text."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _type_matches(value: object, type_name: str) -> bool:
    namespace = {"list": list, "dict": dict, "tuple": tuple, "str": str, "int": int, "float": float, "bool": bool}
    try:
        declared = eval(type_name, {"__builtins__": {}}, namespace)  # noqa: S307 - names only, no builtins
    except Exception:
        return True
    origin = typing.get_origin(declared) or declared
    if origin is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if not isinstance(value, origin):
        return False
    args = typing.get_args(declared)
    if origin is list and args and isinstance(args[0], type):
        return all(isinstance(item, args[0]) for item in value)
    return True


def check_parameters(path: str | Path, given: dict[str, object]) -> dict[str, object]:
    """Refuse unknown names and values whose type differs from the declared one."""
    declared = chapter_parameters(path)
    for name, value in given.items():
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise CorpusError(path, f"parameter {name!r}", f"unknown parameter; this chapter takes: {known}")
        type_name = declared[name].type_name
        if type_name != "None" and not _type_matches(value, type_name):
            raise CorpusError(
                path, f"parameter {name!r}", f"expects {type_name}, got {type(value).__name__} {value!r}"
            )
    return given
