"""Slouching time: counted only while sitting, flicker within grace, paused while unknown."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
import json
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from custom_components.backcare.engine.ledger import DayTotals
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

AMS = ZoneInfo("Europe/Amsterdam")
DAY = date(2026, 6, 10)
NEXT_DAY = date(2026, 6, 11)
SETTINGS = TrackerSettings(
    away_grace=timedelta(minutes=1),
    break_length=timedelta(minutes=5),
    slouch_grace=timedelta(seconds=10),
)


def at(hour: int, minute: int = 0, second: int = 0, *, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=AMS).astimezone(UTC)


def sitting(when: datetime, *, slouching: bool | None = False) -> Tracker:
    """Someone sitting from `when`, the slouch source saying `slouching`."""
    tracker = Tracker(SETTINGS, AMS, when)
    tracker.set_standing(when, False)
    tracker.set_presence(when, True)
    tracker.set_slouching(when, slouching)
    return tracker


def today(tracker: Tracker, when: datetime) -> DayTotals:
    tracker.advance(when)
    return tracker.today(when)


def test_slouching_while_sitting_counts_to_the_second() -> None:
    tracker = sitting(at(9))
    tracker.set_slouching(at(9, 10), True)
    tracker.set_slouching(at(9, 10, 45), False)
    day = today(tracker, at(9, 20))
    # Off for good after its grace: the slouch ended when the source went off.
    assert day.slouching == 45
    assert day.slouch_watched == day.sitting == 20 * 60
    assert day.upright_ratio == 100 * (1200 - 45) / 1200


def test_upright_ratio_is_unknown_before_any_seated_time() -> None:
    tracker = sitting(at(9))
    assert today(tracker, at(9)).upright_ratio is None
    tracker.set_standing(at(9), True)
    assert today(tracker, at(10)).upright_ratio is None


def test_a_flicker_off_within_grace_is_still_slouching() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_slouching(at(9, 1), False)
    # Held back while the grace runs: not yet slouching, not yet upright.
    assert today(tracker, at(9, 1, 5)).slouching == 60
    assert tracker.slouch.slouching is True
    tracker.set_slouching(at(9, 1, 8), True)
    assert today(tracker, at(9, 2)).slouching == 120
    assert tracker.slouch.run == 120


def test_off_past_grace_is_upright_from_when_it_went_off() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_slouching(at(9, 1), False)
    assert tracker.next_deadline(at(9, 1)) == at(9, 1, 10)
    day = today(tracker, at(9, 1, 10))
    assert tracker.slouch.slouching is False
    assert tracker.slouch.run == 0
    tracker.set_slouching(at(9, 3), True)
    assert today(tracker, at(9, 4)).slouching == 120
    assert day.slouch_watched == 240
    # A new slouch starts its run afresh.
    assert tracker.slouch.run == 60


def test_slouching_while_standing_or_away_does_not_count() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_standing(at(9, 5), True)
    tracker.set_presence(at(9, 10), False)
    day = today(tracker, at(9, 30))
    assert day.slouching == day.slouch_watched == 300
    # Standing up ended the slouch: sitting down again starts a new one.
    assert tracker.slouch.run == 0


def test_an_unknown_slouch_source_pauses_only_the_slouch_figures() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_slouching(at(9, 5), None)
    tracker.set_slouching(at(9, 15), True)
    day = today(tracker, at(9, 20))
    assert day.sitting == 20 * 60
    assert day.slouching == day.slouch_watched == 10 * 60
    assert tracker.slouch.slouching is True
    # Paused, not ended: the run carries on where it was.
    assert tracker.slouch.run == 10 * 60


def test_unknown_during_grace_claims_the_held_time_for_neither() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_slouching(at(9, 1), False)
    tracker.set_slouching(at(9, 1, 5), None)
    tracker.set_slouching(at(9, 2), False)
    day = today(tracker, at(9, 3))
    assert day.slouching == 60
    assert day.slouch_watched == 60 + 5 + 60
    assert tracker.slouch.slouching is False


def test_a_slouch_ending_while_presence_flickers_counts_where_it_ended() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_presence(at(9, 1), False)
    tracker.set_slouching(at(9, 1, 5), False)
    tracker.set_presence(at(9, 1, 20), True)
    day = today(tracker, at(9, 2))
    assert day.sitting == 120
    assert day.slouching == 65
    assert tracker.slouch.slouching is False


def test_a_slouch_starting_as_someone_leaves_is_not_counted() -> None:
    tracker = sitting(at(9))
    tracker.set_presence(at(9, 1), False)
    tracker.set_slouching(at(9, 1, 30), True)
    day = today(tracker, at(9, 5))
    assert day.slouching == 0
    assert day.slouch_watched == day.sitting == 60
    # Back at the desk still slouching: that counts from then on.
    tracker.set_presence(at(9, 5), True)
    assert today(tracker, at(9, 6)).slouching == 60


def test_slouch_readings_held_at_a_restart_are_kept() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_presence(at(9, 1), False)
    tracker.set_slouching(at(9, 1, 5), False)
    data = json.loads(json.dumps(tracker.as_dict()))
    restored = Tracker.from_dict(data, SETTINGS, AMS, at(9, 1, 5))
    restored.set_presence(at(9, 1, 5), True)
    assert today(restored, at(9, 2)).slouching == 65


def test_a_long_restart_within_presence_grace_counts_its_slouch_readings() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_presence(at(9, 1), False)
    tracker.set_slouching(at(9, 1, 5), False)
    tracker.advance(at(9, 1, 30))
    data = json.loads(json.dumps(tracker.as_dict()))
    # Back an hour later: nobody saw the person leave, so the held time was sitting.
    restored = Tracker.from_dict(data, SETTINGS, AMS, at(10, 30))
    day = restored.today(at(10, 30))
    assert day.sitting == 90
    assert day.slouching == 65
    assert restored.slouch.slouching is False


def test_without_a_slouch_reading_nothing_is_counted() -> None:
    tracker = sitting(at(9), slouching=None)
    day = today(tracker, at(10))
    assert day.slouching == day.slouch_watched == 0
    assert tracker.slouch.slouching is None


def test_slouching_across_midnight_is_split_between_the_days() -> None:
    tracker = sitting(at(23, 50), slouching=True)
    tracker.set_slouching(at(0, 5, day=NEXT_DAY), False)
    tracker.advance(at(0, 10, day=NEXT_DAY))
    assert tracker.today(at(23, 59)).slouching == 600
    assert tracker.today(at(0, 10, day=NEXT_DAY)).slouching == 300
    assert tracker.slouch.run == 0


def test_grace_straddling_midnight_lands_on_both_days() -> None:
    # Off for 9 s, within the 10 s grace: all of it was slouching.
    tracker = sitting(at(23, 59), slouching=True)
    tracker.set_slouching(at(23, 59, 55), False)
    tracker.set_slouching(at(0, 0, 4, day=NEXT_DAY), True)
    tracker.advance(at(0, 1, day=NEXT_DAY))
    assert tracker.today(at(23, 59)).slouching == 60
    assert tracker.today(at(0, 1, day=NEXT_DAY)).slouching == 60


def test_the_slouch_carries_on_after_a_restart() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.set_slouching(at(9, 1), False)
    tracker.advance(at(9, 1, 4))
    data = json.loads(json.dumps(tracker.as_dict()))
    restored = Tracker.from_dict(data, SETTINGS, AMS, at(9, 1, 6))
    restored.set_presence(at(9, 1, 6), True)
    restored.set_slouching(at(9, 1, 6), True)
    day = today(restored, at(9, 2))
    assert day.slouching == 120 - 2  # the two seconds of the restart count nowhere
    assert restored.slouch.slouching is True


def test_a_state_saved_before_slouch_tracking_loads_without_it() -> None:
    tracker = sitting(at(9), slouching=True)
    tracker.advance(at(9, 5))
    data = tracker.as_dict()
    del data["slouch"]
    for day in data["days"]:
        del day["slouching"], day["slouch_watched"]
    restored = Tracker.from_dict(data, SETTINGS, AMS, at(9, 5))
    assert restored.today(at(9, 5)).slouching == 0
    assert restored.slouch.slouching is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=900),
            st.sampled_from(["slouch", "upright", "unknown", "stand", "sit", "leave"]),
        ),
        max_size=30,
    )
)
def test_slouching_never_exceeds_the_watched_seated_time(
    steps: list[tuple[int, str]],
) -> None:
    now = at(9)
    tracker = sitting(now)
    for seconds, step in steps:
        now += timedelta(seconds=seconds)
        if step in ("slouch", "upright", "unknown"):
            tracker.set_slouching(
                now, {"slouch": True, "upright": False, "unknown": None}[step]
            )
        elif step in ("stand", "sit"):
            tracker.set_standing(now, step == "stand")
        else:
            tracker.set_presence(now, False)
            tracker.set_presence(now + timedelta(seconds=1), True)
    day = today(tracker, now + timedelta(minutes=1))
    assert 0 <= day.slouching <= day.slouch_watched + 1e-6
    assert day.slouch_watched <= day.sitting + 1e-6
    assert 0 <= tracker.slouch.run <= day.slouching + 1e-6
