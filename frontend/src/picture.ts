// The picture of the nudge's exercise, from the workstation's Exercise image.

import type { HassEntityState } from "./types";

export interface ExercisePicture {
  src: string;
  alt: string;
}

/**
 * The picture to show with the nudge: the Exercise image's URL while it shows the nudge's
 * own exercise (never the picture of an earlier one), described by the exercise's name.
 */
export function exercisePicture(
  nudge: HassEntityState | undefined,
  image: HassEntityState | undefined,
): ExercisePicture | undefined {
  const key = nudge?.attributes.exercise;
  const src = image?.attributes.entity_picture;
  if (typeof key !== "string" || typeof src !== "string" || !src) return undefined;
  if (image?.attributes.exercise !== key) return undefined;
  const name = nudge?.attributes.exercise_name;
  return { src, alt: typeof name === "string" && name ? name : key };
}
