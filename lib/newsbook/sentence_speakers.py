"""Who speaks in one sentence: its subject (for later pronouns) and the speaker of each cue.

Used by :mod:`newsbook.quotes` sentence by sentence, in text order, with the document's
:class:`newsbook.speakers.Resolver`:

- :func:`note_subject` remembers the sentence's subject for the pronouns after it: a definite
  role phrase opening the sentence ("The prime minister ratcheted up ..." is the person named
  with that role), else its first named person or institution, if the text shows it is one
  (listed, titled, an institution, introduced by an appositive or "is a ...", or a name that
  opens the sentence before a verb: a person's full name, "John Smith refused ...", also as an
  owner, "Mayar al-Farr's brother was ...", or a lone name standing for a full name given before,
  "But Ron is not a cop"). One that a preposition governs ("a visit to Kibbutz Nir Oz, a
  community ...") is noted as minor: "he" and "the group" take it only when no one else fits.
- :func:`resolve` (:func:`speaker_of` for a phrase) gives a cue's speaker: a name, two names
  ("A and B"), a group (a definite phrase first: the person named with that role, "the
  chancellor said", then the group that spoke before in more words, "the official" after "a
  senior Palestinian official", then, for an organisation's kind in common words, "the militant
  group", the organisation named before; "its chairman" is that organisation's), a document or
  body ("the company said": the organisation named before), or a pronoun. "he"/"she" is first
  the nearest person named earlier in the same sentence ("When we talked to Ron Flores, he said
  ...", "... to Lord Ashcroft after he said ..."), else the latest compatible speaker or subject
  in reach.

Where the evidence is thin the rules leave a speaker out rather than guess: ", he added" after its content
takes no name from that content; a sentence opening with a thing ("The ceasefire agreement ...") makes a
later "It said" no one's; a name before a role noun ("A Civil Defence spokesman") or opening a list ("the
UK, France and Germany") is no subject; "Israel's prime minister" and "the Ukrainian president" are only a
person written or listed with that country's role; "the commerce ministry" is no company named before.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbook.people import is_courtesy, speaker_words, word_class
from newsbook.quote_clauses import is_time
from newsbook.quote_cues import Attribution, SentenceReader
from newsbook.name_index import clean_name
from newsbook.phrase_words import ARTICLES, ORGANISATION_POSSESSIVES, PERSON_POSSESSIVES, NameRuns, contraction_base
from newsbook.speaker_phrases import Phrase
from newsbook.speakers import THING, Resolver, Speaker
from newsbook.tokens import LETTER_OR_DIGIT

_WORDS = speaker_words()
_LOWER = {w for category in ("group", "function") for w in _WORDS.get(category, {})}
_STOPS = {".", "?", "!", ":"}
_COUNTRY_OF = _WORDS.get("country", {})
_WORDS_OF_COUNTRY = {country: [w for w, c in _COUNTRY_OF.items() if c == country] for country in set(_COUNTRY_OF.values())}
"""Each country's words ("Israel": "Israel", "Israeli", "Israel's"), in the list's order."""
_OWN_NAMED = set(_WORDS.get("own-named body", {}))
_PAIR_NOUNS = set(_WORDS.get("pair noun", {}))
_PAIR_COUNTS = {"two", "both"}
_OWN_KIND = set(_WORDS.get("own-kind body", {}))
_LAWS = set(_WORDS.get("law", {}))


