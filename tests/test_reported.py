"""What an attribution reports: the content span of each cue."""

from __future__ import annotations

import pytest

from newsbook.quote_cues import SentenceReader, spans
from newsbook.reported import content_tokens, satisfies


def contents(text: str) -> list[str | None]:
    sp = spans(text)
    reader = SentenceReader(text, sp, [False] * len(sp))
    atts = [a for a in reader.cues() if a.order not in ("passive", "hypothetical") and (a.speaker is not None or a.order == "none")]
    out = []
    for i, att in enumerate(atts):
        tokens = content_tokens(reader, atts, i)
        ok = tokens is not None and satisfies(reader, tokens[0], tokens[1], att.cue.complement)
        out.append(text[sp[tokens[0]][0]:sp[tokens[1]][1]] if ok else None)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hill said that the troops would stay.", ["the troops would stay."]),
        ("Blinken told reporters on Friday that the troops should leave.", ["the troops should leave."]),
        ("Blinken told a summit of the alliance.", [None]),                               # "told" reports nothing here
        ("Peskov told reporters the deployment was temporary.", ["the deployment was temporary."]),
        ("Peskov told the BBC on Friday that it was over.", ["it was over."]),
        ("The US has been warning for weeks that Putin could invade.", ["Putin could invade."]),
        ("Courtney says the elite that supported him may have gone.", ["the elite that supported him may have gone."]),
        ("Police fired tear gas, witnesses said.", ["Police fired tear gas"]),
        ("In Belarus, Hill said, frustration is growing.", ["In Belarus, Hill said, frustration is growing."]),
        ("The troops will leave, according to officials.", ["The troops will leave"]),
        ("According to officials, the troops will leave.", ["the troops will leave."]),
        ("Putin said they would leave, although he allowed they could stay.", ["they would leave", "they could stay."]),
        ("The government allowed protesters to gather.", [None]),                        # "allowed" needs a clause
        ("He promised to withdraw the troops.", ["to withdraw the troops."]),
        ("ALMATY — The last troops left on Wednesday, the alliance said.", ["The last troops left on Wednesday"]),
        ("MOSCOW, Jan 7 (Reuters) - The troops will stay, officials said.", ["The troops will stay"]),
        ("The withdrawal proved that they came “only for a short time,” he said, adding that it was over.",
         ["The withdrawal proved that they came “only for a short time,”", "it was over."]),
        ("The organization would respond to any request, Zas said.", ["The organization would respond to any request"]),
        ("NPR's Michele Kelemen explains.", [None]),                                   # nothing reported
    ],
)
def test_content(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the content before ", X told <a listener>" when nothing after the cue is a clause
        ("It would raise pay by 2007, Ms Roe told the Sunday programme.", ["It would raise pay by 2007"]),
        # an opening phrase before the speaker is no content
        ("In a speech in Leeds, the minister said the plan would work.", ["the plan would work."]),
        # "told" + listener + a clause without "that"
        ("Mr Smith told party members the rivals offered nothing new.", ["the rivals offered nothing new."]),
        ("Mr Smith told Labour members the Tories offered nothing new.", ["the Tories offered nothing new."]),
        ("Mr Smith told party members the news.", [None]),
        ("Mr Smith told the radio station: “We will win.”", ["“We will win.”"]),
        # "warn" takes a clause
        ("He warned his staff against complacency.", [None]),
        ("He warned that costs would rise.", ["costs would rise."]),
        # unmarked speech after "says,": no complementiser, and the first person goes on
        ("She says, that old car of hers, it never broke down.", ["that old car of hers, it never broke down."]),
        ("He calls the office and says, hey, I think we found one.", [None, "hey, I think we found one.", "we found one."]),
    ],
)
def test_content_rules(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's hedged aside after the report is no part of it
        ("He insisted he did not know the date, but it is widely expected to be in May.", ["he did not know the date"]),
        ("He insisted he did not know the date, but it was in May.", ["he did not know the date, but it was in May."]),
        # the speaker's next act after a dash and "but"
        ("He denied his forecasts were too rosy - but refused to rule out tax rises.", ["his forecasts were too rosy"]),
        ("He said the plan was good - but costly.", ["the plan was good - but costly."]),      # no verb after "but": kept
        # "that" before a noun and a dash is a determiner
        ("She says that task - being unpredictable - is hard for computers.", ["that task - being unpredictable - is hard for computers."]),
        # an auxiliary left before the next cue of the sentence
        ("Acme claims its rival cheated and has vowed to sue.", ["its rival cheated", "to sue."]),
    ],
)
def test_content_ends(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second "that" coordinates a statement of its own
        ("Title\n\nJohn Doe said the talks had failed, and that the troops would leave.\n",
         ["the talks had failed", "the troops would leave."]),
        ("Title\n\nJohn Doe told the AP, however, that the talks were useful but that more work was needed.\n",
         ["the talks were useful", "more work was needed."]),
        ("Title\n\nJohn Doe stressed, however, that the talks were useful.\n", ["the talks were useful."]),
        # the second "that" may go with a "that" inside the first statement: one statement
        ("Title\n\nJohn Doe said Hamas was demanding that the aid be handed out by the UN and that the army leave.\n",
         ["Hamas was demanding that the aid be handed out by the UN and that the army leave."]),
        # "and that" before no clause is a demonstrative, not a second statement
        ("Title\n\nJohn Doe said the troops would leave soon and that was all.\n",
         ["the troops would leave soon and that was all."]),
    ],
)
def test_said_a_and_that_b_is_two_statements(statements, text, expected):
    assert [r.text for r in statements(text).itertuples() if r.kind == "indirect"] == expected
