"""Whom a sentence's claims are attributed to, by rule (cue words in ``data/attribution_cues.csv``).

In order, for each sentence of a document:

1. "according to X" names X ("according to the government");
2. a source before or after a speech verb: a name ("Tokayev says", "said Hill"), a pronoun
   ("He says", resolved to the last name that spoke so in the paragraph) or a source noun
   ("people said", "the interior ministry said");
3. a hedge ("It's thought to be ...", "is believed") leaves the claim unattributed;
4. a sentence that opens with its figure carries on the source of the sentence before it in
   the paragraph ("More than 10,000 have been detained." after "According to the government,
   ..."); other sentences do not ("And of course, this is a contingent of ...");
5. otherwise, in a transcript, the speaker, unless a host or reporter (a manifest author or a
   ``host``/``byline`` label), whose words are the outlet's own: then it stays empty.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence

import pandas as pd

from newsbook.corpus import Document, Sentence
from newsbook.labels import label_words, stopwords
from newsbook.paths import data_file

REPORTER_ROLES = ("host", "byline")
_NAME = r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}"
_PRONOUNS = ("he", "she", "they")
SOURCE_REACH = 80
"""How many characters before a speech verb its source may start."""


@functools.lru_cache(maxsize=1)
def attribution_cues() -> dict[str, list[str]]:
    """``{kind: words}`` of ``data/attribution_cues.csv`` (``verb``, ``source``, ``hedge``), longest first."""
    with data_file("attribution_cues.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {k: sorted((r["word"] for r in rows if r["kind"] == k), key=len, reverse=True) for k in ("verb", "source", "hedge")}


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    c = attribution_cues()
    verbs, nouns, hedges = ("|".join(map(re.escape, c[k])) for k in ("verb", "source", "hedge"))
    source = rf"(?:{_NAME}|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he\s+|[Tt]wo\s+|[Ss]ome\s+)?(?:[a-z]+\s+)?(?:{nouns}))"
    return {
        "quick": re.compile(rf"\b(?:{verbs})\b|[Aa]ccording to"),
        "verb": re.compile(rf"\b(?:{verbs})\b"),
        "according": re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:!?“”\"]{2,60}?)(?=\s*[,.;:!?“”\"]|$)"),
        "before": re.compile(rf"(?P<who>{source})\s+(?:(?:here|also|later|now|again|today|yesterday|then)\s+)?\Z"),
        "after": re.compile(rf"[,”\"]\s*(?:said|says|added|wrote|told reporters)\s+(?P<who>{_NAME})"),
        "hedge": re.compile(rf"(?:\b(?:is|are|was|were|been|being)\s+|['’]s\s+)(?:{hedges})\b", re.I),
    }


def _clean(who: str) -> str:
    """A source without the discourse words that open its sentence ("So Tokayev" -> "Tokayev")."""
    words = who.split()
    openers = {w.lower() for w in label_words()["opener"]} | stopwords()
    while len(words) > 1 and words[0].lower() in openers and words[0] not in ("The",):
        words = words[1:]
    return " ".join(words)


def sentence_source(sentence: str) -> str:
    """The source a sentence names (``""`` when none; a pronoun as written).

    >>> sentence_source("According to the government, Tokayev says 160 people died.")
    'the government'
    >>> sentence_source("“It was chaos,” said Hill.")
    'Hill'
    """
    p = _patterns()
    if not p["quick"].search(sentence):
        return ""
    found = p["according"].search(sentence)
    if found:
        return found.group("who").strip()
    candidates = [m for m in p["after"].finditer(sentence)]
    for verb in p["verb"].finditer(sentence):
        found = p["before"].search(sentence, max(0, verb.start() - SOURCE_REACH), verb.start())
        if found:
            candidates.append(found)
    for m in sorted(candidates, key=lambda m: m.start()):
        who = _clean(m.group("who").strip())
        if who and (who.lower() not in stopwords() or who.lower() in _PRONOUNS):
            return who
    return ""


def attributions(doc: Document, sentences: pd.DataFrame | Sequence[Sentence]) -> dict[int, tuple[str, str]]:
    """``{sentence number: (source, carried)}`` for the sentences of ``doc`` (a frame with
    ``sentence, paragraph, text`` or the :class:`~newsbook.corpus.Sentence` records).

    ``source`` is what the sentence itself names (rules 1-3, a pronoun resolved), else the
    transcript speaker (rule 5); ``carried`` is the source of the sentence before it in the
    paragraph (rule 4), which :mod:`newsbook.quantities` uses for a sentence that opens with
    its figure ("More than 10,000 have been detained.").
    """
    paragraphs = doc.paragraph_records
    names = [p.speaker for p in paragraphs]
    roles = [p.role for p in paragraphs]
    speakers = dict(zip((p.paragraph for p in paragraphs), names))
    reporters = set(doc.authors) | {name for name, role in zip(names, roles) if role in REPORTER_ROLES}
    hedge = _patterns()["hedge"]
    sources: dict[int, tuple[str, str]] = {}
    current_paragraph, carried, last_name = None, "", ""
    if isinstance(sentences, pd.DataFrame):
        rows = zip(*(sentences[c].tolist() for c in ("sentence", "paragraph", "text")))
    else:
        rows = ((s.sentence, s.paragraph, s.text) for s in sentences)
    for number, paragraph, text in rows:
        if paragraph != current_paragraph:
            current_paragraph, carried, last_name = paragraph, "", ""
        who = sentence_source(text)
        if who.lower() in _PRONOUNS:
            who = last_name
        elif who[:1].isupper() and who.split()[0] not in ("The", "Two", "Some"):
            last_name = who
        hedged = not who and bool(hedge.search(text))
        speaker = speakers.get(paragraph, "")
        own = who or ("" if hedged or speaker in reporters else speaker or "")
        sources[number] = (own, "" if hedged else carried)
        carried = who if who else ("" if hedged else carried)
    return sources
