"""Tell page chrome (navigation, captions, footers, plugs) from the content of a captured page.

A paragraph is chrome when one of these general rules or a pattern in
``data/chrome_patterns.csv`` says so; the rule's name is the paragraph's ``chrome`` value, so a
reader sees why it was set aside. Content paragraphs get ``""``.

General rules:

- ``title``: in the page head, a paragraph that is the title, starts with it, or is a prefix
  of it cut short by an ellipsis; ``navigation``: a head paragraph that contains a cut title.
- ``byline``: a short paragraph that is, or starts with, an author's name and an affiliation.
- ``author bio``: a tail paragraph that starts with an author's name followed by ``is``.
- ``site footer``: a paragraph that starts with the host site's name.
- ``photo caption (repeated)``: a paragraph that stands twice in a row.
- ``photo caption``: a paragraph ending in a caption date stamp (``..., Kazakhstan, January 5,
  2022.``), optionally followed by a parenthesised credit, or matching a credit pattern.
- ``photo alt text``: a short paragraph with no quotation marks directly before a caption with
  a photo credit, sharing at least two words of four letters or more with it (both describe
  the same picture).
- ``after the transcript``: every paragraph after a transcript's credit line (a pattern's
  ``transcript credit``), where the broadcast has ended.
- ``front matter``: a block that opens the page between two lines "---" (a page's fields, whatever
  they are called; the patterns name the usual ones, for a block not so closed).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from newsbook.errors import CorpusError
from newsbook.paths import data_file
from newsbook.temporal_patterns import FULL_MONTHS

DEFAULT_PATTERNS = data_file("chrome_patterns.csv")
_CAPTION_DATE = re.compile(rf",\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:{FULL_MONTHS}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{{1,2}},\s+\d{{4}}\.\s*(?:\([^)]*\))?\s*$")
TITLE_TAIL = 8
"""Words a head paragraph may hold after the title and still be the title line ("Title - Site name"); a
lead paragraph that opens with the headline's words goes on longer."""
_QUOTE_MARKS = re.compile("[\"“”‘’']")
_WORD = re.compile(r"\w+")
FOLDS_INTO_A_WORD = "\u0345"
"""The one character outside ``\\w`` whose case folding holds a word character (the Greek
ypogegrammeni folds to an iota; a test checks every code point)."""
_FIRST_WORD_REACH = re.compile(rf"[^\w{FOLDS_INTO_A_WORD}]*[\w{FOLDS_INTO_A_WORD}]*")
"""A text up to the end of its first word, in which the first word of the text case folded lies whole."""


@functools.lru_cache(maxsize=8)
def load_patterns(path: str | Path = DEFAULT_PATTERNS) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The ``(kind, compiled pattern)`` pairs of a chrome pattern file.

    Every pattern is tried on every paragraph, so a pattern that scans (``.{0,300}?\\b(...)``) opens
    with look-aheads the engine decides fast that its match implies: a length bound written
    ``(?!(?s:.){321})`` (counted, where ``(?=[\\s\\S]{0,320}\\Z)`` backtracks over every length), or a
    character every match holds found as ``.*:``, which the engine looks for with a quick scan for
    the literal (tests/test_chrome.py compares them with the patterns before their gates).
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise CorpusError(path, None, "chrome pattern list not found") from None
    patterns = []
    for line, row in enumerate(rows, start=2):
        try:
            patterns.append((row["kind"], re.compile(row["pattern"], re.IGNORECASE)))
        except (KeyError, re.error) as exc:
            raise CorpusError(path, f"line {line}, pattern", str(exc)) from None
    return tuple(patterns)


_NUMBERED_BACKREFERENCE = re.compile(r"(?<!\\)\\(?:[1-9]|g<\d+>)")


