"""Where a report's content starts and where it may end, within one sentence.

- Start: after the cue, past a colon and a "that" within the next words (after the listener of a
  cue that takes one, a time or a prepositional phrase: "told reporters on Friday that", "said in a
  statement on Tuesday that", "wrote on X that"), past the listener ("told party members the
  ...") or a time ("said Tuesday the talks ...").
- End: before the next attribution of the sentence, unless it belongs to the content: a report
  nested in it ("Smith said Jones had told him ..."), an aside of the same speaker (", it said,"
  before a clause; "which it says is ...") or, after "says,", speech in the first person; and
  before the writer's hedged aside (", but it is widely expected ...") or the speaker's next act
  ("- but refused to ...").
- The content before an inverted cue (", Trump added") starts after the latest attribution that
  closes a content of its own, holding the reports nested in it ("It was good that Hamas said ...").
"""

from __future__ import annotations

import functools

from newsbook.claim_sources import attribution_cues
from newsbook.phrase_words import ARTICLES, DASHES
from newsbook.quote_clauses import AUXILIARIES, DETERMINERS, SUBJECTS, is_clause, is_time
from newsbook.quote_cues import Attribution, SentenceReader

_ASIDE_OPENERS = {"but", "although", "though", "while"}
THAT_WINDOW = 14
"""Words after a cue within which a "that" may open its content."""
_REPORTING = ("before", "coordinated", "participle")
_RELATIVES = {"which", "who", "whom", "that"}


def content_start(reader: SentenceReader, att: Attribution, unmarked: bool) -> int:
    """The first token after a cue that its content may hold: past a colon, a "that" within the
    next words (after an object, a time or a prepositional phrase: "told reporters on Friday that",
    "said in a statement on Tuesday that", "wrote on X that") and the listener of a cue that takes
    one ("told party members the ...")."""
    words, n = reader.words, len(reader.words)
    after = att.right + 1
    while after < n and words[after] in (",", ":"):
        after += 1
    if unmarked and after + 2 < n and reader.is_adverb(words[after]) and words[after + 1] == "," \
            and words[after + 2] == "that":
        return after + 3  # "stressed, however, that ..."
    window = after if unmarked else min(after + THAT_WINDOW, n)  # "says, that Russian guy ...": no complementiser
    for k in range(after, window):
        if words[k] in ("that", ":"):  # "told reporters on Friday that ...", "told the radio station: “...”"
            if words[k] == "that" and k + 2 < n and words[k + 2] in DASHES and words[k + 1].isalpha() \
                    and words[k + 1].islower() and not _plural_noun(words[k + 1]):
                break  # "says that task - being unpredictable - is hard": a determiner; not "that cyclones - ..."
            if _may_precede_that(reader, [w for w in words[after:k] if w != ","], att):
                return k + 1
            break
        if (reader.masked[k] and att.cue.complement != "that") or words[k] == ";":
            break  # a listener may hold a title in quotation marks ("told CNN's “State of the Union” that")
        if words[k] == "," and not (k + 1 < n and (words[k + 1] == "that" or words[k + 1].lower() in reader.prepositions
                                                   or is_time(reader, words[k + 1]) or reader.is_adverb(words[k + 1]))):
            break  # but a phrase set off by commas may come before the "that" ("said on Monday, in a speech, that",
            # "told the AP, however, that")
    if att.cue.complement == "that":
        return _after_listener(reader, after)
    return _after_time(reader, after)


_SINGULAR_IN_S = frozenset({"news", "series", "species", "means", "politics", "economics", "physics"})
"""Nouns in -s that take a singular "that" ("that news - which broke on Friday - ...")."""


