"""Split a document's text into paragraphs and, for transcripts, speaker turns.

A paragraph is a non-empty line; a block of lines between blank lines is one paragraph only
when it looks hard-wrapped (every line but the last of similar, sub-100-character length and
none a speaker label). Offsets exclude surrounding white space, so ``text[start:end]`` is the
paragraph as a reader sees it.

Transcript turns: a paragraph that opens with an upper-case label (``MICHELE KELEMEN, BYLINE:``,
``PRESIDENT VLADIMIR PUTIN:``, ``KELEMEN:``) starts a turn; the speaker carries to the following
unlabelled paragraphs until the next label or a ``(SOUNDBITE ...)``-style marker. A label that is
the end of an earlier label's full name ("SMITH:", "VANEK SMITH:") resolves to it, else to a
manifest author's name that ends so; of two Smiths, "SMITH:" is not the one the text calls "VANEK SMITH".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsbook.paths import data_file
from pathlib import Path

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
TURN_LABEL = re.compile(
    rf"(?P<name>[{_UPPER}][{_UPPER}.'’\- ]*[{_UPPER}.](?:\s?#\d+)?)(?:,\s*(?P<role>[{_UPPER}][{_UPPER} .'’\-]*))?:(?:\s+|$)"
)
_COURTESY = ("Mr.", "Mrs.", "Ms.", "Dr.")
"""Courtesy titles: they open a label but are no role."""
_NAME_PREFIXES = ("Mc", "Mac")
"""Surname prefixes an upper-case label keeps in mixed case ("McFADZIEN")."""
_PREFIX = f"(?:{'|'.join(_NAME_PREFIXES)})?"
_LABEL_WORD = rf"{_PREFIX}[{_UPPER}][{_UPPER}.'’\-]*"
DESCRIBED_LABEL = re.compile(
    rf"(?:(?P<title>{'|'.join(map(re.escape, _COURTESY))}|[A-Z][a-z]+(?:\s+(?:of|[A-Z][a-z]+)){{0,2}})\s+)?"
    rf"(?P<name>{_PREFIX}[{_UPPER}]{{2}}[{_UPPER}.'’\-]*(?:\s+{_LABEL_WORD})*|Unidentified\s+[A-Z][a-z]+(?:\s?#\d+)?)"
    rf"(?:,\s*(?P<role>[a-z][a-z .'’\-]*)|\s+(?P<reporting>reporting)|\s*\((?P<description>[^()\n]{{1,160}})\))?:(?:\s+|$)"
)
"""The older NPR label: a title or courtesy title in mixed case, the name in capitals, and a role in lower
case or a description in brackets ("JOHN YDSTIE, host:", "CARRIE KAHN reporting:", "Mr. KANID KOSHI
(Director, ...):", "Representative ED ROYCE (Republican, California):", "Ms. McFADZIEN:",
"Unidentified Man #1:")."""
QUESTION_LABEL = re.compile(r"Q(?::[ \t]*|[ \t]+|\d+(?:[ \t]*-?[ \t]*follow-?up)?:[ \t]*)(?=[A-Z“\"‘'(\d])")
"""A briefing's questioner, in place of a name ("Q    Thanks for doing this.", "Q: Is that right?"), also
numbered in a Q&A ("Q1: ...", "Q3-follow-up: ...", "Q8 follow-up: ..."); never "Q and A" nor "Q2 GDP"."""
QUESTIONER = "Q"
"""The speaker of a :data:`QUESTION_LABEL`'s turn, as the transcript calls them."""
ANSWER_LABEL = re.compile(r"A:[ \t]*(?=[A-Z“\"‘'(\d])")
"""A Q&A's answer ("A: Thank you for the two questions."): the interviewee's turn."""
ANSWERER = "A"
"""The speaker of an :data:`ANSWER_LABEL`'s turn until the interviewee is known (:mod:`newsbook.turns`)."""
MARKER = re.compile(r"\((?:SOUNDBITE|SOUND BITE|MUSIC|LAUGHTER|APPLAUSE|CROSSTALK|BEGIN|END|ARCHIVED|AUDIO|BROADCAST|INAUDIBLE)\b[^)]*\)\s*\.?")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\ufeff]*\n")
_TRIM = " \t\r\n\f\v\ufeff\u00a0"
DEFAULT_TITLES = data_file("speaker_titles.txt")


