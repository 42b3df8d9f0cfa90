"""Date expressions: found, normalised and resolved against the publication date; gold scores."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from newsbook import periods
from newsbook.chrome import classify_chrome
from newsbook.paths import REPO_ROOT
from newsbook.temporal import date_expressions, find_time_expressions
from newsbook.temporal_rules import number_value

SAT = dt.date(2022, 1, 8)   # a Saturday
MON = dt.date(2022, 1, 10)  # a Monday
WED = dt.date(2022, 1, 12)  # a Wednesday


def found(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    expressions = find_time_expressions(text, published)
    for e in expressions:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.date, e.precision) for e in expressions]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # explicit calendar dates
        ("The photo was taken on January 5, 2022, in Almaty.", WED, [("January 5, 2022", "2022-01-05", "day")]),
        ("Protests began Jan. 2 in the west.", WED, [("Jan. 2", "2022-01-02", "day")]),
        ("Talks resume Jan. 5 in Geneva.", dt.date(2021, 12, 28), [("Jan. 5", "2022-01-05", "day")]),
        ("The law passed Dec. 5 after a long debate.", WED, [("Dec. 5", "2021-12-05", "day")]),
        ("On 5 January 2022 the internet was cut.", WED, [("5 January 2022", "2022-01-05", "day")]),
        ("He arrived on the 7th of January.", WED, [("the 7th of January", "2022-01-07", "day")]),
        ("Saturday, January 29, 2022", WED, [("Saturday, January 29, 2022", "2022-01-29", "day")]),
        ("The file is dated 2022-01-08.", WED, [("2022-01-08", "2022-01-08", "day")]),
        ("Sept. 30 is the deadline.", dt.date(2022, 9, 1), [("Sept. 30", "2022-09-30", "day")]),
        ("No date here: February 30 is not a day.", WED, []),
        # months
        ("In December 2021, officials met in the capital.", WED, [("December 2021", "2021-12", "month")]),
        ("Troops should be gone by the end of January.", WED, [("January", "2022-01", "month")]),
        ("The vote is planned for March.", WED, [("March", "2022-03", "month")]),
        ("Prices rose in early January.", WED, [("early January", "2022-01", "month")]),
        ("He resigned last December.", WED, [("last December", "2021-12", "month")]),
        ("She may leave soon. May is busy.", WED, []),
        ("Elections were held in May 2019.", WED, [("May 2019", "2019-05", "month")]),
        # years, spans, decades
        ("He served as ambassador from 2001 to 2004.", MON, [("2001", "2001", "year"), ("2004", "2004", "year")]),
        ("He served there in 2001-04.", MON, [("2001", "2001", "year"), ("04", "2004", "year")]),
        ("Nazarbayev had led the country since 1989.", MON, [("1989", "1989", "year")]),
        ("Protests followed the 2019 reshuffle.", MON, [("2019", "2019", "year")]),
        ("Oil boomed in the 2000s.", MON, [("2000s", "200X", "decade")]),
        ("Police detained 1,989 people and fined 2,020 more.", MON, []),
        ("Turnout was 2019 percent of nothing.", MON, []),
        # weekdays: past by default, future when a future cue is nearer
        ("Russian troops arrived Thursday.", SAT, [("Thursday", "2022-01-06", "day")]),
        ("On Monday, the ministry offered condolences.", WED, [("Monday", "2022-01-10", "day")]),
        ("The talks, which begin Monday, will be tense.", SAT, [("Monday", "2022-01-10", "day")]),
        ("Talks which begin Monday are in Geneva.", MON, [("Monday", "2022-01-10", "day")]),
        ("The ministers will meet on Thursday.", MON, [("Thursday", "2022-01-13", "day")]),
        ("The ministers met on Monday.", MON, [("Monday", "2022-01-10", "day")]),
        ("He said Friday that talks will go on.", SAT, [("Friday", "2022-01-07", "day")]),
        ("It happened last Monday.", MON, [("last Monday", "2022-01-03", "day")]),
        ("It resumes next Monday.", MON, [("next Monday", "2022-01-17", "day")]),
        ("Shots were heard Monday night.", WED, [("Monday night", "2022-01-10", "day")]),
        ("They marked Bloody Sunday again.", WED, []),
        # relative to publication
        ("The troops arrived there last week.", MON, [("last week", "2022-W01", "week")]),
        ("Talks take place this week.", MON, [("this week", "2022-W02", "week")]),
        ("The bloc met earlier this week.", WED, [("earlier this week", "2022-W02", "week")]),
        ("What we have seen this past week is new.", MON, [("this past week", "2022-W01", "week")]),
        ("Talks will continue next week.", MON, [("next week", "2022-W03", "week")]),
        ("The U.S. recognised it 30 years ago.", MON, [("30 years ago", "1992", "year")]),
        ("It fell to the Taliban last year.", MON, [("last year", "2021", "year")]),
        ("Prices doubled last month.", MON, [("last month", "2021-12", "month")]),
        ("We heard from him this morning.", MON, [("this morning", "2022-01-10", "day")]),
        ("Putin took part in today's talks.", MON, [("today", "2022-01-10", "day")]),
        ("The curfew ended yesterday.", MON, [("yesterday", "2022-01-09", "day")]),
        ("He was freed two days ago.", MON, [("two days ago", "2022-01-08", "day")]),
        ("She wrote for USA Today for years.", MON, []),
        ("Protests erupted in the first days of the new year.", WED,
         [("the first days of the new year", "2022-01", "month")]),
        ("He spent the last week of December in Almaty.", MON, [("December", "2021-12", "month")]),
        # anchored to the previous date
        ("Troops arrived Thursday. The next day, he ordered them to fire.", SAT,
         [("Thursday", "2022-01-06", "day"), ("The next day", "2022-01-07", "day")]),
        ("The order came on January 6. The day before, crowds had gathered.", WED,
         [("January 6", "2022-01-06", "day"), ("The day before", "2022-01-05", "day")]),
        ("Russia invaded Georgia in 2008. Two years later, talks failed.", MON,
         [("2008", "2008", "year"), ("Two years later", "2010", "year")]),
        ("The next day, he left.", MON, []),
        # tense moves a date written without its year, and a weekday
        ("Mortgage rates rose in October.", dt.date(2023, 6, 15), [("October", "2022-10", "month")]),
        ("He said the vote would be held in March.", WED, [("March", "2022-03", "month")]),
        ("He said he would travel to Moscow on Friday.", WED, [("Friday", "2022-01-14", "day")]),
        ("The results, expected late Tuesday night, were close.", WED, [("late Tuesday night", "2022-01-11", "day")]),
        ("KYIV, Feb 24 (Reuters) - Tanks crossed the border.", dt.date(2022, 2, 24), [("Feb 24", "2022-02-24", "day")]),
        ("A year ago, the border was quiet.", MON, [("A year ago", "2021", "year")]),
        ("Voters head to the polls in next year's election.", MON, [("next year", "2023", "year")]),
        ("The talks failed on Jan. 10. The following week, troops moved.", WED,
         [("Jan. 10", "2022-01-10", "day"), ("The following week", "2022-W03", "week")]),
        # not dates: durations, vague spans, events
        ("The US has been warning for weeks. It ruled for three decades.", MON, []),
        ("We have 30 years of good relations, in recent years especially.", MON, []),
        ("On the eve of the talks, as the other day, over these past few days.", MON, []),
        ("A 2,500-strong force and 100,000 soldiers.", MON, []),
    ],
)
def test_expressions(text, published, expected):
    assert found(text, published) == expected


def test_resolution_is_explained():
    text = "Troops arrived Thursday. The next day, he left. Talks begin Monday. On Jan. 5 it began. In 2014, war."
    how = {e.text: e.resolved_from for e in find_time_expressions(text, SAT)}
    assert how == {
        "Thursday": "publication 2022-01-08",
        "The next day": "previous date 'Thursday' (2022-01-06)",
        "Monday": "publication 2022-01-08, future",
        "Jan. 5": "explicit, year from publication 2022-01-08",
        "2014": "explicit",
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekend: the one just past (or under way), the coming one in the future tense
        ("Talks collapsed over the weekend.", MON, [("the weekend", "2022-W01", "week")]),
        ("The party met at the weekend.", SAT, [("the weekend", "2022-W01", "week")]),
        ("Protesters will gather at the weekend.", WED, [("the weekend", "2022-W02", "week")]),
        ("Protesters will gather this weekend.", MON, [("this weekend", "2022-W02", "week")]),
        ("Protesters gathered this weekend.", MON, [("this weekend", "2022-W01", "week")]),
        ("Last weekend, fans packed the stadium.", SAT, [("Last weekend", "2021-W52", "week")]),
        ("The festival opens next weekend.", MON, [("next weekend", "2022-W02", "week")]),
        ("He refused to discuss weekend newspaper reports.", MON, [("weekend", "2022-W01", "week")]),
        ("They booked a weekend break, as every weekend trip is cheap.", MON, []),
        ("Shops open at weekends. It was a three-day weekend ride.", MON, []),
        ("She told NPR's Weekend Edition about it.", MON, []),
        ("It rained on the weekend of January 15.", MON, [("January 15", "2022-01-15", "day")]),
        # "expected to", "set to", "going to" mark the future; a participle after "be" does not mark the past
        ("The vote is widely expected to be 5 May.", dt.date(2005, 2, 14), [("5 May", "2005-05-05", "day")]),
        ("The poll is expected to be held on 5 May.", dt.date(2005, 2, 14), [("5 May", "2005-05-05", "day")]),
        ("The minister is set to visit Kyiv on Friday.", MON, [("Friday", "2022-01-14", "day")]),
        ("They are going to vote on Thursday.", MON, [("Thursday", "2022-01-13", "day")]),
        ("The minister is to visit Kyiv on Friday.", MON, [("Friday", "2022-01-14", "day")]),
        # a quotation's tense is not the reporting clause's
        ('He told MPs on Wednesday: "We will act."', dt.date(2022, 1, 14), [("Wednesday", "2022-01-12", "day")]),
        # a month without a year after an explicit past date, in a later sentence, is in its year
        ("Ron met the crew back in 2014. That summer, rumours spread. One day in July, he got a call.", MON,
         [("2014", "2014", "year"), ("July", "2014-07", "month")]),
        ("The firm was founded in 1998. In March, it floated.", MON, [("1998", "1998", "year"), ("March", "1998-03", "month")]),
        ("The firm, founded in 1998, floated in March.", dt.date(2022, 6, 1), [("1998", "1998", "year"), ("March", "2022-03", "month")]),
        ("The firm was founded in 1998. It will float in March.", MON, [("1998", "1998", "year"), ("March", "2022-03", "month")]),
        ("Leave will rise to nine months by 2027. The plan was announced in December.", MON,
         [("2027", "2027", "year"), ("December", "2021-12", "month")]),
        # a month with "last year", "this year", "next year"
        ("It was launched on 14 February last year.", MON, [("14 February last year", "2021-02-14", "day")]),
        ("In March last year, prices fell.", MON, [("March last year", "2021-03", "month")]),
        ("It opens in June next year.", MON, [("June next year", "2023-06", "month")]),
        # sentence-initial prepositions, possessive months, month spans
        ("In March, the firm floated.", MON, [("March", "2022-03", "month")]),
        ("December's figures were weak.", MON, [("December", "2021-12", "month")]),
        ("May's cabinet met.", MON, []),
        ("Exports rose between November and February.", MON,
         [("November", "2021-11", "month"), ("February", "2022-02", "month")]),
        # decades, fiscal years, spans written with a slash
        ("Cryptographers have known this since the '80s.", dt.date(2019, 12, 4), [("'80s", "198X", "decade")]),
        ("Fashion of the late ’90s returned.", MON, [("’90s", "199X", "decade")]),
        ("The budget for FY2023 and FY24 is tight.", MON, [("FY2023", "2023", "year"), ("FY24", "2024", "year")]),
        ("The 2004/05 season was poor.", MON, [("2004", "2004", "year"), ("05", "2005", "year")]),
        # the end of a period: of the date just named in the sentence, of the story's year, or of publication
        ("Bills are due by the end of the month.", MON, [("the end of the month", "2022-01", "month")]),
        ("The strike starts on 1 March and lasts until the end of the month.", MON,
         [("1 March", "2022-03-01", "day"), ("the end of the month", "2022-03", "month")]),
        ("He was elected in 2004. By the end of the year he had quit.", MON,
         [("2004", "2004", "year"), ("the end of the year", "2004", "year")]),
        # weekdays in names
        ("She told GMTV's Sunday programme and the Sunday Times.", MON, []),
        ("He spoke on Sunday's programme.", MON, [("Sunday", "2022-01-09", "day")]),
        ("They watched Saturday Night Live.", MON, []),
        # "today" meaning nowadays
        ("Today, if you open a slot machine, it is a computer.", MON, []),
        ("Today, they take longer to crack than the universe is old.", MON, []),
        ("In today's economy, nobody saves.", MON, []),
        ("Today, the minister said the plan was dead.", MON, [("Today", "2022-01-10", "day")]),
        ("Today, ministers are meeting in Brussels.", MON, [("Today", "2022-01-10", "day")]),
        ("On today's show, we visit a casino.", MON, [("today", "2022-01-10", "day")]),
        # spoken deixis is resolved against publication too
        ("ROMER: Yesterday, I called him. FOUNTAIN: Tomorrow we go back.", MON,
         [("Yesterday", "2022-01-09", "day"), ("Tomorrow", "2022-01-11", "day")]),
        # not dated: "overnight", holidays, seasons
        ("The rebels attacked overnight. Sales over Christmas were weak. That summer was hot.", MON, []),
    ],
)
def test_news_conventions(text, published, expected):
    assert found(text, published) == expected


def test_year_from_the_story_is_explained():
    text = "He was there back in 2014. One day in July, he got a call."
    how = {e.text: e.resolved_from for e in find_time_expressions(text, MON)}
    assert how["July"] == "explicit, year from previous date '2014' (2014)"


@pytest.mark.parametrize(
    ("paragraph", "chrome"),
    [("Copyright © 2019 NPR. All rights reserved.", True), ("date: 20191204", True), ("---", True),
     ('citation: "Planet Money," 2 Juni 2023.', True), ("Date: the talks resumed in 2019.", False),
     ("The copyright of 2019 was sold.", False)],
)
def test_dates_in_page_chrome(paragraph, chrome):
    """Front matter and copyright lines are page chrome (``data/chrome_patterns.csv``), so their
    years are not content dates."""
    assert bool(classify_chrome([paragraph])[0]) == chrome


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
def test_weekday_equal_to_publication_weekday_is_that_day(weekday):
    """The dateparser trap: a weekday equal to the publication weekday is not a week earlier."""
    published = dt.date(2022, 1, 10) + dt.timedelta(days=list(periods._WEEKDAYS).index(weekday.lower()))
    (expression,) = find_time_expressions(f"Protests began {weekday}.", published)
    assert expression.date == published.isoformat()


@pytest.mark.parametrize(
    ("precision", "day", "value", "last"),
    [("day", "2022-01-06", "2022-01-06", "2022-01-06"), ("week", "2022-01-03", "2022-W01", "2022-01-09"),
     ("month", "2021-12-01", "2021-12", "2021-12-31"), ("year", "2014-01-01", "2014", "2014-12-31"),
     ("decade", "1990-01-01", "199X", "1999-12-31"), ("week", "2021-01-04", "2021-W01", "2021-01-10")],
)
def test_periods(precision, day, value, last):
    first = dt.date.fromisoformat(day)
    assert periods.iso_value(precision, first) == value
    assert periods.end_of(precision, first).isoformat() == last


@pytest.mark.parametrize(("words", "value"), [("30", 30), ("a", 1), ("two", 2), ("twenty-five", 25), ("a dozen", 12)])
def test_number_value(words, value):
    assert number_value(words) == value


def _score(found_frame: pd.DataFrame, gold: pd.DataFrame) -> tuple[float, float, list, list]:
    hits, used = set(), set()
    for gi, g in gold.iterrows():
        same = found_frame[(found_frame["doc_id"] == g["doc_id"]) & (found_frame["start"] < int(g["end"]))
                           & (found_frame["end"] > int(g["start"])) & (found_frame["date"] == g["date"])
                           & (found_frame["precision"] == g["precision"])]
        if len(same):
            hits.add(gi)
            used.update(same.index)
    misses = gold.loc[~gold.index.isin(hits), ["doc_id", "date_text", "date"]].values.tolist()
    extra = found_frame.loc[~found_frame.index.isin(used), ["doc_id", "date_text", "date"]].values.tolist()
    return len(hits) / len(gold), len(used) / max(len(found_frame), 1), misses, extra


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(REPO_ROOT / "tests" / "gold" / "dates.csv", dtype=str, keep_default_na=False)


def test_gold_offsets_are_exact(corpus, gold):
    for row in gold.itertuples():
        assert corpus[row.doc_id].text[int(row.start):int(row.end)] == row.date_text


def test_gold_content_scores(corpus, gold):
    content = gold[gold["chrome"] == "false"]
    frame = date_expressions(corpus)
    recall, precision, misses, extra = _score(frame, content)
    print(f"\ndates gold: {len(content)} expressions; found with the right value {recall:.3f}, precision {precision:.3f}")
    print("missed:", misses, "\nextra:", extra)
    assert recall >= 0.90 and precision >= 0.90


def test_chrome_only_on_request(corpus, gold):
    chrome = gold[gold["chrome"] == "true"]
    assert not date_expressions(corpus)["chrome"].any()
    with_chrome = date_expressions(corpus, include_chrome=True)
    recall, _, misses, _ = _score(with_chrome[with_chrome["chrome"]], chrome)
    print(f"\nchrome gold: {len(chrome)} expressions; found {recall:.3f}")
    assert recall == 1.0, misses


def test_table_offsets_and_sentences(corpus):
    frame = date_expressions(corpus, include_chrome=True)
    for row in frame.itertuples():
        text = corpus[row.doc_id].text
        assert text[row.start:row.end] == row.date_text
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
        assert row.first_day <= row.last_day
