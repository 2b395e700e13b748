"""The tracker's account of a day at the desk, rule by rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
import json
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st

from custom_components.backcare.engine.ledger import DayTotals
from custom_components.backcare.engine.posture import Posture
from custom_components.backcare.engine.tracker import (
    Tracker,
    TrackerSettings,
    shows_the_same,
)

AMS = ZoneInfo("Europe/Amsterdam")
DAY = date(2026, 6, 10)
NEXT_DAY = date(2026, 6, 11)
SETTINGS = TrackerSettings(
    away_grace=timedelta(minutes=1), break_length=timedelta(minutes=5)
)


def at(hour: int, minute: int = 0, second: int = 0, *, day: date = DAY) -> datetime:
    """A local wall-clock time in Amsterdam, as the UTC instant the tracker gets."""
    return datetime.combine(day, time(hour, minute, second), tzinfo=AMS).astimezone(UTC)


def minutes(count: float) -> float:
    return count * 60.0


def present(
    when: datetime, *, standing: bool = False, settings: TrackerSettings = SETTINGS
) -> Tracker:
    """A tracker that sees someone at the desk from `when`."""
    tracker = Tracker(settings, AMS, when)
    tracker.set_standing(when, standing)
    tracker.set_presence(when, True)
    return tracker


def totals(tracker: Tracker, when: datetime) -> DayTotals:
    tracker.advance(when)
    return tracker.today(when)


def restored(tracker: Tracker, saved_at: datetime, now: datetime) -> Tracker:
    tracker.advance(saved_at)
    data = json.loads(json.dumps(tracker.as_dict()))
    return Tracker.from_dict(data, SETTINGS, AMS, now)


# Presence and posture ------------------------------------------------------


def test_new_tracker_is_paused_until_presence_is_known() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    assert tracker.posture is None
    assert tracker.occupied is None
    day = totals(tracker, at(9, 10))
    assert day == DayTotals(DAY, paused=minutes(10))


def test_present_without_posture_reading_counts_as_sitting() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    tracker.set_presence(at(9), True)
    assert tracker.posture is Posture.SITTING
    assert tracker.occupied is True
    day = totals(tracker, at(9, 30))
    assert (day.sitting, day.standing, day.away) == (minutes(30), 0.0, 0.0)
    assert tracker.sitting_bout == minutes(30)


def test_standing_counts_standing_time_and_a_posture_change() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 10), True)
    assert tracker.standing_signal is True
    assert tracker.posture is Posture.STANDING
    day = totals(tracker, at(9, 30))
    assert (day.sitting, day.standing) == (minutes(10), minutes(20))
    assert day.posture_changes == 1
    assert day.standing_ratio == 100 * 20 / 30


def test_repeated_readings_change_nothing() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 5), True)
    tracker.set_standing(at(9, 6), False)
    day = totals(tracker, at(9, 10))
    assert day.posture_changes == 0
    assert day.sitting == minutes(10)


def test_readings_out_of_order_do_not_rewind_time() -> None:
    tracker = present(at(9))
    tracker.advance(at(9, 30))
    tracker.set_standing(at(9, 20), True)
    day = totals(tracker, at(9, 40))
    assert (day.sitting, day.standing) == (minutes(30), minutes(10))


def test_unknown_presence_pauses_tracking() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), None)
    assert tracker.posture is None
    assert tracker.occupied is None
    day = totals(tracker, at(10))
    assert (day.sitting, day.paused, day.away) == (minutes(30), minutes(30), 0.0)
    assert tracker.sitting_bout == minutes(30)


def test_posture_reading_while_paused_counts_as_change_when_tracking_resumes() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), None)
    tracker.set_standing(at(9, 35), True)
    assert tracker.today(at(9, 35)).posture_changes == 0
    tracker.set_presence(at(9, 40), True)
    assert tracker.posture is Posture.STANDING
    day = totals(tracker, at(9, 50))
    assert day.posture_changes == 1
    assert (day.sitting, day.standing, day.paused) == (
        minutes(30),
        minutes(10),
        minutes(10),
    )


def test_counting_is_the_posture_whose_time_runs_now() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    assert tracker.counting is None  # paused
    tracker.set_presence(at(9), True)
    assert tracker.counting is Posture.SITTING
    tracker.set_standing(at(9, 10), True)
    assert tracker.counting is Posture.STANDING
    tracker.set_presence(at(9, 20), False)
    assert tracker.counting is None  # within grace: held back
    tracker.advance(at(9, 21))
    assert tracker.counting is Posture.AWAY


# Grace -----------------------------------------------------------------------


def test_no_counter_moves_while_within_grace() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    day = totals(tracker, at(9, 30, 59))
    assert (day.sitting, day.away) == (minutes(30), 0.0)
    assert tracker.posture is Posture.SITTING
    assert tracker.occupied is True


def test_presence_back_within_grace_credits_time_to_previous_posture() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 30, 45), True)
    day = totals(tracker, at(9, 40))
    assert (day.sitting, day.away) == (minutes(40), 0.0)
    assert tracker.sitting_bout == minutes(40)


def test_presence_back_within_grace_credits_standing_when_standing_before() -> None:
    tracker = present(at(9), standing=True)
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 30, 45), True)
    day = totals(tracker, at(9, 31))
    assert (day.standing, day.away) == (minutes(31), 0.0)


def test_grace_running_out_counts_away_from_when_presence_went_off() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    day = totals(tracker, at(9, 31))
    assert (day.sitting, day.away) == (minutes(30), minutes(1))
    assert tracker.posture is Posture.AWAY
    assert tracker.occupied is False
    assert totals(tracker, at(9, 40)).away == minutes(10)


def test_presence_back_exactly_at_grace_end_was_away() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 31), True)
    day = totals(tracker, at(9, 32))
    assert (day.sitting, day.away) == (minutes(31), minutes(1))


def test_late_return_reading_still_counts_the_absence_as_away() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(10), True)  # nothing in between: grace ran out at 9:31
    day = totals(tracker, at(10))
    assert (day.sitting, day.away) == (minutes(30), minutes(30))


def test_zero_grace_counts_away_at_once() -> None:
    no_grace = TrackerSettings(away_grace=timedelta(0), break_length=timedelta(0, 300))
    tracker = present(at(9), settings=no_grace)
    tracker.set_presence(at(9, 30), False)
    assert tracker.posture is Posture.AWAY
    day = totals(tracker, at(9, 31))
    assert (day.sitting, day.away) == (minutes(30), minutes(1))


def test_paused_time_does_not_count_toward_grace() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 30, 30), None)
    tracker.set_presence(at(9, 45), False)
    tracker.set_presence(at(9, 45, 20), True)  # 30 s + 20 s off: within grace
    day = totals(tracker, at(9, 46))
    assert day.away == 0.0
    assert day.sitting == minutes(30) + 50 + 40
    assert day.paused == minutes(14) + 30


def test_grace_can_run_out_on_both_sides_of_a_pause() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 30, 40), None)
    tracker.set_presence(at(9, 40), False)
    day = totals(tracker, at(9, 40, 20))
    assert (day.away, day.paused) == (minutes(1), minutes(9) + 20)
    assert tracker.posture is Posture.AWAY


def test_posture_change_during_grace_counts_when_presence_returns() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_standing(at(9, 30, 10), True)
    assert tracker.posture is Posture.SITTING
    tracker.set_presence(at(9, 30, 30), True)
    assert tracker.posture is Posture.STANDING
    day = totals(tracker, at(9, 31))
    assert (day.sitting, day.standing) == (minutes(30) + 30, 30.0)
    assert day.posture_changes == 1


def test_coming_back_from_away_in_another_posture_is_not_a_posture_change() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_standing(at(9, 45), True)
    tracker.set_presence(at(9, 50), True)
    assert tracker.posture is Posture.STANDING
    day = totals(tracker, at(10))
    assert day.posture_changes == 0
    assert (day.sitting, day.away, day.standing) == (
        minutes(30),
        minutes(20),
        minutes(10),
    )


# Bouts and breaks ------------------------------------------------------------


def test_short_standing_does_not_end_the_bout_or_count_in_it() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.set_standing(at(9, 34), False)
    day = totals(tracker, at(10))
    assert tracker.sitting_bout == minutes(56)
    assert day.longest_bout == minutes(56)


def test_sitting_since_holds_while_presence_flickers_within_grace() -> None:
    """A figure the frontend runs on as a duration: it must not jump as time is held."""
    tracker = present(at(9))
    tracker.advance(at(9, 30))
    assert tracker.sitting_since == at(9)
    tracker.set_presence(at(9, 30), False)
    for second in (1, 20, 59):
        tracker.advance(at(9, 30, second))
        assert tracker.sitting_since == at(9)
    tracker.set_presence(at(9, 30, 59), True)
    tracker.advance(at(9, 45))
    assert tracker.sitting_since == at(9)


def test_sitting_since_moves_on_by_a_short_stand_and_ends_with_the_grace() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    assert tracker.sitting_since is None
    tracker.set_standing(at(9, 34), False)
    assert tracker.sitting_since == at(9, 4)
    tracker.set_presence(at(9, 40), False)
    tracker.advance(at(9, 41))
    assert tracker.sitting_since is None


def test_standing_for_the_break_length_ends_the_bout() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.advance(at(9, 34, 59))
    assert tracker.sitting_bout == minutes(30)
    tracker.advance(at(9, 35))
    assert tracker.sitting_bout == 0.0
    tracker.set_standing(at(9, 40), False)
    day = totals(tracker, at(9, 50))
    assert tracker.sitting_bout == minutes(10)
    assert day.longest_bout == minutes(30)
    assert day.breaks == 0  # standing ends a bout but is no break


def test_short_standing_and_short_absence_together_end_the_bout() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.set_presence(at(9, 33), False)
    tracker.advance(at(9, 34, 59))
    assert tracker.sitting_bout == minutes(30)
    day = totals(tracker, at(9, 35))
    assert tracker.sitting_bout == 0.0
    assert day.breaks == 0  # away for 2 minutes only


def test_paused_time_inside_a_break_is_invisible() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.set_presence(at(9, 33), None)
    tracker.set_presence(at(10), True)
    tracker.advance(at(10, 1, 59))
    assert tracker.sitting_bout == minutes(30)
    tracker.advance(at(10, 2))
    assert tracker.sitting_bout == 0.0


def test_absence_of_break_length_is_a_break_starting_when_presence_went_off() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    assert totals(tracker, at(9, 34, 59)).breaks == 0
    day = totals(tracker, at(9, 35))
    assert day.breaks == 1
    assert tracker.last_break == at(9, 30)
    assert tracker.sitting_bout == 0.0
    assert day.longest_bout == minutes(30)


def test_short_absence_is_no_break_and_does_not_end_the_bout() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 33), True)
    day = totals(tracker, at(10))
    assert (day.breaks, day.away) == (0, minutes(3))
    assert tracker.last_break is None
    assert tracker.sitting_bout == minutes(57)


def test_long_absence_is_one_break() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.advance(at(9, 40))
    assert totals(tracker, at(12)).breaks == 1


def test_each_absence_of_break_length_is_a_break() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 40), True)
    tracker.set_presence(at(11), False)
    day = totals(tracker, at(11, 30))
    assert day.breaks == 2
    assert tracker.last_break == at(11)


def test_being_away_since_startup_is_not_a_break() -> None:
    tracker = Tracker(SETTINGS, AMS, at(7))
    tracker.set_presence(at(7), False)
    assert tracker.posture is Posture.AWAY
    day = totals(tracker, at(9))
    assert (day.away, day.breaks) == (minutes(120), 0)
    assert tracker.last_break is None


def test_break_reaching_its_length_after_midnight_counts_on_the_new_day() -> None:
    tracker = present(at(23))
    tracker.set_presence(at(23, 58), False)
    tracker.advance(at(0, 10, day=NEXT_DAY))
    yesterday = tracker.ledger.peek(DAY)
    today = tracker.today(at(0, 10, day=NEXT_DAY))
    assert (yesterday.away, yesterday.breaks) == (minutes(2), 0)
    assert (today.away, today.breaks) == (minutes(10), 1)
    assert tracker.last_break == at(23, 58)


# Days ---------------------------------------------------------------------------


def test_sitting_over_midnight_is_split_between_days_but_is_one_bout() -> None:
    tracker = present(at(23))
    tracker.advance(at(1, day=NEXT_DAY))
    yesterday = tracker.ledger.peek(DAY)
    today = tracker.today(at(1, day=NEXT_DAY))
    assert (yesterday.sitting, yesterday.longest_bout) == (minutes(60), minutes(60))
    assert (today.sitting, today.longest_bout) == (minutes(60), minutes(60))
    assert tracker.sitting_bout == minutes(120)


def test_longest_bout_is_the_longest_part_of_a_bout_on_that_day() -> None:
    tracker = present(at(22))
    tracker.set_presence(at(1, day=NEXT_DAY), False)  # bout: 2 h + 1 h
    tracker.set_presence(at(2, day=NEXT_DAY), True)
    tracker.set_presence(at(3, 30, day=NEXT_DAY), False)  # new bout: 1.5 h
    tracker.advance(at(4, day=NEXT_DAY))
    assert tracker.ledger.peek(DAY).longest_bout == minutes(120)
    today = tracker.today(at(4, day=NEXT_DAY))
    assert today.longest_bout == minutes(90)
    assert today.sitting == minutes(150)


def test_grace_over_midnight_lands_on_the_day_it_happened() -> None:
    tracker = present(at(23))
    tracker.set_presence(at(23, 59, 30), False)
    tracker.set_presence(at(0, 0, 20, day=NEXT_DAY), True)
    tracker.advance(at(0, 1, day=NEXT_DAY))
    assert tracker.ledger.peek(DAY).sitting == minutes(60)
    assert tracker.today(at(0, 1, day=NEXT_DAY)).sitting == minutes(1)


def test_absence_over_midnight_is_away_on_both_days() -> None:
    tracker = present(at(23))
    tracker.set_presence(at(23, 59, 30), False)
    tracker.advance(at(0, 1, day=NEXT_DAY))
    assert tracker.ledger.peek(DAY).away == 30.0
    assert tracker.today(at(0, 1, day=NEXT_DAY)).away == minutes(1)


def test_new_day_starts_empty() -> None:
    tracker = present(at(23))
    tracker.advance(at(23, 59))
    assert tracker.today(at(0, 0, day=NEXT_DAY)) == DayTotals(NEXT_DAY)
    assert [day["day"] for day in tracker.ledger.as_list()] == ["2026-06-10"]


def test_spring_forward_day_has_23_hours() -> None:
    day = date(2026, 3, 29)
    tracker = present(at(0, day=day))
    tracker.advance(at(0, day=day + timedelta(days=1)))
    assert tracker.ledger.peek(day).sitting == minutes(23 * 60)


def test_fall_back_day_has_25_hours() -> None:
    day = date(2026, 10, 25)
    tracker = Tracker(SETTINGS, AMS, at(0, day=day))
    tracker.advance(at(0, day=day + timedelta(days=1)))
    assert tracker.ledger.peek(day).paused == minutes(25 * 60)


def test_only_today_and_two_days_before_are_kept() -> None:
    tracker = present(at(12))
    tracker.advance(at(12, day=DAY + timedelta(days=4)))
    kept = [day["day"] for day in tracker.ledger.as_list()]
    assert kept == ["2026-06-12", "2026-06-13", "2026-06-14"]


# Deadlines ------------------------------------------------------------------


def test_paused_tracker_only_waits_for_midnight() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    assert tracker.next_deadline(at(9)) == at(0, day=NEXT_DAY)


def test_sitting_only_waits_for_midnight() -> None:
    tracker = present(at(9))
    tracker.advance(at(10))
    assert tracker.next_deadline(at(10)) == at(0, day=NEXT_DAY)


def test_deadline_while_leaving_is_the_end_of_grace() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.advance(at(9, 30, 20))
    assert tracker.next_deadline(at(9, 30, 20)) == at(9, 31)


def test_grace_ends_a_grace_after_presence_went_off_counting_earlier_flickers() -> None:
    tracker = present(at(9))
    assert tracker.grace_ends is None
    tracker.set_presence(at(9, 30), False)
    assert tracker.grace_ends == at(9, 31)
    tracker.set_presence(at(9, 30, 20), True)
    assert tracker.grace_ends is None
    # Off again: the grace starts afresh.
    tracker.set_presence(at(9, 40), False)
    tracker.advance(at(9, 40, 30))
    assert tracker.grace_ends == at(9, 41)
    tracker.set_presence(at(9, 40, 40), None)  # paused: nothing ends
    assert tracker.grace_ends is None


def test_deadline_is_midnight_when_grace_ends_after_it() -> None:
    tracker = present(at(23))
    tracker.set_presence(at(23, 59, 30), False)
    assert tracker.next_deadline(at(23, 59, 30)) == at(0, day=NEXT_DAY)


def test_deadline_while_away_is_when_the_break_counts() -> None:
    tracker = present(at(9), standing=True)  # no sitting bout to end
    tracker.set_presence(at(9, 30), False)
    tracker.advance(at(9, 32))
    assert tracker.next_deadline(at(9, 32)) == at(9, 35)
    tracker.advance(at(9, 35))
    assert tracker.next_deadline(at(9, 35)) == at(0, day=NEXT_DAY)


def test_deadline_while_standing_is_when_the_bout_ends() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.advance(at(9, 32))
    assert tracker.next_deadline(at(9, 32)) == at(9, 35)
    tracker.advance(at(9, 35))
    assert tracker.next_deadline(at(9, 35)) == at(0, day=NEXT_DAY)


def test_deadline_while_away_before_the_break_ends_the_bout() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 30), True)
    tracker.set_presence(at(9, 32), False)
    tracker.advance(at(9, 33))  # away since 9:32, bout ends at 9:35
    assert tracker.next_deadline(at(9, 33)) == at(9, 35)


def test_being_away_since_startup_only_waits_for_midnight() -> None:
    tracker = Tracker(SETTINGS, AMS, at(7))
    tracker.set_presence(at(7), False)
    assert tracker.next_deadline(at(7)) == at(0, day=NEXT_DAY)


# Restarts ------------------------------------------------------------------------


def test_restored_tracker_is_paused_until_readings_are_applied() -> None:
    tracker = restored(present(at(9)), at(9, 30), at(9, 30))
    assert tracker.posture is None
    assert tracker.occupied is None
    day = totals(tracker, at(9, 40))
    assert (day.sitting, day.paused) == (minutes(30), minutes(10))


def test_restart_on_the_same_day_keeps_the_bout() -> None:
    tracker = restored(present(at(9)), at(9, 30), at(9, 30))
    tracker.set_standing(at(9, 30), False)
    tracker.set_presence(at(9, 30), True)
    assert tracker.posture is Posture.SITTING
    day = totals(tracker, at(9, 40))
    assert tracker.sitting_bout == minutes(40)
    assert (day.sitting, day.longest_bout, day.posture_changes) == (
        minutes(40),
        minutes(40),
        0,
    )


def test_time_between_save_and_restore_is_counted_nowhere() -> None:
    tracker = restored(present(at(9)), at(9, 30), at(9, 34))
    tracker.set_presence(at(9, 34), True)
    day = totals(tracker, at(9, 44))
    # A gap shorter than the break length: the bout carries on.
    assert day == DayTotals(DAY, sitting=minutes(40), longest_bout=minutes(40))
    assert tracker.sitting_bout == minutes(40)


def test_a_restart_gap_longer_than_the_break_length_ends_the_bout() -> None:
    tracker = present(at(9))
    tracker.advance(at(9, 25))
    bout = tracker.bout_id
    # Home Assistant is down for an hour while the person is at lunch.
    tracker = restored(tracker, at(9, 25), at(10, 25))
    tracker.set_standing(at(10, 25), False)
    tracker.set_presence(at(10, 25), True)
    assert tracker.sitting_bout == 0.0
    day = totals(tracker, at(10, 30))
    assert tracker.sitting_bout == minutes(5)
    assert tracker.bout_id == bout + 1
    assert tracker.occupied_run == minutes(5)
    # Nobody saw a break, and the hour is counted nowhere.
    assert (day.breaks, tracker.breaks_total) == (0, 0)
    assert day == DayTotals(DAY, sitting=minutes(30), longest_bout=minutes(25))


def test_restart_on_a_later_day_starts_a_new_bout() -> None:
    tracker = restored(present(at(22)), at(23, 30), at(8, day=NEXT_DAY))
    tracker.set_presence(at(8, day=NEXT_DAY), True)
    assert tracker.sitting_bout == 0.0
    today = totals(tracker, at(8, 10, day=NEXT_DAY))
    assert tracker.sitting_bout == minutes(10)
    assert today.longest_bout == minutes(10)
    assert tracker.ledger.peek(DAY).sitting == minutes(90)


def test_absence_carries_on_towards_a_break_over_a_restart() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker = restored(tracker, at(9, 32), at(9, 32))
    tracker.set_presence(at(9, 32), False)
    assert tracker.next_deadline(at(9, 32)) == at(9, 35)
    assert totals(tracker, at(9, 35)).breaks == 1
    assert tracker.last_break == at(9, 30)


def test_absence_restored_on_a_later_day_is_not_a_break() -> None:
    tracker = present(at(23))
    tracker.set_presence(at(23, 58), False)
    tracker = restored(tracker, at(23, 59), at(7, day=NEXT_DAY))
    tracker.set_presence(at(7, day=NEXT_DAY), False)
    assert tracker.posture is Posture.AWAY
    today = totals(tracker, at(8, day=NEXT_DAY))
    assert (today.away, today.breaks) == (minutes(60), 0)
    assert tracker.last_break is None


def test_grace_carries_on_over_a_restart() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker = restored(tracker, at(9, 30, 20), at(9, 30, 20))
    tracker.set_presence(at(9, 30, 20), False)
    tracker.set_presence(at(9, 30, 50), True)
    day = totals(tracker, at(9, 31))
    assert (day.sitting, day.away) == (minutes(31), 0.0)


def test_last_break_survives_a_restart_on_a_later_day() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker = restored(tracker, at(10), at(9, day=NEXT_DAY))
    assert tracker.last_break == at(9, 30)


def test_restart_before_anyone_sat_down_restores_an_empty_bout() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    tracker.set_presence(at(9), False)
    data = tracker.as_dict()
    assert data["bout_day"] is None
    assert data["away_start"] is None
    tracker = Tracker.from_dict(data, SETTINGS, AMS, at(9, 10))
    tracker.set_presence(at(9, 10), True)
    totals(tracker, at(9, 20))
    assert tracker.sitting_bout == minutes(10)


def test_restart_keeps_the_posture_for_height_hysteresis() -> None:
    tracker = restored(present(at(9), standing=True), at(9, 30), at(9, 30))
    assert tracker.standing_signal is True


# Readings at odd microseconds -------------------------------------------------
# Real timestamps are not whole seconds; float sums of such spans used to fall a hair
# short of the grace or the break, so nothing happened at the deadline and the next
# deadline was "now".


def test_grace_ends_at_its_deadline_for_readings_at_odd_microseconds() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    now = at(9, 30)
    for step in (1_662_944, 6_431_207, 2_163_000, 14_447_470):
        now += timedelta(microseconds=step)
        tracker.advance(now)
    deadline = tracker.next_deadline(now)
    assert deadline == at(9, 31)
    tracker.advance(deadline)
    assert tracker.posture is Posture.AWAY
    assert tracker.next_deadline(deadline) > deadline


def test_break_counts_at_its_deadline_for_readings_at_odd_microseconds() -> None:
    no_grace = TrackerSettings(away_grace=timedelta(0), break_length=timedelta(0, 300))
    tracker = present(at(9), settings=no_grace)
    tracker.set_presence(at(9, 30), False)
    now = at(9, 30)
    for step in (54_882_788, 241_975_092):
        now += timedelta(microseconds=step)
        tracker.advance(now)
    deadline = tracker.next_deadline(now)
    assert deadline == at(9, 35)
    day = totals(tracker, deadline)
    assert day.breaks == 1
    assert tracker.sitting_bout == 0.0
    assert tracker.next_deadline(deadline) > deadline


def test_absence_paused_at_once_still_starts_when_presence_went_off() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 30), None)
    tracker.set_presence(at(9, 40), False)
    day = totals(tracker, at(9, 45))
    assert (day.away, day.paused, day.breaks) == (minutes(5), minutes(10), 1)
    assert tracker.last_break == at(9, 30)


# What the nudges read --------------------------------------------------------------


def test_explicit_break_counts_and_ends_the_bout() -> None:
    tracker = present(at(9))
    tracker.take_break(at(9, 30))
    day = tracker.today(at(9, 30))
    assert (day.breaks, tracker.breaks_total) == (1, 1)
    assert tracker.last_break == at(9, 30)
    assert (tracker.sitting_bout, tracker.occupied_run) == (0.0, 0.0)
    totals(tracker, at(9, 40))
    assert (tracker.sitting_bout, tracker.occupied_run) == (minutes(10), minutes(10))
    assert tracker.bout_id == 2


def test_explicit_break_while_away_is_one_break_not_two() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.take_break(at(9, 31))
    day = totals(tracker, at(9, 45))
    assert (day.breaks, tracker.breaks_total) == (1, 1)
    assert tracker.last_break == at(9, 31)


def test_an_explicit_break_on_an_absence_already_counted_is_not_counted_again() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    totals(tracker, at(9, 40))  # away for ten minutes: a break, counted
    tracker.take_break(at(9, 40))
    day = totals(tracker, at(9, 50))
    assert (day.breaks, tracker.breaks_total) == (1, 1)
    assert tracker.last_break == at(9, 30)


def test_an_explicit_break_within_the_grace_period_is_one_break() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.take_break(at(9, 30, 30))  # grace is a minute: not yet away
    day = totals(tracker, at(9, 50))
    assert (day.breaks, tracker.breaks_total) == (1, 1)
    assert tracker.last_break == at(9, 30, 30)


def test_a_new_time_zone_tells_the_days_from_then_on() -> None:
    tracker = present(at(22))
    tracker.advance(at(23, 30))
    tracker.set_zone(ZoneInfo("America/New_York"))
    # 23:30 in Amsterdam is 17:30 in New York, the same day.
    assert tracker.today(at(23, 30)).day == DAY
    assert tracker.next_midnight(at(23, 30)) == datetime(
        2026, 6, 11, tzinfo=ZoneInfo("America/New_York")
    )
    tracker.set_zone(ZoneInfo("Asia/Tokyo"))
    assert tracker.today(at(23, 30)).day == NEXT_DAY


def test_each_new_bout_gets_a_new_id() -> None:
    tracker = Tracker(SETTINGS, AMS, at(9))
    tracker.set_presence(at(9), True)
    assert tracker.bout_id == 0
    tracker.advance(at(9, 10))
    assert tracker.bout_id == 1
    tracker.set_standing(at(9, 10), True)
    tracker.set_standing(at(9, 12), False)  # short: same bout
    tracker.advance(at(9, 20))
    assert tracker.bout_id == 1
    tracker.set_standing(at(9, 20), True)
    tracker.set_standing(at(9, 30), False)  # long enough: a new bout
    tracker.advance(at(9, 40))
    assert tracker.bout_id == 2


def test_time_at_the_desk_counts_sitting_and_standing_since_the_last_break() -> None:
    tracker = present(at(9))
    tracker.set_standing(at(9, 10), True)
    totals(tracker, at(9, 13))
    assert tracker.occupied_run == minutes(13)
    assert tracker.not_sitting_run == minutes(3)
    tracker.set_presence(at(9, 13), False)
    totals(tracker, at(9, 20))
    assert (tracker.occupied_run, tracker.breaks_total) == (0.0, 1)
    assert tracker.not_sitting_run == minutes(10)


def test_nudge_counts_survive_a_restart() -> None:
    tracker = present(at(9))
    tracker.set_presence(at(9, 30), False)
    tracker.set_presence(at(9, 40), True)
    same_day = restored(tracker, at(9, 50), at(9, 50))
    assert (same_day.bout_id, same_day.breaks_total) == (2, 1)
    assert same_day.occupied_run == minutes(10)
    later = restored(tracker, at(9, 50), at(8, day=NEXT_DAY))
    assert (later.bout_id, later.breaks_total, later.occupied_run) == (2, 1, 0.0)


def test_save_without_nudge_counts_loads_with_zeros() -> None:
    tracker = present(at(9))
    tracker.advance(at(9, 30))
    data = tracker.as_dict()
    for key in ("bout_id", "breaks_total", "occupied_run"):
        del data[key]
    loaded = Tracker.from_dict(data, SETTINGS, AMS, at(9, 30))
    assert (loaded.bout_id, loaded.breaks_total, loaded.occupied_run) == (0, 0, 0.0)
    assert loaded.sitting_bout == minutes(30)


def test_the_standing_spell_mirrors_the_bout() -> None:
    tracker = present(at(9), standing=True)
    tracker.advance(at(9, 40))
    assert tracker.standing_spell == minutes(40)
    spell = tracker.spell_id
    # Sitting down briefly neither ends the spell nor counts in it.
    tracker.set_standing(at(9, 40), False)
    tracker.set_standing(at(9, 42), True)
    totals(tracker, at(9, 45))
    assert (tracker.standing_spell, tracker.spell_id) == (minutes(43), spell)
    # Sitting for the break length ends it, exactly then.
    tracker.set_standing(at(9, 45), False)
    assert tracker.next_deadline(at(9, 45)) == at(9, 50)
    totals(tracker, at(9, 50))
    assert tracker.standing_spell == 0.0
    tracker.set_standing(at(9, 50), True)
    totals(tracker, at(9, 51))
    assert (tracker.standing_spell, tracker.spell_id) == (minutes(1), spell + 1)


def test_leaving_for_the_break_length_ends_the_standing_spell() -> None:
    tracker = present(at(9), standing=True)
    tracker.set_presence(at(9, 30), False)
    totals(tracker, at(9, 40))
    assert tracker.standing_spell == 0.0


def test_a_flicker_of_presence_within_grace_shows_nothing_new() -> None:
    tracker = present(at(9))
    before = tracker.status
    tracker.set_presence(at(9, 10), False)
    assert tracker.status != before  # the time is held back from here on
    assert shows_the_same(before, tracker.status)  # sitting and occupied still shown
    tracker.set_presence(at(9, 10, 30), True)
    assert shows_the_same(before, tracker.status)
    assert totals(tracker, at(9, 10, 30)).sitting == minutes(10.5)


def test_presence_gone_past_its_grace_shows_away() -> None:
    tracker = present(at(9))
    before = tracker.status
    tracker.set_presence(at(9, 10), False)
    tracker.advance(at(9, 11))
    assert not shows_the_same(before, tracker.status)
    assert tracker.posture is Posture.AWAY


def test_the_next_bout_mark_is_a_whole_step_after_one_just_reached() -> None:
    tracker = present(at(9))
    # Fifteen minutes of sitting summed from 3,000 readings 0.3 s apart, which comes
    # to 899.99999999995 s in floating point.
    for reading in range(1, 3001):
        tracker.advance(at(9) + timedelta(microseconds=reading * 300_000))
    assert tracker.sitting_bout < minutes(15)
    assert tracker.next_bout_mark(at(9, 15), timedelta(minutes=5)) == at(9, 20)
    assert tracker.next_bout_mark(at(9, 15), timedelta(minutes=10)) == at(9, 20)


@given(
    pieces=st.lists(st.integers(min_value=1, max_value=90_000_000), max_size=40),
    step_minutes=st.integers(min_value=1, max_value=30),
)
def test_the_next_bout_mark_is_always_ahead_and_on_a_multiple_of_the_step(
    pieces: list[int], step_minutes: int
) -> None:
    """Whatever spans the bout is summed from, its next mark is within one step ahead."""
    tracker = present(at(9))
    now = at(9)
    for microseconds in pieces:
        now += timedelta(microseconds=microseconds)
        tracker.advance(now)
    step = timedelta(minutes=step_minutes)
    mark = tracker.next_bout_mark(now, step)
    assert now < mark <= now + step
    assert (mark - at(9)) % step == timedelta(0)