def note_subject(reader: SentenceReader, resolver: Resolver, paragraph: int, *, content_from: int | None = None) -> Sequence[Phrase]:
    """Remember the sentence's subject (see the module docstring); returns its name runs (made as
    they are read: mostly only the first few are, here and by a cue's speaker). A name
    after token ``content_from`` (the cue of a speaker named before it) is part of what is
    reported ("Reagan said he was summoning Ambassador Max Kampelman ..."), no subject."""
    runs = NameRuns(reader)
    words = reader.words
    definite = bool(words) and words[0] in ("The", "the") and not reader.masked[0]  # (few sentences: most skip both tests below)
    lead = reader.subject(len(words)) if definite else None
    if lead is not None and lead.type == "group" and lead.first <= 1:
        person = resolver.role(_role_words(lead), lead.start)
        if person is not None:
            resolver.note(lead.start, paragraph, person, spoke=False)
            return runs
        body = resolver.group(lead, _LOWER)
        if body.kind == "institution":  # "The Israeli military also released footage that it said ...": "it"
            resolver.note(lead.start, paragraph, body, spoke=False)
            return runs
    if lead is not None and lead.type == "name" and lead.first > 2 and words[lead.first - 1] == ",":
        seen = resolver.name(lead.text, lead.start)  # "The site's owner, Jozef Hambalek, is ...": the person
        if seen.kind == "person":
            resolver.note(lead.start, paragraph, seen, spoke=False)
            return runs
    if definite and _thing_opens(reader):  # "The ceasefire agreement ... It said ...": "it" is no speaker
        resolver.note(reader.spans[0][0], paragraph, THING, spoke=False)
        return runs
    for run in runs:
        if content_from is not None and run.first > content_from:
            break
        seen = resolver.name(run.text, run.start)
        after = words[run.last + 1] if run.last + 1 < len(words) else None
        if seen.kind == "person" and after in _LOWER \
                and not run.text.endswith(("'s", "’s")):  # but "Mayar al-Farr's brother, Mahmoud, was ...": hers
            continue  # "A Civil Defence spokesman": the name of what the spokesman speaks for, no person
        if after == "," and _listed(reader, run):  # (a list goes on only after a comma)
            continue  # "... includes the UK, France and Germany": one of a list is no subject for "it" or "they"
        if run.first == run.last and run.text.isupper() and _acronym_no_speaker(reader, run, resolver):
            continue  # (an acronym is in capitals: most runs are told apart by that test alone)
        if seen.kind != "person" or seen.role or _courtesy_titled(run) or (" " in run.text and reader.introduces(run)) \
                or _opens(run, seen, reader, resolver) or _presented(run, reader) or _country_subject(run, reader):
            governed = reader.governed(run.first)  # "put forward by the US", "a visit to Kibbutz Nir Oz"
            resolver.note(run.start, paragraph, seen, spoke=False, minor=governed)
            if not governed:
                break
        elif _named_after_role(run, reader):  # "Then I met the mayor, Tom Walker. He says ...": him, if no one else
            resolver.note(run.start, paragraph, seen, spoke=False, minor=True)
        elif " " in run.text and _crosshead(reader):  # "Why the personal attack on John Bolton?" then "He has said"
            resolver.note(run.start, paragraph, seen, spoke=False)
            break
    return runs


_CROSSHEAD_WORDS = 12
"""Tokens at most of a question that heads a section ("Why the personal attack on John Bolton?")."""


def _crosshead(reader: SentenceReader) -> bool:
    """Whether the sentence is a short question with no quotation (at most :data:`_CROSSHEAD_WORDS` tokens), as a
    section heading asks one ("Why the personal attack on John Bolton?"): the person it names is whom a later "he"
    or "she" means. A short question inside a paragraph reads the same ("But can Vladimir Putin be trusted? He
    says ...")."""
    words = reader.words
    return 2 < len(words) <= _CROSSHEAD_WORDS and words[-1] == "?" and not any(reader.masked)


def _named_after_role(run: Phrase, reader: SentenceReader) -> bool:
    """Whether a full name stands in apposition after a role or group noun ("the mayor, Tom Walker")."""
    k = run.first
    return " " in run.text and k >= 2 and reader.words[k - 1] == "," \
        and (reader.words[k - 2] in reader.groups or reader.words[k - 2].casefold() in reader.titles)


def _courtesy_titled(run: Phrase) -> bool:
    """Whether a name is written with a courtesy title ("Mr Bolsonaro"): a person, though the title is no role."""
    return is_courtesy(run.text.split(" ", 1)[0])


