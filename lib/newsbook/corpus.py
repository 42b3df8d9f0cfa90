"""Load a corpus (manifest plus texts) and parse each document into paragraphs and sentences.

Tables (each a tidy :class:`pandas.DataFrame`, offsets into the document's text):

``Corpus.paragraphs()``
    ``doc_id, paragraph, start, end, text, speaker, chrome, role, kind, body_start`` where
    ``chrome`` names the rule that set a paragraph aside as page chrome (``""`` for content),
    ``kind`` is ``turn`` (opens with a speaker label), ``continued`` (a turn's later
    paragraph), ``marker`` (``(SOUNDBITE ...)``), ``body`` (article text) or ``chrome``, and
    ``body_start`` is where the spoken or written text begins (after a speaker label).
``Corpus.sentences()``
    ``doc_id, sentence, paragraph, start, end, text``; content paragraphs only.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from nltk.tokenize.punkt import PunktSentenceTokenizer

from newsbook.chrome import classify_chrome
from newsbook.errors import CorpusError
from newsbook.manifest import manifest_frame, read_manifest_records
from newsbook.paragraphs import MARKER, find_turns, paragraph_spans
from newsbook.paths import DEFAULT_MANIFEST
from newsbook.sentences import load_abbreviations, sentence_spans, train_sentence_splitter

PARAGRAPH_COLUMNS = ["doc_id", "paragraph", "start", "end", "text", "speaker", "chrome", "role", "kind", "body_start"]
NON_CONTENT_KINDS = ("chrome", "marker")
STAGE_DIRECTION = re.compile(r"\([^()]*\)\s*\.?")
"""A turn whose whole text is this (``(Non-English language spoken).``) has no words of content."""
LABEL_LIKE_CHROME = ("byline", "author bio")
"""Chrome rules that a transcript speaker label (``SCOTT SIMON, HOST:``) overrides."""
SENTENCE_COLUMNS = ["doc_id", "sentence", "paragraph", "start", "end", "text"]


def read_text(path: str | Path, *, manifest: str | Path | None = None) -> str:
    """The file's text, decoded as UTF-8 with no newline translation.

    Raises:
        CorpusError: the file is missing, binary, not UTF-8, empty or only white space.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, "text", f"cannot be read ({exc.strerror})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data:
        raise CorpusError(path, "text", "is UTF-16, not UTF-8; re-save it as UTF-8")
    if b"\x00" in data or _looks_binary(data[:65536]):
        raise CorpusError(path, "text", "is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CorpusError(
            path, "text", f"is not UTF-8 (byte 0x{data[exc.start]:02x} on line {line}, byte offset {exc.start}); re-save it as UTF-8"
        ) from None
    if not _VISIBLE.search(text):
        raise CorpusError(path, "text", "is empty or only white space")
    return text


_VISIBLE = re.compile("[^\\s\ufeff\u200b\u200c\u200d\u2060]")
"""A character that is neither white space nor invisible (BOM, zero-width space, joiners, word
joiner): one search finds it near the start of any real text, without copying the text."""
_CONTROL_BYTES = bytes(set(range(32)) - set(b"\t\n\r\f\v")) + b"\x7f"


def _looks_binary(head: bytes) -> bool:
    """More than one byte in ten a control character (not tab or line break): not a text."""
    return len(head) > 0 and len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 10


class Paragraph(NamedTuple):
    """One paragraph; the fields are the columns of ``Corpus.paragraphs()``."""

    doc_id: str
    paragraph: int
    start: int
    end: int
    text: str
    speaker: str
    chrome: str
    role: str
    kind: str
    body_start: int


