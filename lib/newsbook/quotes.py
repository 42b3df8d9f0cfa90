"""Every attributed statement of a corpus: direct quotes, reported speech and turns.

Kinds: ``direct`` (words in quotation marks, :mod:`newsbook.quote_marks`), ``indirect``
(reported speech: "X said that ...", "according to X", :mod:`newsbook.reported`) and ``turn``
(a transcript speaker turn or an interview answer, :mod:`newsbook.turns`). A quotation is
attributed, in this order, to a cue that introduces it ("X said: “...”"), to the cue right after
its closing mark ("…,” he added", also in the next sentence: "“...?” I asked the minister"; not
one that opens a sentence of its own after a full stop, "….” Mr Brown insisted his plans ..."),
to the innermost cue earlier in its sentence whose content holds it ("Hill said she believed the
violence “is likely ...”"), to the subject of a sentence with no cue that ends in a colon right
before it ("X had this message for Y:"), or, when its sentence has no cue, to the latest speaker
of its paragraph or the paragraph before (a quote paragraph continuing a speaker). Quotations of
fewer than four words are terms, not statements. Speakers are resolved by
:mod:`newsbook.sentence_speakers` and :mod:`newsbook.speakers`, and an office named apart from its one
holder ("Tehran's deputy foreign minister") is that person (:mod:`newsbook.role_links`); "I" outside quotations and turns
of a single-author article is its author, whose own words are no statements but whose quoted
questions are ("“...?” I asked").

``quotes_table``
    ``doc_id, outlet, published, paragraph, speaker, speaker_role, speaker_kind,
    speaker_country, kind, text, start, end, cue, cue_start, cue_end, speaker_text,
    speaker_start, speaker_end, resolved_by, about_withdrawal, stance, stance_evidence``:
    one row a statement, in text order. ``text`` is ``doc.text[start:end]``; ``cue`` and
    ``speaker_text`` are the attribution's words at ``cue_start:cue_end`` and
    ``speaker_start:speaker_end`` (empty where the speaker is carried over from before);
    ``resolved_by`` says how the speaker was found (``label``, ``interview``, ``named``,
    ``surname`` (also a first name standing for a full name), ``role`` ("the prime minister"),
    ``pronoun``, ``nearby`` (a pronoun after a person named earlier in its sentence),
    ``document``, ``group``, ``previous speaker``, ``unnamed cue``, ``author``);
    ``speaker_kind`` is ``official``, ``expert``, ``journalist``, ``institution``, ``person``
    (not in ``data/people.csv``) or a group's kind (``anonymous``, ``expert`` ...). The last
    three columns come from :func:`newsbook.stance.apply_stance`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import pandas as pd

from newsbook.quote_cues import Attribution, SentenceReader, load_cues
from newsbook.corpus import Corpus, Document, Sentence
from newsbook.people import People, load_people, word_class
from newsbook.tokens import LETTER_OR_DIGIT
from newsbook.quote_index import FoundCues, QuoteIndex, QuoteMask, SentenceTokens, opening_paragraphs
from newsbook.quote_marks import Quotation, find_quotations
from newsbook.quote_clauses import is_clause
from newsbook.role_links import link_roles
from newsbook.reported import content_tokens, coordinated_contents, parenthetical, satisfies
from newsbook.quote_bounds import set_off
from newsbook.sentence_speakers import note_subject, resolve, speaker_of
from newsbook.phrase_words import ARTICLES, Phrase
from newsbook.speakers import Resolver, Speaker
from newsbook.paragraphs import ANSWERER, QUESTIONER
from newsbook.turns import TurnStatement, interview_answers, transcript_turns
from newsbook.memo import per_corpus
from newsbook.datelines import past_bare_dateline

BASE_COLUMNS = [
    "doc_id", "outlet", "published", "paragraph", "speaker", "speaker_role", "speaker_kind", "speaker_country",
    "kind", "text", "start", "end", "cue", "cue_start", "cue_end", "speaker_text", "speaker_start", "speaker_end",
    "resolved_by",
]
_WRITER_CLAUSE_OPENERS = frozenset({"when", "as", "after", "while", "before", "because", "since", "until",
                                    "although", "though", "if", "whereas", "once"})
"""Words that open the writer's clause after a quotation, never more of what was said."""
MIN_WORDS = 3
MIN_OUTSIDE = 3
"""Words outside quotation marks that make a content holding a quotation reported speech too (a
clause of its own: "said its forces were “operating ...”"); fewer do when they are a subject the
quotation goes on from ("said it was “seriously ready ...”", "said he would “not bring ...”", "said
that Trump “respects ...”": :func:`_subject_then_quotation`); a cue followed by a quotation alone
gives the quotation only."""
_NO_REPORT = ("passive", "hypothetical", "noun")
_OWNED_TITLE = re.compile(r"\w['’]s[ \t]+$")
"""A possessive right before a quotation: one in title case is the owner's title ("CNN’s “State of the Union”")."""
_COMPARISONS = frozenset({"like", "than"})
"""Prepositions that go on with the quoted clause rather than the cue's (said “nobody has seen anything” like it)."""
_SHORT_REPLY_WORDS = 3
"""A moderator's turn of at most so many words is a reply within an exchange ("Yes.", "We can hear you.")."""
_GAP = re.compile(r"[\s,]*")
_INVERTED_SUBJECT = re.compile(rf"[ \t]*,?[ \t]*(?P<verb>[a-z]+)[ \t]+(?:{'|'.join(ARTICLES)}|one)[ \t]")
_CUE_REACH, _CUE_WORDS = 60, 4
"""Characters and words after a quotation's close in which a cue shows it was spoken ("..., the prime minister said")."""