@dataclass(frozen=True)
class Turn:
    """A transcript speaker label: the canonical name, role and where the spoken text begins."""

    name: str
    role: str
    label_end: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``, trimmed of surrounding white space.

    >>> text = "Title\\n\\nFirst line.\\r\\nSecond line.\\n"
    >>> [text[a:b] for a, b in paragraph_spans(text)]
    ['Title', 'First line.', 'Second line.']
    """
    spans = []
    for block_start, block_end in _blocks(text):
        for lines in _indented_paragraphs(text, list(_lines(text, block_start, block_end))):
            if _looks_hard_wrapped(text, lines):
                spans.append((lines[0][0], lines[-1][1]))
            else:
                spans.extend(lines)
    return spans


def _indented_paragraphs(text: str, lines: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """The lines of a block, cut before every indented line when the block mixes indented and
    flush lines: wire copy (and much plain text) marks a paragraph by indenting its first line,
    with no blank line between paragraphs.

    >>> text = "Flush start of the story that\\nruns on.\\n    Indented next paragraph\\nruns on too."
    >>> [[text[a:b] for a, b in group] for group in _indented_paragraphs(text, list(_lines(text, 0, len(text))))]
    [['Flush start of the story that', 'runs on.'], ['Indented next paragraph', 'runs on too.']]
    """
    indented = [a > 0 and text[a - 1] in " \t" and text[max(a - 2, 0)] in " \t\n" for a, _ in lines]
    if not any(indented) or all(indented):
        yield lines
        return
    group: list[tuple[int, int]] = []
    for line, indent in zip(lines, indented):
        if indent and group:
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BLANK_LINE.finditer(text):
        yield start, match.start()
        start = match.end() - 1
    yield start, len(text)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        a, b = _trim(text, position, line_end)
        if a < b:
            yield a, b
        position = line_end + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


SENTENCE_END_MARKS = ".!?:;)\"”’"
"""Marks a line that ends a sentence or a clause ends with; a hard-wrapped line mostly ends without one."""


def _looks_hard_wrapped(text: str, lines: Sequence[tuple[int, int]]) -> bool:
    if len(lines) < 2:
        return False
    # the last line of a paragraph is short, and so may be the first (an indent, a cut dateline)
    widths = [b - a for a, b in (lines[1:-1] if len(lines) > 2 else lines[:-1])]
    if max(widths) >= 100 or min(widths) < max(40, 0.75 * max(widths)):
        return False
    if sum(text[b - 1] in SENTENCE_END_MARKS for _, b in lines[:-1]) * 2 > len(lines) - 1:
        return False
    return not any(_label(text, a, b) or MARKER.match(text, a) for a, b in lines[1:])


class _Label(NamedTuple):
    """A speaker label as written: the name, the role (or title, or bracketed description), where it ends."""

    name: str
    role: str
    end: int


def _label(text: str, start: int, end: int, titles: Sequence[str] | None = None) -> _Label | None:
    """The speaker label opening ``text[start:end]``, or ``None``; ``titles``: those an older NPR
    label without a courtesy title may open with (:func:`load_titles`' by default)."""
    match = TURN_LABEL.match(text, start, end)
    if match:
        return _Label(match.group("name"), match.group("role") or "", match.end())
    if text.startswith(QUESTIONER, start):
        match = QUESTION_LABEL.match(text, start, end)
        if match:
            return _Label(QUESTIONER, "", match.end())
    if text.startswith(ANSWERER, start):
        match = ANSWER_LABEL.match(text, start, end)
        if match:
            return _Label(ANSWERER, "", match.end())
    match = DESCRIBED_LABEL.match(text, start, end)
    if not match:
        return None
    title = match.group("title") or ""
    titled = title in _COURTESY or title.upper() in (load_titles() if titles is None else titles)
    if not titled and (len(match.group("name").split()) < 2 or (title and not match.group("description"))):
        return None  # "In MOSCOW:", "UPDATE (Jan. 10):" are no labels; "Sheriff RICK FLORES (Webb County, Texas):" is one
    role = match.group("role") or match.group("reporting") or match.group("description") or ""
    return _Label(match.group("name"), role or ("" if title in _COURTESY else title), match.end())


@functools.lru_cache(maxsize=4)
def load_titles(path: str | Path = DEFAULT_TITLES) -> tuple[str, ...]:
    """Titles that may open a speaker label, longest first, upper-cased."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    titles = {line.strip().upper() for line in lines if line.strip() and not line.startswith("#")}
    return tuple(sorted(titles, key=len, reverse=True))


def title_case(name: str) -> str:
    """``'KASSYM-JOMART TOKAYEV'`` -> ``'Kassym-Jomart Tokayev'``, keeping ``'A'`` and ``'C.'``."""
    def piece(part: str) -> str:
        for prefix in _NAME_PREFIXES:  # "McFADZIEN" (older NPR labels) -> "McFadzien"
            if part.startswith(prefix) and part[len(prefix):].isupper():
                return prefix + part[len(prefix):].capitalize()
        return part.capitalize()

    def word(part: str) -> str:
        return part if len(part.rstrip(".")) <= 1 else "-".join(map(piece, part.split("-")))

    return " ".join(word(part) for part in name.split())


def find_turns(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    authors: Sequence[str] = (),
    titles_path: str | Path = DEFAULT_TITLES,
) -> list[Turn | None]:
    """For each paragraph span, the turn label that opens it, or ``None``."""
    titles = load_titles(str(titles_path))
    spaced = tuple(title + " " for title in titles)
    known: list[str] = []
    shortened: dict[str, str] = {}  # a full name and the shorter label of several words the text gives it
    turns: list[Turn | None] = []
    for start, end in spans:
        label = _label(text, start, end, titles)
        if not label or (len(label.name.replace(" ", "")) < 2 and label.name not in (QUESTIONER, ANSWERER)):
            turns.append(None)
            continue
        raw_name = " ".join(label.name.split())
        role = " ".join(label.role.split())
        if raw_name.startswith(spaced):  # one test for most labels, which open with no title
            for title, prefix in zip(titles, spaced):
                if raw_name.startswith(prefix) and len(raw_name) > len(prefix):
                    raw_name = raw_name[len(prefix) :]
                    role = role or title
                    break
        name = title_case(raw_name)
        full = _earlier_full_name(name, [*reversed(known), *authors], shortened)
        if full is not None:
            if " " in name:
                shortened[full] = name
            name = full
        elif " " in name:
            known.append(name)
        turns.append(Turn(name=name, role=title_case(role).lower() if role else "", label_end=label.end))
    return turns


def _earlier_full_name(label: str, candidates: Sequence[str], shortened: dict[str, str]) -> str | None:
    """The first of ``candidates`` (earlier labels, latest first, then the authors) whose name ends
    with ``label``'s words ("VANEK SMITH" and "SMITH" after "STACEY VANEK SMITH"); of several, one that
    the text has already shortened to more words than ``label`` is not meant ("SMITH" is not the
    "VANEK SMITH" when "ROBERT SMITH" spoke too)."""
    words = label.casefold().split()
    matching = [full for full in candidates if len(full.split()) > len(words) and full.casefold().split()[-len(words):] == words]
    meant = [full for full in matching if len(shortened.get(full, "").split()) <= len(words)]
    return (meant or matching or [None])[0]  # one Smith only: "SMITH" is she, however she was shortened
