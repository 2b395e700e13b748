"""Per-day totals, local midnights and how long days are kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.backcare.engine.ledger import (
    DayTotals,
    Ledger,
    LocalDays,
    local_date,
    start_of_day,
)

AMS = ZoneInfo("Europe/Amsterdam")
SPRING_FORWARD = date(2026, 3, 29)  # 02:00 -> 03:00, 23 h
FALL_BACK = date(2026, 10, 25)  # 03:00 -> 02:00, 25 h


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_date_is_the_local_calendar_date() -> None:
    # 23:30 UTC on 9 June is 01:30 on 10 June in Amsterdam (UTC+2).
    assert local_date(utc(2026, 6, 9, 23, 30), AMS) == date(2026, 6, 10)
    assert local_date(utc(2026, 6, 9, 21, 59), AMS) == date(2026, 6, 9)


def test_day_starts_at_local_midnight() -> None:
    assert start_of_day(date(2026, 6, 10), AMS) == utc(2026, 6, 9, 22)
    assert start_of_day(date(2026, 1, 10), AMS) == utc(2026, 1, 9, 23)


@pytest.mark.parametrize(
    ("day", "hours"), [(SPRING_FORWARD, 23), (FALL_BACK, 25), (date(2026, 6, 10), 24)]
)
def test_clock_change_days_are_23_or_25_hours_long(day: date, hours: int) -> None:
    length = start_of_day(day + timedelta(days=1), AMS) - start_of_day(day, AMS)
    assert length == timedelta(hours=hours)


def test_next_midnight_is_strictly_after_the_instant() -> None:
    midnight = start_of_day(date(2026, 6, 10), AMS)
    assert LocalDays(AMS).next_midnight(midnight - timedelta(seconds=1)) == midnight
    assert LocalDays(AMS).next_midnight(midnight) == start_of_day(
        date(2026, 6, 11), AMS
    )


def test_span_within_one_day_is_one_piece() -> None:
    start, end = utc(2026, 6, 10, 8), utc(2026, 6, 10, 9)
    assert list(LocalDays(AMS).split(start, end)) == [(date(2026, 6, 10), start, end)]


def test_empty_span_has_no_pieces() -> None:
    instant = utc(2026, 6, 10, 8)
    assert list(LocalDays(AMS).split(instant, instant)) == []


def test_span_over_midnight_is_split_at_local_midnight() -> None:
    start, end = utc(2026, 6, 9, 21), utc(2026, 6, 9, 23)
    midnight = utc(2026, 6, 9, 22)
    assert list(LocalDays(AMS).split(start, end)) == [
        (date(2026, 6, 9), start, midnight),
        (date(2026, 6, 10), midnight, end),
    ]


def test_span_over_a_fall_back_day_gives_that_day_25_hours() -> None:
    start = start_of_day(FALL_BACK, AMS) - timedelta(hours=1)
    end = start + timedelta(hours=27)
    pieces = {day: b - a for day, a, b in LocalDays(AMS).split(start, end)}
    assert pieces == {
        FALL_BACK - timedelta(days=1): timedelta(hours=1),
        FALL_BACK: timedelta(hours=25),
        FALL_BACK + timedelta(days=1): timedelta(hours=1),
    }


def test_the_remembered_day_never_answers_for_another() -> None:
    days = LocalDays(AMS)
    fall_back = start_of_day(FALL_BACK, AMS)
    instants = [
        fall_back + timedelta(hours=24, minutes=59),  # the last minute of the 25 hours
        fall_back - timedelta(microseconds=1),
        fall_back + timedelta(hours=25),
        fall_back,
        fall_back + timedelta(hours=3),
    ]
    assert [days.date_of(instant) for instant in instants] == [
        local_date(instant, AMS) for instant in instants
    ]
    assert days.next_midnight(fall_back) == fall_back + timedelta(hours=25)


def test_standing_ratio_is_share_of_occupied_time() -> None:
    totals = DayTotals(date(2026, 6, 10), sitting=300.0, standing=100.0, away=5000.0)
    assert totals.standing_ratio == 25.0


def test_standing_ratio_unknown_before_anyone_was_at_the_desk() -> None:
    assert DayTotals(date(2026, 6, 10), away=600.0).standing_ratio is None


def test_day_totals_survive_storage() -> None:
    totals = DayTotals(
        date(2026, 6, 10),
        sitting=1.5,
        standing=2.0,
        away=3.0,
        paused=4.0,
        breaks=2,
        posture_changes=3,
        longest_bout=1.5,
    )
    data = totals.as_dict()
    assert data["day"] == "2026-06-10"
    assert DayTotals.from_dict(data) == totals


def test_stored_day_from_a_newer_version_loads_ignoring_unknown_keys() -> None:
    data = {"day": "2026-06-10", "sitting": 60.0, "fidgets": 12, "mood": "good"}
    assert DayTotals.from_dict(data) == DayTotals(date(2026, 6, 10), sitting=60.0)


def test_ledger_creates_a_day_on_first_use_and_keeps_it() -> None:
    ledger = Ledger()
    day = date(2026, 6, 10)
    ledger.day(day).sitting += 60.0
    assert ledger.day(day).sitting == 60.0
    assert ledger.peek(day).sitting == 60.0


def test_looking_at_a_day_does_not_create_it() -> None:
    ledger = Ledger()
    assert ledger.peek(date(2026, 6, 10)) == DayTotals(date(2026, 6, 10))
    assert ledger.as_list() == []


def test_ledger_keeps_today_and_two_days_before() -> None:
    first = date(2026, 6, 1)
    ledger = Ledger()
    for n in range(5):
        ledger.day(first + timedelta(days=n)).sitting = float(n)
    assert [day["day"] for day in ledger.as_list()] == [
        "2026-06-03",
        "2026-06-04",
        "2026-06-05",
    ]
    assert ledger.peek(first).sitting == 0.0


def test_restored_ledger_lists_days_oldest_first() -> None:
    days = [DayTotals(date(2026, 6, 11), sitting=2.0), DayTotals(date(2026, 6, 10))]
    ledger = Ledger(days)
    assert [day["day"] for day in ledger.as_list()] == ["2026-06-10", "2026-06-11"]
    assert ledger.day(date(2026, 6, 11)).sitting == 2.0
