"""A seeded, realistic stream of source events for simulated workstations.

Each workstation has an mmWave presence sensor, a chair sensor (both binary_sensor) and a
desk height sensor (sensor, cm). Over a workday someone arrives, sits and stands in turns
of 20-40 minutes (the desk reports its height every 0.08-0.16 s while it moves, with noise),
takes short breaks and a lunch, and the mmWave sensor flickers off for a few seconds now
and then. About 2,000 source events per workstation per 8 hours.
"""

from __future__ import annotations

from dataclasses import dataclass
import heapq
import random

SITTING_CM = 72.0
STANDING_CM = 108.0
STANDING_THRESHOLD_CM = 95.0
HEIGHT_ATTRIBUTES = {"unit_of_measurement": "cm", "device_class": "distance"}
PRESENCE_ATTRIBUTES = {"device_class": "occupancy"}


@dataclass(frozen=True, slots=True)
class Sources:
    """The source entities of workstation `index`."""

    index: int

    @property
    def mmwave(self) -> str:
        return f"binary_sensor.ws{self.index}_mmwave"

    @property
    def chair(self) -> str:
        return f"binary_sensor.ws{self.index}_chair"

    @property
    def height(self) -> str:
        return f"sensor.ws{self.index}_height"

    @property
    def all(self) -> tuple[str, str, str]:
        return (self.mmwave, self.chair, self.height)


# (seconds after the start of the day, entity id, state)
type Event = tuple[float, str, str]


def attributes_of(entity_id: str) -> dict[str, str]:
    """The attributes a source reports with each state."""
    return HEIGHT_ATTRIBUTES if entity_id.startswith("sensor.") else PRESENCE_ATTRIBUTES


def workstation_day(index: int, seed: int, seconds: float) -> list[Event]:
    """The events of one workstation for `seconds` of a workday, sorted."""
    rng = random.Random(seed * 100_003 + index)  # noqa: S311 (seeded, not secret)
    src = Sources(index)
    events: list[Event] = []
    height = SITTING_CM

    def move_desk(at: float, target: float) -> float:
        nonlocal height
        # About 3.5 cm/s, reported every 0.08-0.16 s with +-0.3 cm of noise.
        start = height
        duration = abs(target - start) / 3.5
        t = 0.0
        while t < duration:
            t += rng.uniform(0.08, 0.16)
            progress = min(t / duration, 1.0)
            value = start + (target - start) * progress + rng.uniform(-0.3, 0.3)
            events.append((at + t, src.height, f"{value:.1f}"))
        height = target
        events.append((at + t + 0.3, src.height, f"{target:.1f}"))
        return at + t + 0.3

    def at_desk(start: float, end: float, *, standing: bool) -> None:
        """mmWave flicker (off for 1-20 s) while someone is at the desk."""
        t = start + rng.expovariate(1 / 40)
        while t < end - 25:
            off = rng.uniform(1, 20)
            events.append((t, src.mmwave, "off"))
            events.append((t + off, src.mmwave, "on"))
            # Shifting on the chair now and then.
            if not standing and rng.random() < 0.05:
                events.append((t + 0.5, src.chair, "off"))
                events.append((t + 1.5, src.chair, "on"))
            t += off + rng.expovariate(1 / 40)

    t = rng.uniform(0, 300)
    events.append((t, src.mmwave, "on"))
    t += rng.uniform(2, 5)
    events.append((t, src.chair, "on"))
    standing = False
    since_break = 0.0
    lunch_done = False
    while t < seconds:
        segment = rng.uniform(20, 40) * 60
        at_desk(t, t + segment, standing=standing)
        t += segment
        since_break += segment
        if t >= seconds:
            break
        lunch = not lunch_done and t > 3.5 * 3600
        if lunch or since_break > rng.uniform(60, 120) * 60:
            # A break: get up, leave, come back and sit down (the desk stays as it was).
            if not standing:
                events.append((t, src.chair, "off"))
            events.append((t + rng.uniform(3, 8), src.mmwave, "off"))
            away = rng.uniform(30, 45) * 60 if lunch else rng.uniform(5, 15) * 60
            lunch_done = lunch_done or lunch
            t += away
            events.append((t, src.mmwave, "on"))
            if standing:
                t = move_desk(t + 5, SITTING_CM)
                standing = False
            t += rng.uniform(2, 5)
            events.append((t, src.chair, "on"))
            since_break = 0.0
        elif standing:
            t = move_desk(t, SITTING_CM)
            events.append((t + 1, src.chair, "on"))
            standing = False
        else:
            events.append((t, src.chair, "off"))
            t = move_desk(t + 2, STANDING_CM + rng.uniform(-2, 2))
            standing = True
    return sorted(event for event in events if event[0] < seconds)


def day_stream(count: int, seed: int, seconds: float) -> list[Event]:
    """The events of `count` workstations merged in time order."""
    return list(
        heapq.merge(*(workstation_day(index, seed, seconds) for index in range(count)))
    )