def document_statements(doc: Document, sentences: Iterable[Sentence], *, people: People | None = None) -> list[dict]:
    """The attributed statements of one document, as row dicts with :data:`BASE_COLUMNS`."""
    people = people or load_people()
    text, rows = doc.text, []
    paras = doc.content_records()
    ordinal = {p.paragraph: i for i, p in enumerate(paras)}
    found_quotations = [replace(q, reads_as_name=False) if q.reads_as_name and _spoken(text, q) else q
                        for q in find_quotations(text, [(p.body_start, p.end) for p in paras])]
    quotations = QuoteIndex(found_quotations)
    mask = (QuoteMask(found_quotations), QuoteMask([q for q in found_quotations if not q.is_fragment]))
    tokens = SentenceTokens(text, mask)  # the text tokenised once, each sentence's tokens a slice
    resolver = Resolver(text, people)
    if doc.format == "article" and len(doc.authors) == 1:  # "I" outside quotations is the author
        resolver.narrator = resolver.name(doc.authors[0], 0)._replace(how="author")
    opening_of = opening_paragraphs(paras)
    turns = {t.paragraph: t for t in transcript_turns(doc)}
    turn_set = set(turns.values())
    answers = {t.paragraph: t for t in interview_answers(doc)}
    by_para: dict[int, list[tuple[int, int]]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append((s.start, s.end))
    sentence_starts = sorted(a for spans in by_para.values() for a, _ in spans)
    records = FoundCues()

    def row(kind: str, start: int, end: int, speaker: Speaker, paragraph: int, **where: object) -> None:
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "published": doc.meta["published"],
                     "paragraph": paragraph, "speaker": speaker.name, "speaker_role": speaker.role,
                     "speaker_kind": speaker.kind, "speaker_country": speaker.country, "kind": kind,
                     "text": text[start:end], "start": start, "end": end, "resolved_by": speaker.how,
                     "cue": "", "cue_start": None, "cue_end": None, "speaker_text": "", "speaker_start": None,
                     "speaker_end": None, **where})

    full_of_label: dict[str, str | None] = {}  # a one-word label's full name: the same for all its turns
    called = _called_questioners(text, sorted(turn_set, key=lambda t: t.start), resolver)
    for p in paras:
        number, own = ordinal[p.paragraph], p.speaker
        for whole in (turns.get(p.paragraph), answers.get(p.paragraph)):
            if whole is not None:
                if whole.speaker == QUESTIONER and whole.start not in called:  # a briefing's unnamed questioner
                    speaker = Speaker(QUESTIONER, "", "person", "", "", "label")
                else:
                    speaker = resolver.name(called.get(whole.start, whole.speaker), whole.start)
                if " " not in speaker.name and speaker.kind != "institution" and speaker.name not in (QUESTIONER, ANSWERER):
                    # a one-word label named in full only later (never a briefing's "Q")
                    if whole.speaker not in full_of_label:
                        own_turns = [(t.cue_start, t.end) for t in turn_set if t.speaker == whole.speaker]
                        full_of_label[whole.speaker] = resolver.index.only_full(speaker.name, own_turns)
                    full = full_of_label[whole.speaker]
                    speaker = speaker if full is None else resolver.name(full, whole.start)
                speaker = Speaker(speaker.name, speaker.role or whole.role, speaker.kind, speaker.country,
                                  speaker.pronoun, "label" if whole in turn_set else "interview")
                own = own or speaker.name
                resolver.note(whole.start, number, speaker, spoke=True, label=whole in turn_set)
                row("turn", whole.start, whole.end, speaker, whole.paragraph, cue=whole.cue, cue_start=whole.cue_start,
                    cue_end=whole.cue_end, speaker_text=text[whole.speaker_start:whole.speaker_end] if whole.speaker_start is not None else "",
                    speaker_start=whole.speaker_start, speaker_end=whole.speaker_end)
        for start, end in by_para.get(p.paragraph, []):
            if start == sentence_starts[0]:
                start = past_bare_dateline(text, start, end)  # "BEIJING/WASHINGTON China's ... said": no speaker "BEIJING"
            records.extend(_sentence(text, tokens, start, end, number, own, resolver, quotations, row, p.paragraph,
                                     records))
        for q in quotations.ending_in(p.body_start, p.end):
            if not q.is_fragment:
                opening = opening_of(q.start, p)
                _attribute_quote(text, q, ordinal[opening.paragraph], opening.speaker or own, records, sentence_starts,
                                 resolver, row, opening.paragraph)
    rows = _deduplicate(sorted(rows, key=lambda r: (r["start"], r["kind"] != "turn")))
    return link_roles(rows, text, paras[0].body_start if paras else 0, ordinal)


