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

/**
 * A picture the card shows: its address signed when it changes, and shown once signed.
 * One that does not load is left out, not shown broken; its address may have been signed
 * before Home Assistant restarted, so it is signed once more (a personal picture that was
 * moved away stays left out).
 */
export class ShownPicture {
  /** The address on Home Assistant, unsigned. */
  path?: string;
  /** The signed address the card shows; undefined until signed or after it failed. */
  src?: string;
  private signedAgain = false;

  /** `changed` is told when `src` changes, for the card to draw again. */
  constructor(private readonly changed: () => void) {}

  /** Show the picture at `path` (none when undefined). */
  follow(hass: Pick<HomeAssistant, "callWS">, path: string | undefined): void {
    if (path === this.path) return;
    this.path = path;
    this.src = undefined;
    this.signedAgain = false;
    if (path) this.sign(hass, path);
  }

  /** The picture did not load. */
  missing(hass: Pick<HomeAssistant, "callWS">): void {
    this.src = undefined;
    this.changed();
    const path = this.path;
    if (!path || this.signedAgain) return;
    this.signedAgain = true;
    forgetSignedPicture(path);
    this.sign(hass, path);
  }

  private sign(hass: Pick<HomeAssistant, "callWS">, path: string): void {
    signedPicture(hass, path).then(
      (src) => {
        if (this.path !== path) return;
        this.src = src;
        this.changed();
      },
      // Not signed (a connection lost): the card shows without the picture.
      () => undefined,
    );
  }
}
