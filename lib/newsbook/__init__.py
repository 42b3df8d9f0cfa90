"""newsbook: parse a small news corpus into tidy tables with exact source offsets.

Every unit the library yields (paragraph, sentence, token, quote, date, mention) carries
``start`` and ``end`` character offsets such that ``document.text[start:end]`` is the unit's
text, where ``document.text`` is the file decoded as UTF-8 with no newline translation.
"""

from newsbook.corpus import Corpus, Document, load_corpus
from newsbook.errors import CorpusError

__all__ = ["Corpus", "Document", "CorpusError", "load_corpus"]
__version__ = "0.1.0"