def _presented(run: Phrase, reader: SentenceReader) -> bool:
    """Whether a name opens its sentence after a word that presents a person (``presenter`` in
    ``data/speaker_words.csv``): "That's Maria Lopez, a nurse in Denver. She says ...", "This is Tom Walker."."""
    words = reader.words
    if run.first == 0:  # the contraction is read with the name: "That's Maria Lopez" (not "That's how ...")
        opener, _, name = run.text.partition(" ")
        return bool(name) and opener.lower() in word_class("presenter")
    return run.first <= 2 and " ".join(words[:run.first]).lower() in word_class("presenter")


def _acronym_no_speaker(reader: SentenceReader, run: Phrase, resolver: Resolver) -> bool:
    """A one-word run in capitals that names no organisation: a role written as an acronym ("The CEO", read
    as a group phrase; not "Police", a group noun opening the sentence) or one of a compound ("their IP address")."""
    word = run.text
    return word.lower() in reader.groups or resolver.index.is_compound_acronym(word)


def _listed(reader: SentenceReader, run: Phrase) -> bool:
    """Whether a name run opens a list of names closed by "and" ("the UK, France, and Germany")."""
    words = reader.words
    k, items = run.last + 1, 0
    while k + 1 < len(words) and words[k] == ",":
        if words[k + 1] == "and":
            k += 1
            break
        if not reader.is_name_word(k + 1):
            return False
        k += 1
        while k < len(words) and reader.is_name_word(k):
            k += 1
        items += 1
    return items > 0 and k + 1 < len(words) and words[k] == "and" and reader.is_name_word(k + 1)


def _thing_opens(reader: SentenceReader) -> bool:
    """Whether the sentence opens with a definite noun phrase of common words that names no speaker,
    organisation or document ("The ceasefire agreement brokered by ... is ...")."""
    words, masked = reader.words, reader.masked
    if len(words) < 3 or words[0] not in ("The", "the") or any(masked[:3]):
        return False
    head = [w for w in words[1:3] if w.isalpha() and w.islower()]
    if not head or not words[1].islower():
        return False
    return not any(w in _LOWER or w in reader.bodies or w in reader.documents or w in reader.pronouns for w in head)


def _country_subject(run: Phrase, reader: SentenceReader) -> bool:
    """A country or its capital opening the sentence before its verb ("Beijing has rattled nerves ..., though it
    says ..."): the state a later "it" may mean."""
    words = reader.words
    if run.text not in _COUNTRY_OF or run.text.endswith(("'s", "’s")) or run.last + 1 >= len(words) \
            or not all(w.lower() in reader.openers for w in words[:run.first]):
        return False
    verb = words[run.last + 1]  # "Beijing has", "China urged", "Russia sends"; not "Russian troops"
    return verb.islower() and (verb in reader.verbal or verb.endswith("ed") or (verb.endswith("s") and verb not in reader.groups))


def _opens(run: Phrase, seen: Speaker, reader: SentenceReader, resolver: Resolver) -> bool:
    """A person's name that opens the sentence before a verb: a full name ("John Smith refused
    ...") or a lone name standing for one ("But Ron is not a cop"); also after an opening phrase and
    its comma, a person named before ("Pressed on trust, Takht-Ravanchi accused ...")."""
    words = reader.words
    if run.first > 2 and words[run.first - 1] == "," and run.last + 1 < len(words):
        return words[run.last + 1].islower() and (seen.how == "surname" or resolver.is_person(seen))
    if run.first > 2 or (run.first and not all(w.lower() in reader.openers for w in words[:run.first])):
        return False
    return seen.how == "surname" or (run.last + 1 < len(words) and words[run.last + 1].islower()
                                     and (resolver.personal(clean_name(run.text))  # also "Mayar al-Farr's brother"
                                          or resolver.is_person(seen)  # "Reagan also said" after "President Reagan said"
                                          or resolver.index.given_as_name(clean_name(run.text))))  # "call Terry"


