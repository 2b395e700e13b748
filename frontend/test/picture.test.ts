import { describe, expect, it, vi } from "vitest";

import {
  exercisePicture,
  forgetSignedPicture,
  SIGNED_SECONDS,
  signedPicture,
} from "../src/picture";
import type { HassEntityState } from "../src/types";

function state(attributes: Record<string, unknown>, value = "move"): HassEntityState {
  return {
    entity_id: "sensor.office_desk_nudge",
    state: value,
    attributes,
    last_changed: "2026-11-23T12:00:00Z",
    last_updated: "2026-11-23T12:00:00Z",
  };
}

const PATH = "/api/backcare/pictures/cat_cow.png";
const nudge = state({
  nudge_id: "move-1",
  exercise: "cat_cow",
  exercise_name: "Katze-Kuh",
  exercise_image: PATH,
});

describe("exercisePicture", () => {
  it("is the nudge's picture, described by its exercise's name", () => {
    expect(exercisePicture(nudge)).toEqual({ path: PATH, alt: "Katze-Kuh" });
  });

  it("is a personal exercise's own picture too", () => {
    const own = state({ ...nudge.attributes, exercise_image: "/local/physio/clam.png" });
    expect(exercisePicture(own)?.path).toBe("/local/physio/clam.png");
  });

  it("is nothing without a nudge showing or a picture of its exercise", () => {
    expect(exercisePicture(undefined)).toBeUndefined();
    expect(exercisePicture(state({ exercise_image: PATH }, "none"))).toBeUndefined();
    expect(exercisePicture(state({ ...nudge.attributes, exercise_image: null }))).toBeUndefined();
    expect(exercisePicture(state({ ...nudge.attributes, exercise_image: "" }))).toBeUndefined();
  });

  it("falls back to the key when the name is missing", () => {
    const bare = state({ nudge_id: "move-1", exercise: "cat_cow", exercise_image: PATH });
    expect(exercisePicture(bare)).toEqual({ path: PATH, alt: "cat_cow" });
  });
});

function signer(answer: (path: string) => Promise<{ path: string }>) {
  const callWS = vi.fn((msg: Record<string, unknown>) => answer(String(msg.path)));
  return { callWS: callWS as <T>(msg: Record<string, unknown>) => Promise<T>, calls: callWS };
}

describe("signedPicture", () => {
  it("asks Home Assistant to sign the address for a day", async () => {
    const hass = signer(async (path) => ({ path: `${path}?authSig=one` }));
    const path = "/api/backcare/pictures/bird_dog.png";
    expect(await signedPicture(hass, path, 0)).toBe(`${path}?authSig=one`);
    expect(hass.calls).toHaveBeenCalledWith({
      type: "auth/sign_path",
      path,
      expires: SIGNED_SECONDS,
    });
  });

  it("keeps the signed address while it works, so the browser's cache serves it", async () => {
    let n = 0;
    const hass = signer(async (path) => ({ path: `${path}?authSig=${++n}` }));
    const path = "/api/backcare/pictures/dead_bug.png";
    const first = await signedPicture(hass, path, 0);
    expect(await signedPicture(hass, path, 22 * 3_600_000)).toBe(first);
    expect(hass.calls).toHaveBeenCalledTimes(1);
    // Signed again before the day ends.
    expect(await signedPicture(hass, path, 23.5 * 3_600_000)).not.toBe(first);
    expect(hass.calls).toHaveBeenCalledTimes(2);
  });

  it("asks again after a failure", async () => {
    let fail = true;
    const hass = signer(async (path) => {
      if (fail) throw new Error("Connection lost");
      return { path: `${path}?authSig=ok` };
    });
    const path = "/api/backcare/pictures/side_plank.png";
    await expect(signedPicture(hass, path, 0)).rejects.toThrow("Connection lost");
    fail = false;
    expect(await signedPicture(hass, path, 1)).toBe(`${path}?authSig=ok`);
  });

  it("signs again once told the address stopped working (Home Assistant restarted)", async () => {
    let n = 0;
    const hass = signer(async (path) => ({ path: `${path}?authSig=${++n}` }));
    const path = "/api/backcare/pictures/glute_bridge.png";
    const before = await signedPicture(hass, path, 0);
    forgetSignedPicture(path);
    expect(await signedPicture(hass, path, 1)).not.toBe(before);
    expect(hass.calls).toHaveBeenCalledTimes(2);
  });
});