def _plural_noun(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("cyclones", not "process", "analysis", "bus"),
    which the determiner "that" never precedes."""
    return word.endswith("s") and not word.endswith(("ss", "is", "us")) and word not in _SINGULAR_IN_S


def _may_precede_that(reader: SentenceReader, between: list[str], att: Attribution) -> bool:
    """Whether the words between a cue and a "that" let the "that" open its content: the listener of
    a cue that takes one ("told reporters", "warning the group"), or time words and prepositional
    phrases ("on Friday", "in a statement", "at a daily briefing", "on X"), and adverbs ("however");
    never a clause of its
    own (a subject pronoun or an auxiliary: "said it was clear that ...")."""
    if not between:
        return True
    lows = [w.lower() for w in between]
    if any((w in SUBJECTS and not (w in DETERMINERS and ((k + 1 < len(between) and is_time(reader, between[k + 1]))
                                                        or (k and lows[k - 1] in reader.prepositions))))
           or w in AUXILIARIES for k, w in enumerate(lows)):
        return False  # a clause of its own; but "this month" is a time, and "in advance of this trip" no clause
    if att.cue.complement == "that" or lows[0] in reader.prepositions or is_time(reader, between[0]):
        return True
    return all(is_time(reader, w) or w.lower() in reader.prepositions or w.lower() in reader.documents
               or w.lower() in ARTICLES or reader.is_adverb(w) for w in between)  # "told the AP, however, that"


def _after_listener(reader: SentenceReader, k: int) -> int:
    """Past the listener of "told" ("told reporters the ...", "told the BBC the ...", "told
    Labour members the ...", "told party members the ..."): names and modifiers up to a
    listener noun, or a run of names."""
    words, start = reader.words, k
    if k < len(words) and words[k].lower() in ARTICLES:
        k += 1
    end = None
    for j in range(k, min(k + 4, len(words))):
        low = words[j].lower()
        if reader.masked[j]:
            break
        if low in reader.listeners and (end is None or low not in reader.article_listeners):
            return j + 1  # but "told the AP police fired ...": the police are what is reported
        if reader._is_name_word(j):
            end = j + 1
        elif not (end is None and low.isalpha() and low not in reader.function and low not in reader.fillers):
            break
    if end is not None and end - k >= 2 and end < len(words) and words[end].lower() in reader.verbal:
        return end - 1  # "told Al Jazeera Israel is using ...": the last name is the report's subject
    return end if end is not None else start


def _after_time(reader: SentenceReader, k: int) -> int:
    """Past a time right after a cue when a clause follows it ("said Tuesday the talks ...", "said on
    Friday there could be ...", "has said many times, Zelensky ...")."""
    words, start = reader.words, k
    while k < len(words) and (words[k] == "on" or is_time(reader, words[k]) or words[k].lower() in reader.quantifiers) \
            and not reader.masked[k]:
        k += 1
    if k > start and k + 1 < len(words) and words[k] == ",":
        k += 1  # "as President Putin has said many times, Zelensky does not ..."
    opens = k < len(words) and (words[k].lower() in SUBJECTS or words[k].lower() in DETERMINERS or reader._is_name_word(k))
    return k if k > start and opens and is_time(reader, words[k - 1 - (words[k - 1] == ",")]) else start


def right_bound(reader: SentenceReader, attributions: list[Attribution], index: int, after: int, unmarked: bool) -> int:
    """The last token a cue's content may reach: before the next attribution of the sentence, past
    those that belong to the content: a report nested in it ("Smith said Jones had told him ...",
    "said it expected ..."), an aside of the same speaker (", it said,", "which it says is ...") and,
    after "says,", the speech in the first person ("says, hey, I think I've got one")."""
    following = index + 1
    while following < len(attributions):
        other = attributions[following]
        nested = other.left == after and other.order == "before" and other.speaker is not None
        if not (nested or parenthetical(reader, attributions, following) == index
                or (unmarked and _first_person(other))):
            break
        following += 1
    if following == len(attributions):
        return len(reader.words) - 1
    other = attributions[following]
    # a later cue whose speaker stands before this content ("X told Y A, pointing to B"; "X maintained
    # that A, but, like Z, lamented that B"): this content ends before that cue, not before its speaker
    words = reader.words
    if other.left >= after:
        return _before_timed_conjunction(reader, after, other.left)
    # and before the conjunction that joins that cue's clause: ", but, like Z, lamented"
    joint = next((k for k in range(other.cue_first - 1, after, -1) if words[k].lower() in ("but", "and")
                  and words[k - 1] == "," and not reader.masked[k]), None)
    return joint - 1 if joint is not None else _before_timed_conjunction(reader, after, other.cue_first)


def _before_timed_conjunction(reader: SentenceReader, after: int, cue: int) -> int:
    """The last token before ``cue``, or before a conjunction and a time that open the cue's clause ("... for top
    earners but on Wednesday said ...": the content ends with "earners")."""
    words, k = reader.words, cue - 1
    while k > after and (is_time(reader, words[k]) or words[k] in reader.time_prepositions):
        k -= 1
    return k - 1 if k < cue - 1 and words[k].lower() in ("but", "and") else cue - 1


def set_off(reader: SentenceReader, att: Attribution) -> bool:
    """Whether an attribution stands between commas inside a sentence (", the officials said,", ", it said,")."""
    words = reader.words
    return att.left > 0 and words[att.left - 1] == "," and att.right + 1 < len(words) and words[att.right + 1] == ","


def parenthetical(reader: SentenceReader, attributions: list[Attribution], index: int) -> int | None:
    """The attribution whose content holds attribution ``index`` as an aside of its speaker: a pronoun
    cue between commas (", it said,") or a cue in a relative clause ("..., which it says is not
    credible"; "the families that his government says it wants to help"); ``None`` if there is none."""
    att = attributions[index]
    words, first = reader.words, att.left
    if index == 0 or first == 0:
        return None
    host = index - 1
    if attributions[host].order not in _REPORTING or attributions[host].speaker is None:
        return None
    pronoun = att.speaker is not None and att.speaker.type == "pronoun" and att.order == "before"
    between_commas = set_off(reader, att) and att.right + 2 < len(words) \
        and _clause_follows(reader, att.right + 2)  # "when, it said, Israeli forces fired"; not ", he said, using ..."
    relative = words[first - 1].lower() in _RELATIVES and att.order == "before" \
        and content_start(reader, attributions[host], unmarked=False) != first  # not "said on Friday that Hamas said"
    return host if (pronoun and between_commas) or relative else None


def _clause_follows(reader: SentenceReader, k: int) -> bool:
    """Whether the words from token ``k`` on open a clause ("when, it said, Israeli forces fired on ...")."""
    return is_clause(reader, k, len(reader.words) - 1)


def closed_before(reader: SentenceReader, attributions: list[Attribution], index: int) -> int:
    """Where the content before an inverted cue (", X said") may start: after the latest attribution
    of the sentence that closes a content of its own (", Y said, ...") or, before a pronoun, opens the
    sentence ("Putin said A, he said"), and after a semicolon or a missed sentence end; a report
    nested in it ("It was good that Hamas said ..., Trump added") is part of it."""
    words, start = reader.words, 0
    again = attributions[index].speaker is not None and attributions[index].speaker.type == "pronoun"
    for other in attributions[:index]:
        closes = other.order in ("after", "none") or (other.order == "according" and other.left > 0 and words[other.left - 1] == ",")
        opens = again and other.order == "before" and all(w.lower() in reader.openers for w in words[start:other.left])
        if closes or opens:  # "So Putin said A, he said, ...": what follows the first cue
            start = other.right + 1
    for k in range(attributions[index].left - 1, start - 1, -1):
        if words[k] == ";" or _full_stop(reader, k):
            return k + 1
    return start


def _full_stop(reader: SentenceReader, k: int) -> bool:
    """A sentence end the splitter missed: ``.?!`` outside quotations, after a lower-case word or a
    number and before a capital ("... invasion. Putin is said ...")."""
    words = reader.words
    return words[k] in (".", "?", "!") and not reader.masked[k] and 0 < k < len(words) - 1 \
        and words[k - 1][-1:].islower() and words[k + 1][:1].isupper()


def _first_person(att: Attribution) -> bool:
    return att.speaker is not None and att.speaker.type == "self"


def before_aside(words: list[str], first: int, last: int) -> int:
    """The last token before what may close a report but is no part of it: the writer's hedged
    aside ("he did not know the poll date, but it is widely expected to be 5 May": hedges of
    ``data/attribution_cues.csv``) or the speaker's next act ("... too optimistic - but refused to
    rule out tax rises")."""
    if _ASIDE_OPENERS.isdisjoint(words[first + 1:last]):
        return last  # most contents: no "but", "although" ... to look at
    for k in range(first + 1, last - 1):
        if words[k] in DASHES or words[k] == ",":
            if words[k + 1] == "but" and words[k + 2].endswith("ed") and words[k + 2].islower():
                return k - 1  # "... too optimistic - but refused to ...": the speaker's next act
        if k + 3 > last:
            continue
        if words[k] == "," and words[k + 1].lower() in _ASIDE_OPENERS and words[k + 2].lower() == "it" \
                and words[k + 3].lower() in ("is", "was"):
            j = k + 4
            while j <= last and words[j].lower().endswith("ly"):
                j += 1
            if j <= last and words[j].lower() in _hedges():
                return k - 1
    return last


@functools.lru_cache(maxsize=1)
def _hedges() -> frozenset[str]:
    """The participles of a hedge ("it is thought", "it is widely expected")."""
    return frozenset(attribution_cues()["hedge"])
