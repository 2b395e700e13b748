import { describe, expect, it } from "vitest";

import { exercisePicture } from "../src/picture";
import type { HassEntityState } from "../src/types";

function state(attributes: Record<string, unknown>, value = "move"): HassEntityState {
  return {
    entity_id: "x.y",
    state: value,
    attributes,
    last_changed: "2026-11-23T12:00:00Z",
    last_updated: "2026-11-23T12:00:00Z",
  };
}

const URL = "/api/image_proxy/image.office_desk_exercise?token=abc";
const nudge = state({ nudge_id: "move-1", exercise: "cat_cow", exercise_name: "Katze-Kuh" });

describe("exercisePicture", () => {
  it("shows the picture of the nudge's exercise, described by its name", () => {
    const image = state({ exercise: "cat_cow", entity_picture: URL }, "2026-11-23T12:00:00Z");
    expect(exercisePicture(nudge, image)).toEqual({ src: URL, alt: "Katze-Kuh" });
  });

  it("never shows the picture of another exercise", () => {
    const image = state({ exercise: "bird_dog", entity_picture: URL });
    expect(exercisePicture(nudge, image)).toBeUndefined();
  });

  it("shows nothing without a nudge, an image entity or a URL", () => {
    const image = state({ exercise: "cat_cow", entity_picture: URL });
    expect(exercisePicture(state({}, "none"), image)).toBeUndefined();
    expect(exercisePicture(undefined, image)).toBeUndefined();
    expect(exercisePicture(nudge, undefined)).toBeUndefined();
    expect(exercisePicture(nudge, state({ exercise: "cat_cow" }))).toBeUndefined();
  });

  it("falls back to the key when the name is missing", () => {
    const image = state({ exercise: "cat_cow", entity_picture: URL });
    const bare = state({ nudge_id: "move-1", exercise: "cat_cow" });
    expect(exercisePicture(bare, image)).toEqual({ src: URL, alt: "cat_cow" });
  });
});
