import { describe, expect, it, vi } from "vitest";

import { findEntities } from "../src/entities";
import { localizer, TRANSLATIONS } from "../src/i18n";
import { ShownPicture } from "../src/picture";
import {
  countdownText,
  offeredRoutine,
  routinePicturePath,
  runningStep,
  secondsLeft,
} from "../src/routine";
import type { HassEntityState } from "../src/types";

function state(value: string, attributes: Record<string, unknown>): HassEntityState {
  return {
    entity_id: "sensor.office_desk_x",
    state: value,
    attributes,
    last_changed: "2026-11-23T12:00:00Z",
    last_updated: "2026-11-23T12:00:00Z",
  };
}

const ENDS = "2026-11-23T07:31:40+00:00";
const running = state("Dead bug, left", {
  routine: "core",
  step: 3,
  total: 6,
  exercise: "dead_bug",
  side: "left",
  remaining_seconds: 40,
  ends_at: ENDS,
});
const idle = state("No routine", {
  routine: null,
  step: null,
  total: null,
  exercise: null,
  side: null,
  remaining_seconds: null,
  ends_at: null,
});
const nudge = (kind: string) => state(kind, { nudge_id: `${kind}-1` });

describe("the routine running", () => {
  it("is read from the routine step sensor", () => {
    expect(runningStep(running)).toEqual({
      routine: "core",
      step: 3,
      total: 6,
      text: "Dead bug, left",
      exercise: "dead_bug",
      endsAt: Date.parse(ENDS),
    });
  });

  it("is none while the sensor is idle, missing or unavailable", () => {
    expect(runningStep(idle)).toBeUndefined();
    expect(runningStep(undefined)).toBeUndefined();
    expect(runningStep(state("unavailable", { restored: true }))).toBeUndefined();
    expect(runningStep(state("Step", { ...running.attributes, routine: "yoga" }))).toBeUndefined();
  });

  it("has no countdown or picture when the sensor does not give them", () => {
    const bare = runningStep(state("Step", { routine: "evening", step: 1, total: 9 }));
    expect(bare?.exercise).toBeUndefined();
    expect(countdownText(bare!.endsAt, 0)).toBe("");
  });

  it("is found on the workstation by its translation key", () => {
    const entry = {
      entity_id: "sensor.my_routine",
      device_id: "desk1",
      platform: "backcare",
      translation_key: "routine_step",
    };
    expect(findEntities({ [entry.entity_id]: entry }, "desk1")).toEqual({
      routineStep: "sensor.my_routine",
    });
  });
});

describe("the Start routine button", () => {
  it("starts the evening routine on a stretch nudge and the core routine on a core nudge", () => {
    expect(offeredRoutine(nudge("stretch"), undefined)).toBe("evening");
    expect(offeredRoutine(nudge("core"), undefined)).toBe("core");
  });

  it("is not offered on the other nudges, without a nudge, or while a routine runs", () => {
    for (const kind of ["stand", "sit", "move", "posture"]) {
      expect(offeredRoutine(nudge(kind), undefined), kind).toBeUndefined();
    }
    expect(offeredRoutine(state("none", { nudge_id: null }), undefined)).toBeUndefined();
    expect(offeredRoutine(undefined, undefined)).toBeUndefined();
    expect(offeredRoutine(nudge("core"), runningStep(running))).toBeUndefined();
  });
});

describe("the countdown", () => {
  const end = Date.parse(ENDS);

  it("shows minutes and seconds to the step's end", () => {
    expect(countdownText(end, end - 65_000)).toBe("1:05");
    expect(countdownText(end, end - 40_000)).toBe("0:40");
    expect(countdownText(end, end - 600_000)).toBe("10:00");
  });

  it("counts a started second as left, and stops at 0:00", () => {
    expect(countdownText(end, end - 200)).toBe("0:01");
    expect(countdownText(end, end)).toBe("0:00");
    expect(countdownText(end, end + 5_000)).toBe("0:00");
    expect(secondsLeft(end, end - 59_001)).toBe(60);
    expect(secondsLeft(NaN, end)).toBe(0);
  });
});

describe("the step's labels", () => {
  it("say which step of how many, in every language", () => {
    const says = (language: string) =>
      localizer(language)("routine_step_of", { step: 3, total: 11 });
    expect(says("en")).toBe("Step 3 of 11");
    expect(says("de")).toBe("Schritt 3 von 11");
    expect(says("nl")).toBe("Stap 3 van 11");
    expect(says("fr")).toBe("Étape 3 sur 11");
    expect(says("es")).toBe("Paso 3 de 11");
  });

  it("name every routine in every language", () => {
    for (const [language, strings] of Object.entries(TRANSLATIONS)) {
      for (const routine of ["evening", "core", "mobility"] as const) {
        expect(strings[`routine_${routine}`], `${language}.${routine}`).toBeTruthy();
      }
    }
    expect(localizer("en")("start_routine_label", { routine: "Morning core" })).toBe(
      "Start the routine: Morning core",
    );
  });
});

describe("the step's picture", () => {
  it("is the exercise's picture served by backcare", () => {
    expect(routinePicturePath("dead_bug")).toBe("/api/backcare/pictures/dead_bug.png");
  });

  it("shows once signed, follows the step, and is signed again once when it fails", async () => {
    let n = 0;
    const callWS = vi.fn(async (msg: Record<string, unknown>) => ({
      path: `${String(msg.path)}?authSig=${++n}`,
    }));
    const hass = { callWS: callWS as <T>(msg: Record<string, unknown>) => Promise<T> };
    const changed = vi.fn();
    const picture = new ShownPicture(changed);
    const path = routinePicturePath("open_book");
    picture.follow(hass, path);
    await vi.waitFor(() => expect(picture.src).toBe(`${path}?authSig=1`));
    expect(changed).toHaveBeenCalledTimes(1);
    picture.missing(hass);
    expect(picture.src).toBeUndefined();
    await vi.waitFor(() => expect(picture.src).toBe(`${path}?authSig=2`));
    // Failing again: left out, not asked for in a loop.
    picture.missing(hass);
    await Promise.resolve();
    expect(picture.src).toBeUndefined();
    expect(callWS).toHaveBeenCalledTimes(2);
    picture.follow(hass, undefined);
    expect(picture.path).toBeUndefined();
  });
});