def _deduplicate(rows: list[dict]) -> list[dict]:
    """One row for reported speech that overlaps an earlier report of the same speaker ("Putin said X,
    he said, ..."); a report nested in it keeps the nested one ("Hill said she believed the
    violence ...": what she believed)."""
    kept: list[dict] = []
    for r in rows:
        if r["kind"] == "indirect":
            same = next((k for k in reversed(kept[-8:]) if k["kind"] == "indirect" and k["speaker"] == r["speaker"]
                         and k["start"] < r["end"] and r["start"] < k["end"]), None)
            if same is not None:
                if same["start"] < r["start"] and r["end"] == same["end"]:
                    kept[kept.index(same)] = r
                continue
        kept.append(r)
    return kept


def _called_questioners(text: str, turns: list[TurnStatement], resolver: Resolver) -> dict[int, str]:
    """The name of each questioner's turn ("Q", :data:`newsbook.paragraphs.QUESTIONER`) that a moderator
    has called by name ("MODERATOR: Next up, we'll go to Zeke Miller." then "Q    Thanks for doing this."),
    by the turn's start: the last person the moderator's latest turn calls (a name right after a ``call
    phrase`` of ``data/speaker_words.csv``: "go to", "next up", never "turn it over to" an official), until
    the moderator speaks again (a follow-up question after the answer is the same reporter's), or past a
    moderator's turn that calls no one but goes on with the same questioner: it hands the question to an
    answerer ("FBI, would you want to come in on the question?" then the official), answers in a few words
    ("Yes." to "Can you hear me?") or addresses the questioner ("And I'll just add, Andrea, ..."); none where
    the moderator called no one before a questioner ("We have to wrap here." then "Q One more?") or no
    moderator speaks (a gaggle's questioners stay "Q")."""
    moderators, called, named = word_class("moderator"), None, {}
    calls = tuple(word_class("call phrase"))
    for k, turn in enumerate(turns):
        if turn.speaker in moderators:
            calling = resolver.index.last_person_in(turn.start, turn.end, lambda at: " ".join(
                text[max(turn.start, at - 30):at].split()).rstrip(" ,:—-").lower().endswith(calls))  # (over wrapped lines)
            if calling is not None or called is None or not _same_questioner(text, turn, turns[k + 1:k + 2], called):
                called = calling
        elif turn.speaker == QUESTIONER and called is not None:
            named[turn.start] = called
    return named


def _same_questioner(text: str, moderator: TurnStatement, following: list[TurnStatement], called: str) -> bool:
    """Whether a moderator's turn that calls no one goes on with the questioner ``called`` (see
    :func:`_called_questioners`): the next turn is an answer, or the moderator's is a short reply or
    names the questioner's first name."""
    if following and following[0].speaker != QUESTIONER and following[0].speaker not in word_class("moderator"):
        return True
    said = text[moderator.start:moderator.end]
    return len(said.split()) <= _SHORT_REPLY_WORDS or re.search(rf"\b{re.escape(called.split()[0])}\b", said) is not None


