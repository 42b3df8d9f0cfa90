"""Sentence splitting with NLTK's Punkt, trained on the corpus itself.

No model is downloaded: a :class:`nltk.tokenize.punkt.PunktTrainer` learns abbreviations,
collocations and sentence starters from the corpus's content paragraphs, and a curated list in
``data/abbreviations.txt`` adds the abbreviations that must never end a sentence ("U.S.", "Mr.").
Sentences never cross a paragraph boundary.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTrainer

from newsbook.paths import data_file

DEFAULT_ABBREVIATIONS = data_file("abbreviations.txt")
TRAINING_LIMIT = 500_000
"""Characters of text the trainer reads at most: enough to learn a genre, bounded for big corpora."""


@functools.lru_cache(maxsize=4)
def load_abbreviations(path: str | Path = DEFAULT_ABBREVIATIONS) -> frozenset[str]:
    """The curated abbreviations, lower case, without their final period."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower().rstrip(".") for line in lines if line.strip() and not line.startswith("#"))


def train_sentence_splitter(
    texts: Iterable[str], *, abbreviations: Iterable[str] = ()
) -> PunktSentenceTokenizer:
    """A Punkt splitter trained on ``texts`` (up to :data:`TRAINING_LIMIT` characters).

    >>> splitter = train_sentence_splitter(["The U.S. said so. Then it left."], abbreviations=["u.s"])
    >>> splitter.tokenize("The U.S. has troops. Mr. Smith said no.")
    ['The U.S. has troops.', 'Mr. Smith said no.']
    """
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    budget = TRAINING_LIMIT
    for text in texts:
        if budget <= 0:
            break
        trainer.train(text[:budget], finalize=False)
        budget -= len(text)
    trainer.finalize_training()
    params: PunktParameters = trainer.get_params()
    params.abbrev_types.update(abbreviations)
    params.abbrev_types.add("mr")
    return PunktSentenceTokenizer(params)


def sentence_spans(splitter: PunktSentenceTokenizer, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text[start:end]``, as offsets into ``text``.

    Punkt ends a sentence at every full stop after an ordinary word, even where the next word
    is in lower case; in news text that is a stray stop (machine-altered copies put them
    mid-clause), so a piece whose first word has no capital, or that opens with a comma,
    semicolon or colon, continues the sentence before it. A first word with a capital inside
    ("eBay", "iPhone") still starts a sentence.

    >>> splitter = train_sentence_splitter(["They said so. Then it left."])
    >>> text = "Troops will start leaving by the end. of January. Nobody knows. eBay fell."
    >>> [text[a:b] for a, b in sentence_spans(splitter, text, 0, len(text))]
    ['Troops will start leaving by the end. of January.', 'Nobody knows.', 'eBay fell.']
    """
    spans: list[tuple[int, int]] = []
    for a, b in splitter.span_tokenize(text[start:end]):
        if spans and _continues(text[start + a:start + b]):
            spans[-1] = (spans[-1][0], start + b)
        else:
            spans.append((start + a, start + b))
    return spans


def _continues(piece: str) -> bool:
    """Whether a piece Punkt split off reads as the rest of the sentence before it."""
    head = piece.lstrip("“”\"'‘’ ")
    if head[:1] in (",", ";", ":"):
        return True
    first = head.split(maxsplit=1)[0] if head else ""
    return first[:1].islower() and not any(c.isupper() for c in first)