def resolve(att: Attribution, reader: SentenceReader, runs: Sequence[Phrase], resolver: Resolver, paragraph: int,
            own: str) -> Speaker | None:
    """The speaker of one attribution (see the module docstring), or ``None``."""
    phrase = att.speaker
    if att.order == "none":
        return resolver.refer("", att.cue_start, paragraph, exclude=own)
    if phrase is None:
        return None
    if phrase.type == "pronoun" and _closes_content(att, reader):
        runs = [run for run in runs if run.first > phrase.first]  # "In Khan Younis, five were killed, he said."
    return speaker_of(phrase, reader, runs, resolver, paragraph, own)


def _closes_content(att: Attribution, reader: SentenceReader) -> bool:
    """Whether a pronoun cue follows its content (", he said." at the end of the sentence, or before a
    time or a place: ", he added on Tuesday"): the names before it are in what it reports."""
    words, first = reader.words, att.speaker.first
    if first == 0 or words[first - 1] not in (",", "”", '"'):
        return False
    rest = words[att.cue_last + 1:]
    return not any(map(LETTER_OR_DIGIT.search, rest)) or rest[0].lower() in reader.prepositions


def speaker_of(phrase: Phrase, reader: SentenceReader, runs: Sequence[Phrase], resolver: Resolver, paragraph: int,
               own: str) -> Speaker | None:
    """The speaker a phrase names (see the module docstring); "I" outside any turn of an article is
    its single author (``resolver.narrator``: "I asked Russia's foreign minister ...")."""
    if phrase.type == "self":
        narrator = resolver.narrator
        return narrator if narrator is not None and not own and phrase.text == "I" else None
    if phrase.type == "name":  # never a law or a treaty ("the Geneva Conventions ... forbid ..., saying")
        return None if phrase.text.rsplit(None, 1)[-1] in _LAWS else resolver.name(phrase.text, phrase.start)
    if phrase.type == "pair":
        return resolver.pair(phrase.text, phrase.start)
    if phrase.type == "group":
        return _group(phrase, reader, runs, resolver, paragraph, own)
    if phrase.type == "body":  # "the alliance said": the institution named before, else the words
        return _owner(phrase, resolver, paragraph, own) or resolver.group(phrase, _LOWER)
    if phrase.type == "document":
        issuer = _issuer(phrase, reader)
        if issuer is not None:
            return speaker_of(issuer, reader, runs, resolver, paragraph, own)
    word = contraction_base(phrase.text.lower())  # "He's saying" is "he"
    where = _set_off_after_report(phrase, reader)
    if where:  # not someone named in what is reported
        return _after_report(phrase, where, word, reader, resolver, paragraph, own)
    if phrase.type == "pronoun" and word in ("he", "she"):
        main = _coordinated_speaker(phrase, reader, resolver, paragraph, own, word)
        if main is not None:
            return main
        near = _named_before(phrase, reader, runs, resolver, own)
        if near is not None:
            return near._replace(how="nearby")
    return resolver.refer("document" if phrase.type == "document" else word, phrase.start, paragraph, exclude=own)


def _issuer(document: Phrase, reader: SentenceReader) -> Phrase | None:
    """The subject that issued a document phrase ("Hamas issued a statement saying ...", "The ministry put
    out a statement saying ..."): the main clause's subject, where the verb before the document is one of
    issuing (``issue verb`` in ``data/speaker_words.csv``; never "Police found a note saying ..." nor "The
    Kremlin dismissed a report saying ...")."""
    words, k = reader.words, document.first
    if k < 2:
        return None
    verb = words[k - 1].lower()
    if verb == "out" and k >= 3:  # "put out a statement"
        verb = words[k - 2].lower()
    if verb not in word_class("issue verb"):
        return None
    subject = reader.main_subject(k)
    return subject if subject is not None and subject.type in ("name", "group", "body", "pair") else None