def _sentence(text, tokens, start, end, number, own, resolver, quotations, row, paragraph, records: FoundCues) -> list[dict]:
    by_colon, unnamed = records.by_colon, records.unnamed
    spans, words, masked, in_statement, names = tokens.sentence(start, end)
    reader = SentenceReader(text, spans, masked, words, names)
    reader.proper, reader.common = resolver.is_proper, resolver.is_common
    any_quoted = any(masked)
    quoted = in_statement  # inside a quotation that is a statement, not a term
    cues = reader.cues()
    if any_quoted:  # "The resolution says the invasion “...”": the quotation is no earlier speaker's
        unnamed[start] = [a.cue_start for a in cues if a.order == "before" and a.speaker is None
                          and _after_common_noun(reader, a.cue_first)]
    reporting = next((a.cue_first for a in cues if a.order == "before" and a.speaker is not None), None) if cues else None
    runs = note_subject(reader, resolver, number, content_from=reporting)
    if any_quoted:
        doing = _with_doing(reader, runs, resolver, number, own)
        if doing:
            records.doing[start] = doing
        subject = _subject_before_quotation(reader, runs, resolver, number, own)
        if subject is not None:
            records.subject_before_quotation[start] = subject
    if not cues:  # most sentences: nothing to attribute, only perhaps a subject before a colon
        atts = []
    else:
        after_quote = _colon_before(text, start) in quotations.closing  # the sentence opens right after a quotation
        atts = [a for a in cues if a.order not in _NO_REPORT and (a.speaker is not None or a.order == "none")
                and (a.cue.complement != "quote" or _quote_near(quoted, a) or (a.left == 0 and after_quote))]
        if atts and not any_quoted and not after_quote:  # no quotation to attribute
            atts = [a for i, a in enumerate(atts) if not _reports_nothing(reader, atts, i)]
    found = []
    colon = _closing_colon(words, reader.masked) if words else None
    if not atts and colon is not None:
        _colon_subject(reader, runs, resolver, number, own, colon, spans[colon][0], by_colon)
    for index, att in enumerate(atts):
        host = parenthetical(reader, atts, index)
        if host is not None:  # ", it said," / "which it says ...": an aside of the speaker of the report it is in
            found.append({**found[host], "left": spans[att.left][0], "content": None})
            continue
        speaker = resolve(att, reader, runs, resolver, number, own)
        phrase = att.speaker
        tokens = content_tokens(reader, atts, index)
        if colon is not None and colon > att.cue_last and speaker is not None and (tokens is None or tokens[1] < att.cue_first):
            by_colon[spans[colon][0]] = speaker  # "In a statement, Hamas said:" and the quotation after the colon
            tokens = None
        content = (spans[tokens[0]][0], spans[tokens[1]][1]) if tokens else None
        where = {"cue": text[att.cue_start:att.cue_end], "cue_start": att.cue_start, "cue_end": att.cue_end,
                 "speaker_text": phrase.text if phrase else "", "speaker_start": phrase.start if phrase else None,
                 "speaker_end": phrase.end if phrase else None}
        belief = att.cue.kind == "cognition"
        found.append({"left": spans[att.left][0], "sentence": start, "content": content, "speaker": speaker, "where": where,
                      "belief": belief})
        if speaker is None and any_quoted:
            unnamed.setdefault(start, []).append(att.cue_start)  # "It calls for “...”" after a thing
        if speaker is None or speaker.how == "author":
            continue  # the reporter's own words: only a quotation they introduce ("... ?" I asked) is a statement
        verdict = _verdict(text, start, reader, atts, index, tokens, content, quotations)
        # a cue whose complement does not fit ("explains the site to Kyle") makes its subject no speaker
        reported = _reported_by_another(found, att.cue_start, speaker)  # "..., and that ... when many expected it to"
        resolver.note(phrase.start if phrase else att.cue_start, number, speaker,
                      spoke=verdict != "nothing" and not reported, minor=speaker.how == "nearby" or reported)
        if att.cue.complement == "that" and att.order == "before":
            _note_listener(runs, resolver, number, att)
        if verdict == "report" and not (belief and reported):
            parts = coordinated_contents(reader, *tokens)
            for first, last in parts:  # "said A, and that B": two statements, each reported speech unless a quotation alone
                part = (spans[first][0], spans[last][1])
                if len(parts) == 1 or _verdict(text, start, reader, atts, index, (first, last), part, quotations) == "report":
                    row("indirect", part[0], part[1], speaker, paragraph, **where)
    return found


def _reported_by_another(found: list[dict], cue_start: int, speaker: Speaker) -> bool:
    """Whether a cue at ``cue_start`` stands in what another speaker reports ("Golub said Macron believed he had
    ...": a belief someone else states, no statement of the believer's; "he reminded them that ... even when
    many expected it to ...": "many" are no speaker the next quotation may be of)."""
    return any(f["content"] is not None and f["content"][0] <= cue_start < f["content"][1] and f["speaker"] is not None
               and f["speaker"].name != speaker.name and not f["belief"] for f in found[:-1])