def _first_pattern(path: str) -> re.Pattern[str] | None:
    """One pattern holding every pattern of the file, in order, each in a group named after its place
    (``None`` if they do not combine: a pattern setting a flag for the whole expression, ``(?s)``, or
    one referring back to a numbered group, ``\\1``, whose number would change in the alternation).

    A full match of the alternation is the full match of the first pattern that has one (the engine
    tries every way through a branch before the next), and the group of that branch closes last, so
    ``lastgroup`` names the pattern a loop calling ``fullmatch`` pattern by pattern would stop at: the
    same label, with one call a paragraph instead of one a pattern.
    """
    patterns = load_patterns(path)
    if any(_NUMBERED_BACKREFERENCE.search(pattern.pattern) for _, pattern in patterns):
        return None
    branches = (f"(?P<_{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(patterns))
    try:
        return re.compile("|".join(branches), re.IGNORECASE)
    except re.error:
        return None


@functools.lru_cache(maxsize=8)
def _pattern_labeller(path: str) -> Callable[[str], str]:
    """The function giving the kind of the first chrome pattern of the file that matches the whole
    of a text, or ``""`` (the patterns looked up once a file, not once a paragraph)."""
    combined, patterns = _first_pattern(path), load_patterns(path)
    if combined is None:
        return lambda text: next((kind for kind, pattern in patterns if pattern.fullmatch(text)), "")
    kinds = [kind for kind, _ in patterns]

    def label(text: str) -> str:
        found = combined.fullmatch(text)
        return kinds[int(found.lastgroup[1:])] if found else ""

    return label


def _may_start_a_name(text: str, first_words: set[str]) -> bool:
    """Whether :func:`_normalise`'s reading of ``text`` opens with one of ``first_words`` (``""``: it
    has no word): a text that starts with a name opens with the name's first word.

    Only the text up to the end of its first word is case folded: folding goes character by
    character, a character outside ``\\w`` (but :data:`FOLDS_INTO_A_WORD`) folds into none of ``\\w``
    and one inside into a string that opens with one, so the first word of the whole text folded
    begins and ends within that part folded."""
    found = _WORD.search(text[:_FIRST_WORD_REACH.match(text).end()].casefold())
    return (found.group() if found else "") in first_words


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def classify_chrome(
    paragraphs: Sequence[str],
    *,
    title: str = "",
    authors: Sequence[str] = (),
    host: str = "",
    patterns: str | Path = DEFAULT_PATTERNS,
) -> list[str]:
    """Label each paragraph with the chrome rule that matches it, or ``""`` for content.

    >>> classify_chrome(["Home News A long title...", "A long title", "Body text here.", "Source link"],
    ...                 title="A long title", )
    ['navigation', 'title', '', 'site footer']
    """
    labels = [""] * len(paragraphs)
    normal_title = _normalise(title)
    normal_authors = [_normalise(a) for a in authors if a.strip()]
    author_prefixes = tuple(a + " " for a in normal_authors)
    bio_prefixes = tuple(a + " is " for a in normal_authors)
    normal_host = _normalise(host) if host and len(_normalise(host).split()) >= 2 else ""
    # Past the page head, the byline, author bio and site footer rules apply only to a paragraph whose
    # first word is that of an author's name or the host's ("" for a name without words: no words either).
    named_first_words = {name.split(" ", 1)[0] for name in normal_authors}
    if normal_host:
        named_first_words.add(normal_host.split(" ", 1)[0])
    body_seen = False
    pattern_label = _pattern_labeller(str(patterns))
    for i, text in enumerate(paragraphs):
        stripped = text.strip()
        # The words (a findall a paragraph, which costs more than the other rules) are read, and the
        # paragraph case folded, where a rule needs them: in the page head, or after a first word that
        # can start a name.
        needs_words = not body_seen or (bool(named_first_words) and _may_start_a_name(stripped, named_first_words))
        tokens = _WORD.findall(stripped.casefold()) if needs_words else []
        norm = " ".join(tokens)  # _normalise(stripped)
        words = len(tokens)  # the words of norm: a \w run holds no white space
        label = pattern_label(stripped)
        if not label and not body_seen and normal_title:
            label = _title_label(stripped, norm, normal_title)
        if not label and needs_words and normal_authors and words <= 20:
            if any(norm == a or (norm.startswith(prefix) and "," in stripped[: len(stripped) // 2 + 40])
                   for a, prefix in zip(normal_authors, author_prefixes)):
                label = "byline"
        if not label and body_seen and bio_prefixes and norm.startswith(bio_prefixes):
            label = "author bio"
        if not label and normal_host and norm.startswith(normal_host):
            label = "site footer"
        if not label and _CAPTION_DATE.search(stripped) and len(tokens if needs_words else _WORD.findall(stripped.casefold())) <= 60:
            label = "photo caption"
        labels[i] = label
        if not label and not body_seen and words >= 12:
            body_seen = True
    _mark_front_matter(paragraphs, labels)
    _mark_repeats(paragraphs, labels)
    _mark_alt_text(paragraphs, labels)
    _mark_after_transcript(labels)
    return labels


_FIELD = re.compile(r"(?:[\w-]+:(?:\s|$)|- )")
"""A front matter line: a field ("modified_time: ...") or an item of a list field ("- news")."""
FRONT_MATTER_REACH = 60
"""Paragraphs within which a front matter block that opens the page must close."""


def _mark_front_matter(paragraphs: Sequence[str], labels: list[str]) -> None:
    """A front matter block that opens a captured page (a line "---", the page's fields one a line, "---")
    is the page's record, not its text, whatever its fields are called ("modified_time: ..."); a page that
    opens with a rule and its text is no front matter.

    >>> labels = ["", "", "", "", ""]
    >>> _mark_front_matter(["---", "date: 2024-12-14", "source_url: https://x", "---", "Text."], labels); labels
    ['front matter', 'front matter', 'front matter', 'front matter', '']
    """
    if not paragraphs or paragraphs[0].strip() != "---":
        return
    close = next((i for i in range(1, min(len(paragraphs), FRONT_MATTER_REACH)) if paragraphs[i].strip() == "---"), None)
    if close is not None and all(_FIELD.match(p.strip()) for p in paragraphs[1:close]):
        labels[:close + 1] = ["front matter"] * (close + 1)


def _mark_after_transcript(labels: list[str]) -> None:
    """A transcript ends at its credit line ("Transcript provided by NPR", "NPR transcripts are
    created on a rush deadline ..."): what follows on the page (bylines, bios, related stories, a
    second copy of the programme) is not the broadcast.

    >>> labels = ["", "", "transcript credit", "", "byline"]
    >>> _mark_after_transcript(labels); labels
    ['', '', 'transcript credit', 'after the transcript', 'byline']
    """
    if "transcript credit" not in labels:
        return
    for i in range(labels.index("transcript credit") + 1, len(labels)):
        if not labels[i]:
            labels[i] = "after the transcript"


def _title_label(text: str, norm: str, normal_title: str) -> str:
    cut = text.rstrip().endswith(("...", "…"))
    if norm == normal_title or (norm.startswith(normal_title + " ")  # whole words: a title "T" is no "The ..."
                                and len(norm.split()) - len(normal_title.split()) <= TITLE_TAIL):  # "Title | Site"
        return "title"
    if cut and normal_title.startswith(norm):
        return "title"
    shortest = min(20, len(normal_title))
    if cut and len(norm) >= shortest:
        for size in range(len(norm), shortest - 1, -1):
            if normal_title.startswith(norm[-size:].lstrip()):
                return "navigation"
    return ""


def _mark_repeats(paragraphs: Sequence[str], labels: list[str]) -> None:
    for i in range(1, len(paragraphs)):
        if labels[i] in ("", "photo caption") and _same_words(paragraphs[i - 1], paragraphs[i]) and len(paragraphs[i].split()) >= 4:
            labels[i - 1] = labels[i] = "photo caption (repeated)"


def _same_words(first: str, second: str) -> bool:
    """Whether two paragraphs hold the same words, white space aside; their first characters, then
    their first words are compared first, which tells most paragraphs apart without splitting either."""
    first, second = first.lstrip(), second.lstrip()  # the same text when it has no white space to strip
    return (first[:1] == second[:1] and first.split(None, 1)[:1] == second.split(None, 1)[:1]
            and first.split() == second.split())


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= 4}


def _mark_alt_text(paragraphs: Sequence[str], labels: list[str]) -> None:
    for i in range(len(paragraphs) - 1):
        next_is_credited_caption = labels[i + 1] == "photo caption" and not _CAPTION_DATE.search(paragraphs[i + 1])
        text = paragraphs[i].strip()
        if (
            next_is_credited_caption
            and not labels[i]
            and len(text.split()) <= 25
            and not _QUOTE_MARKS.search(text)
            and not text.endswith("?")
            and len(_content_words(text) & _content_words(paragraphs[i + 1])) >= 2
        ):
            labels[i] = "photo alt text"