class Sentence(NamedTuple):
    """One sentence; the fields are the columns of ``Corpus.sentences()``."""

    doc_id: str
    sentence: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """One text of the corpus with its manifest row."""

    doc_id: str
    path: Path
    text: str
    meta: dict[str, str] = field(repr=False)

    @property
    def outlet(self) -> str:
        return self.meta["outlet"]

    @property
    def format(self) -> str:
        return self.meta["format"]

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def published(self) -> dt.date:
        return dt.date.fromisoformat(self.meta["published"])

    @property
    def authors(self) -> list[str]:
        return [name.strip() for name in self.meta.get("authors", "").split(";") if name.strip()]

    @functools.cached_property
    def paragraph_records(self) -> list[Paragraph]:
        """This document's paragraphs as records (the fast path for library code)."""
        spans = paragraph_spans(self.text)
        texts = [self.text[a:b] for a, b in spans]
        chrome = classify_chrome(texts, title=self.title, authors=self.authors, host=self.meta.get("host", ""))
        turns = find_turns(self.text, spans, authors=self.authors) if self.format == "transcript" else [None] * len(spans)
        records = []
        speaker, role = "", ""
        for number, ((start, end), text, label, turn) in enumerate(zip(spans, texts, chrome, turns)):
            body_start = start
            if turn is not None and label in LABEL_LIKE_CHROME:
                label = ""
            if label:
                kind = "chrome"
            elif turn is not None:
                speaker, role, kind, body_start = turn.name, turn.role, "turn", turn.label_end
            elif self.format == "transcript" and MARKER.fullmatch(text):
                speaker, role, kind = "", "", "marker"
            elif self.format == "transcript":
                kind = "continued" if speaker else "body"
            else:
                kind = "body"
            in_turn = kind in ("turn", "continued")
            records.append(
                Paragraph(self.doc_id, number, start, end, text, speaker if in_turn else "", label,
                          role if in_turn else "", kind, body_start)
            )
        return records

    @functools.cached_property
    def paragraphs(self) -> pd.DataFrame:
        """This document's paragraphs (see the module docstring for the columns)."""
        return pd.DataFrame.from_records(self.paragraph_records, columns=PARAGRAPH_COLUMNS)

    @functools.cached_property
    def _content_records(self) -> list[Paragraph]:
        return [
            p for p in self.paragraph_records
            if p.kind not in NON_CONTENT_KINDS and not STAGE_DIRECTION.fullmatch(self.text, p.body_start, p.end)
        ]

    def content_records(self) -> list[Paragraph]:
        """Paragraph records with words of content: no page chrome, no transcript markers, and no
        turn that is only a stage direction (``TOKAYEV: (Non-English language spoken).``)."""
        return self._content_records

    @functools.cached_property
    def _content_frame(self) -> pd.DataFrame:
        return self.paragraphs[self.paragraphs["paragraph"].isin([p.paragraph for p in self._content_records])]

    def content_paragraphs(self) -> pd.DataFrame:
        """:meth:`content_records` as a DataFrame (the rows of :attr:`paragraphs`); do not modify it."""
        return self._content_frame


class Corpus:
    """The documents of one manifest, parsed lazily and cached."""

    def __init__(self, manifest_path: str | Path, manifest: pd.DataFrame, documents: dict[str, Document]):
        self.manifest_path = Path(manifest_path)
        self.manifest = manifest
        self.documents = documents
        self._sentences: dict[str, pd.DataFrame] = {}
        self._sentence_records: dict[str, list[Sentence]] = {}
        self.memo: dict[tuple, object] = {}
        """Tables and per-document steps computed from this corpus, kept by :mod:`newsbook.memo`."""

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents.values())

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, doc_id: str) -> Document:
        return self.documents[doc_id]

    @functools.cached_property
    def splitter(self) -> PunktSentenceTokenizer:
        """The Punkt sentence splitter trained on this corpus's content."""
        texts = ("\n\n".join(doc.text[p.body_start : p.end] for p in doc.content_records()) for doc in self)
        return train_sentence_splitter(texts, abbreviations=load_abbreviations())

    def paragraphs(self) -> pd.DataFrame:
        """Every paragraph of every document, page chrome included and flagged."""
        records = [record for doc in self for record in doc.paragraph_records]
        return pd.DataFrame.from_records(records, columns=PARAGRAPH_COLUMNS)

    def sentence_records(self, doc_id: str) -> list[Sentence]:
        """The sentences of one document's content paragraphs, as records (the fast path)."""
        if doc_id not in self._sentence_records:
            doc = self[doc_id]
            records: list[Sentence] = []
            for paragraph in doc.content_records():
                for a, b in sentence_spans(self.splitter, doc.text, paragraph.body_start, paragraph.end):
                    records.append(Sentence(doc_id, len(records), paragraph.paragraph, a, b, doc.text[a:b]))
            self._sentence_records[doc_id] = records
        return self._sentence_records[doc_id]

    def document_sentences(self, doc_id: str) -> pd.DataFrame:
        """The sentences of one document's content paragraphs."""
        if doc_id not in self._sentences:
            self._sentences[doc_id] = pd.DataFrame.from_records(self.sentence_records(doc_id), columns=SENTENCE_COLUMNS)
        return self._sentences[doc_id]

    def sentences(self) -> pd.DataFrame:
        """Every sentence of every document's content."""
        records = [record for doc in self for record in self.sentence_records(doc.doc_id)]
        return pd.DataFrame.from_records(records, columns=SENTENCE_COLUMNS)


def load_corpus(manifest: str | Path = DEFAULT_MANIFEST, *, today: dt.date | None = None) -> Corpus:
    """Read and validate a manifest and all its texts.

    Raises:
        CorpusError: the first problem, naming the file and the field.
    """
    rows = read_manifest_records(manifest, today=today)
    documents = {}
    for row in rows:
        text = read_text(row["path"], manifest=manifest)
        documents[row["id"]] = Document(doc_id=row["id"], path=Path(row["path"]), text=text, meta=row)
    return Corpus(manifest, manifest_frame(rows), documents)