def _note_listener(runs: Sequence[Phrase], resolver: Resolver, number: int, att: Attribution) -> None:
    """Remember the person a "tell"-like cue names right after it as its listener ("he was telling
    Florian how ..."), as a minor candidate: a later "he" takes them only where no speaker or subject
    in reach fits, as in the teller's own turn, where the teller is "I" ("KYLE: I told him ... And he
    said, ...")."""
    run = next((r for r in runs if r.first > att.cue_last), None)  # runs come in order: stop at the first after the cue
    if run is None or run.first != att.cue_last + 1 or run.type != "name":
        return
    listener = resolver.name(run.text, run.start)
    if resolver.is_person(listener) or resolver.personal(listener.name):
        resolver.note(run.start, number, listener, spoke=False, minor=True)


def _verdict(text: str, start: int, reader: SentenceReader, atts: list[Attribution], index: int,
             tokens: tuple[int, int] | None, content: tuple[int, int] | None, quotations) -> str:
    """What attribution ``index`` gives: ``report`` (reported speech), ``quotation`` (it attributes a
    quotation, or what follows it is no statement of its own) or ``nothing`` (what follows the cue is
    not what the cue takes: no report, and no sign the speaker spoke)."""
    att, spans = atts[index], reader.spans
    if tokens is None or att.cue.complement == "quote" or (content[0] in quotations.opening and not (
            content[0] > att.cue_start and _clause_goes_on(reader, tokens))):
        return "quotation"
    words = list(itertools.compress(range(tokens[0], tokens[1] + 1),
                                    map(LETTER_OR_DIGIT.search, reader.words[tokens[0]:tokens[1] + 1])))  # is_word
    if content[1] <= att.cue_start and 2 * _closing_quote_words(content[1], quotations) > len(words):
        return "quotation"  # "..., “quoted words,” said X": the quotation is the statement
    if content[0] > att.cue_start and _follows_quote(text, spans[att.left][0], start, quotations):
        return "quotation"  # "“...,” Tokayev said in a televised address": what follows the cue is no statement
    if att.left == 0 and content[0] > att.cue_start and _follows_quote(text, start, max(start - 3, 0) - 1, quotations) \
            and reader.words[tokens[0]].lower() in reader.prepositions and not is_clause(reader, tokens[0], tokens[1]):
        return "quotation"  # '“... hurt it!!!” Trump said in a post.': a sentence of its own after the quotation
    if content[0] > att.cue_start and _adjunct_then_quotation(reader, tokens, words):
        return "quotation"  # 'Trump said during his speech, “I'm dealing with ...”': the quotation is the statement
    if _misfit(reader, att, tokens):
        return "nothing"
    if att.order == "according" and any(o is not att and tokens[0] <= o.cue_first <= tokens[1] for o in atts):
        return "quotation"
    if tokens[1] < att.left and any(o is not att and tokens[0] < o.left and o.right < tokens[1] and set_off(reader, o)
                                    for o in atts):
        return "quotation"  # "A, the officials said, are B, the sources said.": the aside's speaker has it
    if all(reader.masked[i] for i in words):
        return "quotation"  # "“We will respond,” the spokesman said": a quotation (here a short one), no report
    outside = [i for i in words if not reader.masked[i] or quotations.in_fragment(spans[i][0])]
    return "report" if len(words) >= MIN_WORDS and (len(outside) >= MIN_OUTSIDE or _subject_then_quotation(
        reader, words, outside)) else "quotation"


def _subject_then_quotation(reader: SentenceReader, words: list[int], outside: list[int]) -> bool:
    """Whether a content's words outside quotation marks are a subject the quotation goes on from, with
    no comma between ("said they had “brought us closer ...”", "said that Trump “respects leaders ...”"):
    a reported clause holding a quotation; not a time word set off before it ("said Saturday, “I think
    ...”") nor a reflexive ("cautioning himself, “Donald, ...”")."""
    quoted = next((i for i in words if reader.masked[i]), None)
    if not outside or quoted is None or outside[-1] > quoted:
        return False
    first = reader.words[outside[0]].lower()
    subject = len(outside) > 1 and reader.words[outside[1]].lower() in reader.verbal  # "this was “...”", no time
    return (first not in reader.time or subject) and not first.endswith("self") \
        and "," not in reader.words[outside[-1] + 1:quoted]


def _after_common_noun(reader: SentenceReader, token: int) -> bool:
    """Whether the word before token ``token`` is a lower-case content word ("resolution says"), not an
    article, another function word ("The rules place ...": "rules" is no cue there) or a time word."""
    if token == 0:
        return False
    word = reader.words[token - 1]
    return word.isalpha() and word.islower() and word not in ARTICLES and word not in reader.function \
        and word not in reader.fillers and word not in reader.time  # "Kallas had earlier this year called"