def _group(phrase: Phrase, reader: SentenceReader, runs: Sequence[Phrase], resolver: Resolver, paragraph: int,
           own: str) -> Speaker:
    """A group phrase's speaker: a definite one ("the party chairman", "the Palestinian official", "the
    militant group") is first the person named with that role, then the group that spoke before in
    more words ("a senior Palestinian official"), then, for an organisation's kind described by
    common words only, the organisation named before; "its chairman" is its organisation's; else the
    group as written."""
    words = phrase.text.split()
    possessive = words[0].lower() in ORGANISATION_POSSESSIVES
    if possessive and len(words) > 1:  # "its chairman": the organisation named before, and the role
        owner = resolver.refer("organisation", phrase.start, paragraph, exclude=own)
        if owner is not None:
            return resolver.group(phrase, _LOWER)._replace(name=f"{owner.name} {' '.join(words[1:]).lower()}")
    if len(words) > 2 and words[0].lower() == "the" and words[1][-2:] in ("'s", "’s") and words[1][:-2] in reader.bodies:
        owner = _owner(phrase._replace(text=f"the {words[1][:-2]}"), resolver, paragraph, own)  # "The group's military wing"
        if owner is not None:
            group = resolver.group(phrase._replace(text=" ".join(words[2:])), _LOWER)
            return group._replace(name=f"{owner.name}{words[1][-2:]} {group.name}")
    owned = _of_person(words, resolver, phrase.start)
    if owned is not None:  # "the office of Ukrainian President Vladimir Zelensky": Zelensky's office
        return resolver.group(phrase._replace(text=owned[1]), _LOWER)._replace(name=f"{owned[0].name}'s {owned[1]}")
    if words[0].lower() in PERSON_POSSESSIVES and len(words) > 1:  # "his team": the person he is, and the group
        pronoun = "he" if words[0].lower() == "his" else "she"
        owner = _named_in_opening(phrase, reader, runs, resolver, pronoun) or resolver.refer(
            pronoun, phrase.start, paragraph, exclude=own, named_only=True)
        group = resolver.group(phrase._replace(text=" ".join(words[1:])), _LOWER)
        return group._replace(name=f"{owner.name}'s {group.name}") if owner is not None else group
    if words[0].endswith(("'s", "’s")) and words[0][:-2] in _COUNTRY_OF and len(words) > 1:
        found = _country_role(words[0][:-2], words[1:], resolver, phrase.start)  # "Israel's prime minister"
        if found is not None:
            return found
    definite = words[0].lower() == "the" or (phrase.first > 0 and reader.words[phrase.first - 1].lower() == "the")
    if definite and len(words) > 2 and words[1] in _COUNTRY_OF:  # "the Ukrainian president"
        found = _country_role(words[1], words[2:], resolver, phrase.start)
        if found is not None:
            return found
    if len(words) >= 2 and (definite or words[-2].lower() == "both") and words[-2].lower() in _PAIR_COUNTS \
            and words[-1].lower() in _PAIR_NOUNS:
        pair = resolver.index.last_pair_before(phrase.start)  # "The two countries have said", "Both countries said"
        if pair is not None:
            return resolver.pair(pair, phrase.start)
    if definite:
        role = _role_words(phrase)
        found = resolver.role(role, phrase.start) or resolver.described(role, phrase.start) \
            or resolver.named_in_full(role, phrase.start)
        if found is None and reader.words[phrase.last].lower() in reader.bodies and _common(reader, phrase):
            found = _owner(phrase, resolver, paragraph, own)
        if found is not None:
            return found
    return resolver.group(phrase, _LOWER)


_OWNED_OFFICES = {"office"}
"""Nouns of a person's office that a text writes "the office of X" and means "X's office"."""


