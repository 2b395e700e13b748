// The picture of the nudge's exercise: the address the nudge sensor gives, signed by
// Home Assistant so the browser can fetch it (an <img> sends no login).

import type { HassEntityState, HomeAssistant } from "./types";

export interface ExercisePicture {
  /** The address on Home Assistant, unsigned. */
  path: string;
  alt: string;
}

/**
 * The picture of the nudge showing, described by its exercise's name; undefined while no
 * nudge shows or its exercise has no picture.
 */
export function exercisePicture(nudge: HassEntityState | undefined): ExercisePicture | undefined {
  const attributes = nudge?.attributes ?? {};
  const path = attributes.exercise_image;
  if (typeof attributes.nudge_id !== "string" || typeof path !== "string" || !path) {
    return undefined;
  }
  const name = attributes.exercise_name;
  const key = attributes.exercise;
  const alt = typeof name === "string" && name ? name : typeof key === "string" ? key : "";
  return { path, alt };
}

/** How long a signed address works: the backcare pictures change only with an update. */
export const SIGNED_SECONDS = 86_400;
/** A signed address is asked for again this long before it ends. */
const MARGIN_MS = 3_600_000;

const signed = new Map<string, { url: Promise<string>; until: number }>();

/**
 * The signed address of `path`, shared by every card of the page and kept while it works,
 * so the browser shows a picture it fetched again from its cache; one that failed is asked
 * for again next time.
 */
export function signedPicture(
  hass: Pick<HomeAssistant, "callWS">,
  path: string,
  now: number = Date.now(),
): Promise<string> {
  const known = signed.get(path);
  if (known && known.until > now) return known.url;
  const url = hass
    .callWS<{ path: string }>({ type: "auth/sign_path", path, expires: SIGNED_SECONDS })
    .then((result) => result.path);
  signed.set(path, { url, until: now + SIGNED_SECONDS * 1000 - MARGIN_MS });
  url.catch(() => forgetSignedPicture(path, url));
  return url;
}

/**
 * Forget the signed address of `path` (the one given, or any): one signed before a restart
 * of Home Assistant, which signs with a new secret at each start, no longer works.
 */
export function forgetSignedPicture(path: string, url?: Promise<string>): void {
  if (url === undefined || signed.get(path)?.url === url) signed.delete(path);
}
