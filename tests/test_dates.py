"""Event dates: phrases resolved against the publication date, attached through the parse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventscope.enrich.dates import DateResolver, ParsedDate
from eventscope.ingest import article_from_text
from eventscope.model import EventDate

SEED = Path(__file__).resolve().parents[2] / "shared" / "samples" / "seed-article.txt"
MONDAY = date(2024, 11, 18)


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(("phrase", "published", "future", "expected"), [
    # absolute
    ("November 17, 2024", MONDAY, False, ("2024-11-17", "day")),
    ("17 November 2024", MONDAY, False, ("2024-11-17", "day")),
    ("Oct. 7, 2023", MONDAY, False, ("2023-10-07", "day")),
    # relative to the publication date
    ("yesterday", MONDAY, False, ("2024-11-17", "day")),
    ("today", MONDAY, False, ("2024-11-18", "day")),
    ("two days ago", MONDAY, False, ("2024-11-16", "day")),
    ("last Tuesday", MONDAY, False, ("2024-11-12", "day")),
    ("on Saturday", MONDAY, False, ("2024-11-16", "day")),
    ("Sunday night", MONDAY, False, ("2024-11-17", "day")),
    ("on Monday", MONDAY, False, ("2024-11-18", "day")),  # the publication's own weekday
    ("on November 17", MONDAY, False, ("2024-11-17", "day")),
    # month and year precision: the first day of the period
    ("in March", MONDAY, False, ("2024-03-01", "month")),
    ("mid-March", MONDAY, False, ("2024-03-01", "month")),
    ("February 2022", MONDAY, False, ("2022-02-01", "month")),
    ("last month", MONDAY, False, ("2024-10-01", "month")),
    ("in 2014", MONDAY, False, ("2014-01-01", "year")),
    ("last year", MONDAY, False, ("2023-01-01", "year")),
    ("early 2023", MONDAY, False, ("2023-01-01", "year")),
    # across a year boundary: the past is preferred
    ("on December 30", date(2025, 1, 3), False, ("2024-12-30", "day")),
    ("in December", date(2025, 1, 3), False, ("2024-12-01", "month")),
    ("Friday", date(2025, 1, 3), False, ("2025-01-03", "day")),
    # the future when the text says so
    ("next Tuesday", MONDAY, False, ("2024-11-19", "day")),
    ("on Tuesday", MONDAY, True, ("2024-11-19", "day")),
    ("in March", date(2025, 1, 3), True, ("2025-03-01", "month")),
    # no point in time
    ("three years", MONDAY, False, None),
    ("decades", MONDAY, False, None),
    ("the coming months", MONDAY, False, None),
    ("the 1990s", MONDAY, False, None),
    ("last week", MONDAY, False, None),
    # no publication date: absolute phrases only
    ("November 17, 2024", None, False, ("2024-11-17", "day")),
    ("February 2022", None, False, ("2022-02-01", "month")),
    ("in 2022", None, False, ("2022-01-01", "year")),
    ("yesterday", None, False, None),
    ("last Tuesday", None, False, None),
    ("November 17", None, False, None),
])
def test_parse(resolver, phrase, published, future, expected):
    parsed = resolver.parse(phrase, published, future=future)
    assert parsed == (ParsedDate(*expected) if expected else None)


def test_parse_is_deterministic_and_cached(resolver):
    first = resolver.parse("last Tuesday", MONDAY)
    assert resolver.parse("last Tuesday", MONDAY) is first
    assert DateResolver().parse("last Tuesday", MONDAY) == first


def _events(coder, text: str, published: date | None):
    article = article_from_text(text, id="t", published=published)
    doc = coder.nlp(text)
    events = coder.events.code_doc(doc, article)
    return DateResolver().resolve(doc, article, events)


def _date_of(events, trigger: str) -> EventDate:
    dates = {e.date for e in events if e.trigger.text == trigger}
    assert len(dates) == 1, [(e.trigger.text, e.date) for e in events]
    return dates.pop()


@pytest.mark.parametrize(("text", "published", "trigger", "expected"), [
    ("Russian forces attacked Ukrainian positions near Kharkiv on Tuesday.", MONDAY,
     "attacked", EventDate("2024-11-12", "day", True, "Tuesday")),
    ("Israeli jets struck targets in Gaza yesterday.", MONDAY,
     "struck", EventDate("2024-11-17", "day", True, "yesterday")),
    ("Mexican soldiers arrested cartel members in Sinaloa on Friday.", MONDAY,
     "arrested", EventDate("2024-11-15", "day", True, "Friday")),
    ("Nigerian troops killed 20 Boko Haram fighters in Borno State in March.", MONDAY,
     "killed", EventDate("2024-03-01", "month", True, "March")),
    ("Russia annexed Crimea in 2014.", MONDAY,
     "annexed", EventDate("2014-01-01", "year", True, "2014")),
    ("The United States has provided billions of dollars in military aid to Ukraine since "
     "February 2022.", MONDAY,
     "provided", EventDate("2022-02-01", "month", True, "since February 2022")),
    ("Sudanese army troops attacked RSF positions in Omdurman on December 30.",
     date(2025, 1, 3), "attacked", EventDate("2024-12-30", "day", True, "December 30")),
    # no date in the clause: the publication date, not from the text
    ("Indian troops attacked Pakistani posts in Kashmir.", MONDAY,
     "attacked", EventDate("2024-11-18", "day", False, None)),
    # no publication date: relative phrases stay unresolved, absolute ones resolve
    ("Israeli jets struck targets in Gaza yesterday.", None,
     "struck", EventDate(None, None, True, "yesterday")),
    ("Russian forces attacked Ukrainian positions near Kharkiv on November 17, 2024.", None,
     "attacked", EventDate("2024-11-17", "day", True, "November 17, 2024")),
    ("Indian troops attacked Pakistani posts in Kashmir.", None,
     "attacked", EventDate(None)),
])
def test_event_dates(coder, text, published, trigger, expected):
    assert _date_of(_events(coder, text, published), trigger) == expected


def test_each_clause_keeps_its_own_date(coder):
    events = _events(coder, "Russian forces attacked Kherson on Monday after Ukrainian drones "
                            "struck Belgorod on Sunday.", MONDAY)
    assert _date_of(events, "attacked").value == "2024-11-18"
    assert _date_of(events, "struck").value == "2024-11-17"


@pytest.mark.parametrize("text", [
    "Russia and Ukraine will hold talks in Istanbul on Tuesday.",
    "Russia and Ukraine will hold talks in Istanbul next Tuesday.",
])
def test_future_clause_prefers_future_dates(coder, text):
    events = _events(coder, text, MONDAY)
    assert events and {e.date.value for e in events} == {"2024-11-19"}


def test_date_of_another_happening_is_not_taken(coder):
    events = _events(coder, "Iran threatened to strike Israel after the attack on its embassy "
                            "on April 1.", MONDAY)
    assert events and {e.date for e in events} == {EventDate("2024-11-18", "day", False)}


def test_same_order_and_nothing_else_changed(coder):
    text = "Russian forces attacked Kherson on Monday after Ukrainian drones struck Belgorod."
    article = article_from_text(text, id="t", published=MONDAY)
    doc = coder.nlp(text)
    events = coder.events.code_doc(doc, article)
    dated = DateResolver().resolve(doc, article, events)
    assert [e.id for e in dated] == [e.id for e in events]
    assert [e.trigger for e in dated] == [e.trigger for e in events]
    assert DateResolver().resolve(doc, article, []) == []


def test_seed_article_authorisation_is_dated_from_the_text(coder):
    if not SEED.exists():
        pytest.skip("shared/samples/seed-article.txt is not beside the repository")
    events = _events(coder, SEED.read_text(encoding="utf-8"), MONDAY)
    authorised = [e for e in events if e.trigger.text == "authorized"]
    assert authorised
    for event in authorised:
        assert event.date == EventDate("2024-11-17", "day", True, "November 17")
    # events without a date of their own keep the publication date
    praised = [e for e in events if e.trigger.text == "praised"]
    assert praised and all(e.date == EventDate("2024-11-18", "day", False) for e in praised)


def test_a_time_zone_word_does_not_make_the_date_unreadable():
    # found by bench/fuzz.py: "1met" (Middle European Time) gave an aware datetime that
    # could not be compared with the publication date
    from eventscope.enrich.dates import DateResolver

    resolver = DateResolver()
    assert resolver.parse("1met", date(2024, 5, 1)) == resolver.parse("1met", date(2024, 5, 1))
    assert resolver.parse("May 3 2024 CET", date(2024, 5, 6)).value == "2024-05-03"