def _of_person(words: list[str], resolver: Resolver, position: int) -> tuple[Speaker, str] | None:
    """The person and the noun of a phrase "(the) office of PERSON" ("the office of President X"), else ``None``."""
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) < 3 or words[1] != "of" or words[0] not in _OWNED_OFFICES or not words[2][:1].isupper():
        return None  # but "opponents of President Bashar al-Assad" stay as written
    person = resolver.name(" ".join(words[2:]), position)
    if not resolver.is_person(person) or person.how == "group" or " " not in person.name:
        return None
    return person, words[0]


def _named_in_opening(phrase: Phrase, reader: SentenceReader, runs: Sequence[Phrase], resolver: Resolver,
                      pronoun: str) -> Speaker | None:
    """The person named last in the opening phrase right before a possessive's phrase, set off by its comma
    ("Despite the haphazard nature of Mr. Trump’s early calls ..., his advisers said": Trump's advisers, not
    those of the person named in the sentence before), if the name is a person's "he" or "she" may mean."""
    first = phrase.first
    opener = reader.words[0].lower() if first else ""
    if first < 3 or reader.words[first - 1] != "," or any(reader.masked[:first]) \
            or not (opener in reader.prepositions or opener in reader.subordinators):
        return None  # only an opening phrase or clause ("Despite ...,", "After ...,"), not a report before the cue
    found = None
    for run in runs:  # the sentence's name runs, made once (:class:`NameRuns`)
        if run.first >= first:
            break
        if reader.governed(run.first) and not run.text.endswith(("'s", "’s")):
            continue  # "After talks with Volodymyr Zelensky, his spokesman": the other party, not the owner
        seen = resolver.name(clean_name(run.text), run.start)
        if resolver.is_person(seen) and seen.how != "group" and seen.pronoun in (pronoun, ""):
            found = seen
    return found


def _country_role(country_word: str, role_words: list[str], resolver: Resolver, position: int) -> Speaker | None:
    """The person named before with a role of that country only: written with one of its words ("Israeli
    Prime Minister X" for "Israel's prime minister") or listed with it ("President of Ukraine")."""
    country, role = _COUNTRY_OF[country_word], " ".join(role_words)
    forms = [f"{w} {role}" for w in _WORDS_OF_COUNTRY[country]]
    for form in forms + [f"{role} of {country}", f"{role} of the {country}"]:
        found = resolver.role(form, position)
        if found is not None:
            return found
    return None


def _owner(phrase: Phrase, resolver: Resolver, paragraph: int, own: str) -> Speaker | None:
    """The organisation named before that a body phrase stands for ("the alliance", "the militant group");
    a body that its own words name ("the commerce ministry"), or one of a kind that stands for no other
    ("the government"), only if that organisation is one of its kind."""
    words = phrase.text.lower().split()
    noun, described = words[-1], len(words) - (words[0] in ARTICLES) > 1
    found = resolver.institution_called(noun, phrase.start, paragraph, exclude=own) \
        or resolver.refer("organisation", phrase.start, paragraph, exclude=own)
    if found is not None and ((described and noun in _OWN_NAMED) or noun in _OWN_KIND) and noun not in found.name.lower():
        return None  # "the commerce ministry said" is no company named before
    return found


def _common(reader: SentenceReader, phrase: Phrase) -> bool:
    """Whether a phrase's words before its noun are common words or nationalities ("the Palestinian
    armed group"), naming no organisation ("the UN human rights office")."""
    return all(not w[:1].isupper() or w in _COUNTRY_OF or w.lower() == "the" for w in reader.words[phrase.first:phrase.last])


def _role_words(phrase: Phrase) -> str:
    words = phrase.text.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _coordinated_speaker(pronoun: Phrase, reader: SentenceReader, resolver: Resolver, paragraph: int, own: str,
                        word: str) -> Speaker | None:
    """The speaker of the sentence's earlier cue when "and he" or "but she" opens a clause coordinated
    with it ("Hegseth said Trump's firing of the general wasn't unusual and he suggested more could come":
    Hegseth, not the Trump named in what he said)."""
    if pronoun.first < 2 or reader.words[pronoun.first - 1].lower() not in ("and", "but"):
        return None
    speaker = resolver.previous_speaker(pronoun.start, paragraph, exclude=own, reach=0, since=reader.spans[0][0])
    if speaker is None or not resolver.is_person(speaker) or speaker.pronoun not in (word, ""):
        return None
    return speaker._replace(how="pronoun")