def _adjunct_then_quotation(reader: SentenceReader, tokens: tuple[int, int], words: list[int]) -> bool:
    """Whether a content is a prepositional phrase, a comma and then only a quotation ("during his
    speech, “...”")."""
    if reader.words[tokens[0]].lower() not in reader.prepositions:
        return False
    comma = next((k for k in range(tokens[0], tokens[1]) if reader.words[k] == "," and not reader.masked[k]), None)
    return comma is not None and reader.masked[comma + 1] and all(reader.masked[k] for k in words if k > comma)


def _clause_goes_on(reader: SentenceReader, tokens: tuple[int, int]) -> bool:
    """Whether a content that opens with a quotation goes on after it as the same clause (said “the fire
    must cease” and killings stop; said “...” that could justify ...): words after the quotation, and
    either a clause or neither a prepositional phrase nor a participle (said “...” in a speech on Monday,
    said “...” citing ...: the quotation alone); never a subordinate clause (said “...” when asked ...)."""
    after = next((k for k in range(tokens[0] + 1, tokens[1] + 1) if not reader.masked[k]), None)
    if after is None:
        return False
    words = [reader.words[k] for k in range(after, tokens[1] + 1)
             if not reader.masked[k] and LETTER_OR_DIGIT.search(reader.words[k])]
    if not words or words[0].lower() in _WRITER_CLAUSE_OPENERS:
        return False  # said “...” when reporters asked him ...: the writer's clause
    adjunct = (words[0].lower() in reader.prepositions and words[0].lower() not in _COMPARISONS) or words[0].endswith("ing")
    return len(words) >= MIN_OUTSIDE and (not adjunct or is_clause(reader, after, tokens[1]))


def _reports_nothing(reader: SentenceReader, atts: list[Attribution], index: int) -> bool:
    """A cue followed by a prepositional phrase that its content does not satisfy ("when the Soviet
    leader insisted on linking the pact ..."): in a sentence with no quotation in or just before it,
    no speech, so it neither bounds the other reports of the sentence nor gives a speaker for a later "he"."""
    att = atts[index]
    if att.cue.complement == "quote" or att.right + 1 >= len(reader.words) \
            or reader.words[att.right + 1].lower() not in reader.prepositions:
        return False
    tokens = content_tokens(reader, atts, index)
    return tokens is not None and _misfit(reader, att, tokens)


def _misfit(reader: SentenceReader, att: Attribution, tokens: tuple[int, int]) -> bool:
    """Whether the content after the cue is not what the cue takes ("explains the site to Kyle")."""
    return tokens[0] > att.right and not satisfies(reader, tokens[0], tokens[1], att.cue.complement)


def _closing_colon(words: list[str], masked: list[bool]) -> int | None:
    """The word index of a colon that ends a sentence, or after which the sentence is all quotation
    ("X had this question pinned to his feed: “Does ...?”"), or ``None``."""
    end = len(words)
    while end and masked[end - 1]:
        end -= 1
    return end - 1 if end and words[end - 1] == ":" else None


def _subject_before_quotation(reader, runs, resolver, number: int, own: str) -> tuple[int, Speaker] | None:
    """The main clause's subject before a sentence's first quotation, when it names a speaker no
    preposition governs (see :attr:`FoundCues.subject_before_quotation`), with the offset where it ends."""
    first_quoted = next((k for k, quoted in enumerate(reader.masked) if quoted), 0)
    if not first_quoted:
        return None
    phrase = reader.clause_subject(first_quoted)
    if phrase is None or phrase.type not in ("name", "group") or reader.governed(phrase.first):
        return None
    if phrase.type == "group":  # "A senior Ukrainian presidential aide, Mykhailo Podolyak, took to Twitter to mock ...
        phrase = reader.appositive_name(phrase.last) or phrase  # as a “...”": the aide the text names
    speaker = speaker_of(phrase, reader, runs, resolver, number, own)
    return None if speaker is None or speaker.kind == "thing" else (reader.spans[phrase.last][1], speaker)


