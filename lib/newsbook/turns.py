"""Statements that are whole turns: transcript speaker turns and the answers of an interview.

- Transcript: a turn (a labelled paragraph and the unlabelled paragraphs that continue it) is
  one statement by the label's speaker. A turn holding only a bracketed note ("(Non-English
  language spoken).") is not a statement; nor are markers ("(SOUNDBITE ...)"). In a Q&A
  transcript ("Q1: ...", "A: ..."), the answers are the interviewee's where the text before the
  first turn names them, as in an interview article.
- Interview (Q&A) article: question paragraphs are single sentences ending in "?" (at most 30
  words, no quotation marks). When there are at least two and the text before the first names
  the interviewee ("The Conversation interviewed Larry Napper", words from the ``interview``
  rows of ``data/speaker_words.csv``), or the piece has a single author and at least three
  questions, each later content paragraph that is not a question is the interviewee's answer.
  An outlet name glued to the end of the last answer ("...unrest.The Conversation", a logo's
  alternative text) is left out.

Both give :class:`TurnStatement` records; offsets are into ``doc.text``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from newsbook.corpus import Document
from newsbook.paragraphs import ANSWERER
from newsbook.people import speaker_words

_NOTE = re.compile(r"\([^()]*\)\s*\.?")
_NAME = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)+"
QUESTION_WORDS = 30


@dataclass(frozen=True)
class TurnStatement:
    """A whole turn or answer, with the label or question that introduces it."""

    start: int
    end: int
    speaker: str
    role: str
    paragraph: int
    cue: str
    cue_start: int | None
    cue_end: int | None
    speaker_start: int | None
    speaker_end: int | None


def transcript_turns(doc: Document) -> list[TurnStatement]:
    """One statement per speaker turn of a transcript (none for an article)."""
    found: list[TurnStatement] = []
    current: dict | None = None

    def flush() -> None:
        if current and current["start"] is not None:
            body = doc.text[current["start"]:current["end"]]
            if not _NOTE.fullmatch(body.strip()):
                found.append(TurnStatement(**current))

    for row in doc.paragraph_records:
        if row.kind == "turn":
            flush()
            label = doc.text[row.start:row.body_start].rstrip()
            name_end = row.start + min([i for i in map(label.find, (",", ":", " (", " reporting:")) if i >= 0] or [len(label)])
            has_body = row.body_start < row.end
            current = dict(start=row.body_start if has_body else None, end=row.end, speaker=row.speaker, role=row.role,
                           paragraph=row.paragraph, cue=label, cue_start=row.start, cue_end=row.start + len(label),
                           speaker_start=row.start, speaker_end=name_end)
        elif row.kind == "continued" and current is not None:
            current["end"] = row.end
            if current["start"] is None:
                current["start"] = row.start
        elif current is not None:  # (every paragraph of an article: no turn to end)
            flush()
            current = None
    flush()
    return _answers_named(doc, found)


def _answers_named(doc: Document, turns: list[TurnStatement]) -> list[TurnStatement]:
    """A Q&A transcript's "A:" turns as the interviewee's, where the text before the first turn names
    them ("Read the following Q&A with Hanscom Smith, US consul general"); else they stay "A"."""
    answers = [k for k, t in enumerate(turns) if t.speaker == ANSWERER]
    if not answers:
        return turns
    first = turns[0].paragraph
    speaker, span = _interviewee(doc, [r for r in doc.content_records() if r.kind == "body" and r.paragraph < first])
    if not speaker:
        return turns
    return [dataclasses.replace(t, speaker=speaker, role="interviewee", speaker_start=span[0], speaker_end=span[1])
            if k in answers else t for k, t in enumerate(turns)]


def _is_question(text: str) -> bool:
    text = text.strip()
    return (text.endswith("?") and len(text.split()) <= QUESTION_WORDS and not any(m in text for m in "“”\"«»")
            and not re.search(r"[.!?]\s+[A-Z]", text[:-1]))


def interview_answers(doc: Document) -> list[TurnStatement]:
    """The interviewee's answers of a Q&A article (none where the piece is not one)."""
    if doc.format == "transcript":
        return []
    content = [r for r in doc.content_records() if r.kind == "body"]
    questions = [r for r in content if _is_question(r.text)]
    if len(questions) < 2:
        return []
    first = questions[0].paragraph
    speaker, span = _interviewee(doc, [r for r in content if r.paragraph < first])
    if not speaker and len(doc.authors) == 1 and len(questions) >= 3:
        speaker, span = doc.authors[0], (None, None)
    if not speaker:
        return []
    answers, question = [], questions[0]
    for row in content:
        if row.paragraph <= first:
            continue
        if _is_question(row.text):
            question = row
            continue
        end = row.end
        if doc.text[row.start:end].endswith(doc.outlet) and doc.text[end - len(doc.outlet) - 1] in ".!?”":
            end -= len(doc.outlet)
        answers.append(TurnStatement(row.start, end, speaker, "interviewee", row.paragraph, "interview answer",
                                     question.start, question.end, *span))
    return answers


def _interviewee(doc: Document, intro: list) -> tuple[str, tuple[int | None, int | None]]:
    """The person an ``interview`` phrase of ``data/speaker_words.csv`` names in the paragraphs before the
    first question or turn ("We spoke with Ana Lima"), with their offsets; an outlet is none ("in an
    interview with Fox News")."""
    cues = sorted(speaker_words().get("interview", {}), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s+(?:[a-z][\w\-]*\s+){0,3}(" + _NAME + ")")
    outlet_kinds = speaker_words().get("outlet", {})
    for row in intro:
        for match in pattern.finditer(doc.text, row.start, row.end):
            words = match.group(1).split()
            if match.group(1) == doc.outlet or words[0] == "The" or words[-1].lower() in outlet_kinds:
                continue  # "in an interview with Fox News", "spoke to The Associated Press": an outlet, no interviewee
            return match.group(1), (match.start(1), match.end(1))
    return "", (None, None)