def _in_appositive(run: Phrase, reader: SentenceReader, before: int) -> bool:
    """Whether a name run stands inside an appositive that describes a name before it and closes
    before token ``before``: ", a loyal supporter of President Donald Trump,"."""
    words = reader.words
    opening = next((k for k in range(run.first - 1, -1, -1) if words[k] == ","), None)
    if opening is None or opening < 1 or opening + 1 >= len(words) or words[opening + 1].lower() not in ARTICLES \
            or not reader.is_name_word(opening - 1):
        return False
    return any(words[k] == "," for k in range(run.last + 1, before))


def _set_off_after_report(pronoun: Phrase, reader: SentenceReader) -> str:
    """Where a pronoun speaker set off by a comma stands in what it reports: ``"middle"`` ("Landry, he said, would
    lead the charge"), ``"end"`` ("..., since its founder Sir Stamford Raffles, greatly, he said."), else ``""``:
    not after an opening clause ("When Smith arrived, he said" is Smith) nor before a clause of its own (", she
    said that ...")."""
    first, opener, words = pronoun.first, reader.words[0].lower(), reader.words
    if pronoun.type != "pronoun" or first < 2 or words[first - 1] != "," \
            or opener in reader.subordinators or opener in reader.prepositions:
        return ""
    k = first + 2  # past the cue: then a comma or the end, perhaps after a time ("he said on Sunday.")
    while k < len(words) and (words[k].lower() in reader.prepositions or words[k].lower() in ARTICLES
                              or is_time(reader, words[k])):
        k += 1
    if k < len(words) - 1 and words[k] == ",":
        return "middle"
    return "end" if k >= len(words) - 1 else ""


def _after_report(phrase: Phrase, where: str, word: str, reader: SentenceReader, resolver: Resolver, paragraph: int,
                  own: str) -> Speaker | None:
    """The speaker a pronoun set off after its report means (:func:`_set_off_after_report`): no one named in the
    middle of the report ("Landry, he said, would ...": someone named before the sentence); at its end, the
    report's own subject when the pronoun fits it ("Maria Lopez, 34, ... does not want to leave, she said"; "The
    Environment Agency has issued 40 flood warnings, it said"), else someone named before the sentence."""
    if where == "end":
        subject = reader.main_subject(phrase.first - 1)
        if subject is not None and subject.type == "name":
            seen = resolver.name(subject.text, subject.start)
            fits = seen.kind == "institution" if word == "it" else \
                (word in ("he", "she") and resolver.is_person(seen) and seen.pronoun in (word, ""))
            if fits:
                return seen._replace(how="pronoun")
    return resolver.refer(word, reader.spans[0][0], paragraph, exclude=own)


def _named_before(pronoun: Phrase, reader: SentenceReader, runs: Sequence[Phrase], resolver: Resolver,
                  own: str) -> Speaker | None:
    """The nearest person named before ``pronoun`` in its sentence, of a compatible gender; not
    across a quotation or a full stop (a sentence the splitter left joined)."""
    word = pronoun.text.lower()
    boundary = pronoun.first - 1
    while boundary >= 0 and not (reader.masked[boundary] or reader.words[boundary] in _STOPS):
        boundary -= 1
    for run in reversed(runs):
        if run.last >= pronoun.first:
            continue
        if run.first <= boundary:
            return None
        if _in_appositive(run, reader, pronoun.first):
            continue  # "Mr Grenell, a loyal supporter of President Donald Trump, gave an interview in which he said"
        seen = resolver.name(run.text, run.start)
        if seen.name != own and resolver.is_person(seen) and seen.pronoun in (word, ""):
            return seen
    return None