def _with_doing(reader, runs, resolver, number: int, own: str) -> list[tuple[int, Speaker]]:
    """The subjects of "with X doing ..." in a sentence (see :attr:`FoundCues.doing`): "with", a named
    speaker or group ("gun control group Brady"), up to three words ("again Wednesday"), then a participle
    in "-ing"."""
    words, found = reader.words, []
    for k, word in enumerate(words):
        if word.lower() != "with" or reader.masked[k]:
            continue
        phrase = reader.subject(min(k + 8, len(words)), start=k + 1)
        if phrase is None or phrase.type not in ("name", "group") or phrase.text.endswith(("'s", "’s")) \
                or not all(LETTER_OR_DIGIT.search(w) for w in words[k + 1:phrase.first]):
            continue  # but "took issue with the EU's positioning of China as a “...”": a noun in "-ing"
        verb = next((m for m in range(phrase.last + 1, min(phrase.last + 5, len(words)))
                     if words[m].endswith("ing") and words[m].islower() and not reader.masked[m]), None)
        if verb is None or words[verb] in reader.time or words[verb] in reader.ing_prepositions \
                or any(not LETTER_OR_DIGIT.search(w) or w.lower() in reader.prepositions or w.lower() in ("and", "or")
                       for w in words[phrase.last + 1:verb]):
            continue  # not "with Pompeo this morning", "with Pompeo before leaving", "with Pompeo during talks"
        speaker = speaker_of(phrase, reader, runs, resolver, number, own)
        if speaker is not None:
            found.append((reader.spans[verb][0], speaker))
    return found


def _colon_subject(reader, runs, resolver, number: int, own: str, at: int, colon: int, by_colon: dict) -> None:
    """Remember the subject of a sentence with no cue whose colon (word ``at``, character ``colon``)
    ends it or comes right before the quotation that ends it ("And Komsomolskaya Pravda had this
    message for European leaders:"): the quotation right after it is theirs. A lone word opening the
    sentence counts only where the text shows it is a name."""
    phrase = reader.subject(at)
    # before a quotation in the same sentence, only a named speaker: "Police found a note at the scene:
    # “...”" is no statement of the police
    allowed = ("name", "group", "pair") if at == len(reader.words) - 1 else ("name", "pair")
    if phrase is None or phrase.type not in allowed or phrase.text in reader.time:
        return  # "..., issued late on Tuesday, ended with a warning:" has no speaker "Tuesday"
    if phrase.type == "name" and phrase.first == phrase.last and not resolver.is_proper(phrase.text):
        return
    speaker = speaker_of(phrase, reader, runs, resolver, number, own)
    if speaker is not None:
        by_colon[colon] = speaker


def _quote_near(quoted: list[bool], att: Attribution) -> bool:
    """A cue that only ever attributes quotations ("asked", "urged") counts only next to one
    (not a one-word term): a quotation closing just before it or opening in the words after it."""
    return any(quoted[max(att.left - 3, 0):att.left]) or any(quoted[att.right + 1:])


def _follows_quote(text: str, position: int, sentence_start: int, quotations: QuoteIndex) -> bool:
    while position > sentence_start and text[position - 1] in " \t,":
        position -= 1
    return position > sentence_start and (position - 1) in quotations.closing


def _closing_quote_words(end: int, quotations: QuoteIndex) -> int:
    """Words of the non-fragment quotation that closes right at ``end`` (0 if none does; the first
    in text order if two do)."""
    closing = [quotations.closing[mark] for mark in (end - 2, end - 1) if mark in quotations.closing]
    return min(closing)[1] if closing else 0


def _own_sentence(text: str, close_mark: int, record: dict) -> bool:
    """True when a cue after a closing mark opens a sentence of its own: the quotation ended
    with a full stop (``... do." Mr Brown insisted his plans ...``) and the cue reports what
    follows it, not the quotation."""
    content = record["content"]
    return text[close_mark - 1] == "." and content is not None and content[0] > record["where"]["cue_start"]


def _attribute_quote(text, q, number, own, records: FoundCues, sentence_starts, resolver, row, paragraph) -> None:
    if _OWNED_TITLE.search(text, max(0, q.open_mark - 4), q.open_mark) and _title_case(text[q.start:q.end]):
        return  # "speaking on CNN’s “State of the Union”": the owner's programme, a title, no one's words
    i = bisect.bisect_right(sentence_starts, q.open_mark) - 1
    holding = [r for r in records.by_sentence.get(sentence_starts[i] if i >= 0 else None, ())
               if r["speaker"] is not None and r["content"] and r["content"][0] <= q.open_mark < r["content"][1]]
    chosen = next((r for r in holding if r["content"][0] == q.open_mark), None)  # "X said: “...”" binds first
    if chosen is None and q.close_mark is not None:
        after = _GAP.match(text, q.close_mark + 1).end()
        chosen = next((r for r in records.by_left.get(after, ()) if r["speaker"] is not None
                       and not _own_sentence(text, q.close_mark, r)), None)
    if chosen is None and holding:  # the innermost report holding it ("X told Y that ... “...”, according to Z")
        stated = [r for r in holding if not r["belief"]] or holding  # "Golub said Macron believed he had “...”": Golub's words
        chosen = max(stated, key=lambda r: r["content"][0])
    colon = _colon_before(text, q.open_mark)
    if chosen is not None:
        speaker, where = chosen["speaker"], chosen["where"]
    elif colon in records.by_colon:  # "X had this message for Y:" and the quotation
        speaker, where = records.by_colon[colon], {}
    elif doing := [who for at, who in records.doing.get(sentence_starts[i] if i >= 0 else None, ()) if at < q.open_mark]:
        speaker, where = doing[-1], {}  # "..., with Mike Pompeo referring to “...”"

    elif not _after_cue(text, q.open_mark) and not _thing_reads(text, q, sentence_starts[i] if i >= 0 else 0) \
            and not _after_word_of(text, q.open_mark, word_class("bearer verb")) \
            and not any(cue < q.open_mark for cue in records.unnamed.get(sentence_starts[i] if i >= 0 else None, ())):
        # no guess after "X - ... - said “...”" with X unread, before "..., reads a billboard", after "the note
        # read," or after a cue whose subject names no speaker ("The resolution says the invasion “...”")
        speaker, where = resolver.previous_speaker(q.open_mark, number, exclude=own), {}
        subject = records.subject_before_quotation.get(sentence_starts[i] if i >= 0 else None)
        if speaker is not None and subject is not None and subject[0] < q.open_mark:
            speaker = subject[1]  # "Yale's lab referred to imagery of “...”": the lab, not the speaker before
    else:
        speaker = None
    if speaker is None:
        return
    resolver.note(q.start, number, speaker, spoke=True)
    row("direct", q.start, q.end, speaker, paragraph, **where)


def _title_case(words: str) -> bool:
    """Whether every word of four letters or more is capitalised, as in a title ("State of the Union")."""
    long = [w for w in re.findall(r"[^\W\d_]+", words) if len(w) > 3]
    return bool(long) and all(w[0].isupper() for w in long)


def _spoken(text: str, q: Quotation) -> bool:
    """Whether a quotation whose words read as a name is spoken all the same: after a colon or a cue
    ("Tokayev said: “Order Has Been Restored”", "tweeted “Happy Independence Day To All”"), or set
    off by a comma before a cue ("“Make America Great Again,” Trump said"; not "“Kotleba—People's Party
    Our Slovakia”, a far-right party")."""
    if text[_colon_before(text, q.open_mark)] == ":" or _after_cue(text, q.open_mark):
        return True
    close = q.close_mark if q.close_mark is not None else q.end
    if "," not in text[q.end:close + 2]:
        return False
    after = text[close + 1:close + 1 + _CUE_REACH].split()[:_CUE_WORDS]  # "..., Trump said" or "..., said the minister"
    return any((word.strip(",."),) in load_cues() for word in after)


def _thing_reads(text: str, q: Quotation, sentence_start: int) -> bool:
    """Whether the quotation ``q`` opens its sentence (from ``sentence_start``) and is followed by an
    inverted verb whose subject bears words (``inscription`` in ``data/speaker_words.csv``: "“...,”
    reads a billboard", "“...,” goes the slogan"): the words are a thing's, not the last speaker's."""
    if q.close_mark is None or text[sentence_start:q.open_mark].strip():
        return False
    found = _INVERTED_SUBJECT.match(text, q.close_mark + 1)
    return found is not None and found["verb"] in word_class("inscription")


def _after_cue(text: str, position: int) -> bool:
    """Whether the word before ``position`` (a colon or comma between) is a cue ("said", "adding")."""
    word = _word_before(text, position)
    return bool(word) and (word,) in load_cues()


def _after_word_of(text: str, position: int, words: frozenset[str]) -> bool:
    """Whether the word before ``position`` (a colon or comma between) is one of ``words``."""
    return _word_before(text, position) in words


def _word_before(text: str, position: int) -> str:
    """The word before ``position``, past a colon or a comma (``""`` at the start of the text)."""
    k = _colon_before(text, position)
    k = _colon_before(text, k) if text[k] in ":," else k
    word = text[max(k - 20, 0):k + 1].split()
    return word[-1] if word else ""


def _colon_before(text: str, position: int) -> int:
    """The offset of the last character before ``position`` that is not white space (a colon, a
    closing quotation mark)."""
    k = position - 1
    while k > 0 and text[k].isspace():
        k -= 1
    return k


@per_corpus
def quotes_table(corpus: Corpus, *, people: People | None = None) -> pd.DataFrame:
    """Every attributed statement of ``corpus`` with its stance on withdrawal (see the module docstring)."""
    from newsbook.stance import apply_stance

    rows = []
    for doc in corpus:
        rows.extend(document_statements(doc, corpus.sentence_records(doc.doc_id), people=people))
    frame = pd.DataFrame(rows, columns=BASE_COLUMNS)
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end"):
        frame[column] = frame[column].astype("Int64")
    return apply_stance(frame, corpus)
