// custom:backcare-card — the day at a glance, the week's trend, and the nudge to act on.

import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from "lit";

import {
  bandTotals,
  bandsFromChanges,
  changesFromHistory,
  nudgeMarkers,
  withCurrent,
  type Band,
  type NudgeMarker,
  type PostureChange,
} from "./bands";
import { buildTrend, hasStatistics, WEEKDAYS, type Trend } from "./bars";
import { defineElement } from "./define";
import "./editor";
import { DOMAIN, findEntities, firstWorkstation, type WorkstationEntities } from "./entities";
import { localizer, type Label, type Localize } from "./i18n";
import { exercisePicture, ShownPicture } from "./picture";
import { liveBout, liveTotal, numberAttribute, ringColor, ringFill, ringLevel } from "./ring";
import {
  countdownText,
  offeredRoutine,
  routinePicturePath,
  runningStep,
  type Routine,
  type RoutineStep,
} from "./routine";
import { cardStyles } from "./styles";
import { addDays, formatDay, formatDuration, formatTime, startOfDay } from "./time";
import type {
  BackcareCardConfig,
  CompressedState,
  HistoryResponse,
  HomeAssistant,
  StatisticsResponse,
  StatisticValue,
} from "./types";

export const DEFAULT_SIT_LIMIT = 30;
export const DEFAULT_STANDING_GOAL = 120;
/** How often the live parts move, and how often the recorded data is fetched again. */
const TICK_MS = 10_000;
/** While a routine runs its countdown moves each second. */
const ROUTINE_TICK_MS = 1_000;
const REFRESH_MS = 15 * 60_000;

interface TodayData {
  changes: PostureChange[];
  nudges: CompressedState[];
}

interface StatisticsData {
  seated: StatisticValue[] | undefined;
  standing: StatisticValue[] | undefined;
}

function errorText(err: unknown): string {
  if (err && typeof err === "object" && "message" in err) {
    return String((err as { message: unknown }).message);
  }
  return String(err);
}

export class BackcareCard extends LitElement {
  static styles = cardStyles;

  static properties = {
    hass: { attribute: false },
    _config: { state: true },
    _now: { state: true },
    _today: { state: true },
    _todayError: { state: true },
    _statistics: { state: true },
    _statisticsError: { state: true },
    _actionError: { state: true },
    _busy: { state: true },
  };

  hass?: HomeAssistant;
  private _config?: BackcareCardConfig;
  private _now = Date.now();
  private _today?: TodayData;
  private _todayError?: string;
  private _statistics?: StatisticsData;
  private _statisticsError?: string;
  private _actionError?: string;
  private _busy?: string;
  private _nudgePicture = new ShownPicture(() => this.requestUpdate());
  private _routinePicture = new ShownPicture(() => this.requestUpdate());
  private _timer?: number;
  private _tickMs = TICK_MS;
  private _loadedKey?: string;
  private _loadedAt = 0;

  static getConfigElement(): HTMLElement {
    return document.createElement("backcare-card-editor");
  }

  static getStubConfig(hass: HomeAssistant): Partial<BackcareCardConfig> {
    const device = hass ? firstWorkstation(hass.entities ?? {}) : undefined;
    return device ? { device } : {};
  }

  setConfig(config: BackcareCardConfig): void {
    if (!config || typeof config !== "object") {
      throw new Error("Invalid configuration");
    }
    this._config = config;
    this._loadedKey = undefined;
  }

  getCardSize(): number {
    const config = this._config ?? ({} as BackcareCardConfig);
    return (
      1 +
      (config.show_now !== false ? 4 : 0) +
      (config.show_today !== false ? 3 : 0) +
      (config.show_week !== false ? 4 : 0)
    );
  }

  getGridOptions(): Record<string, unknown> {
    return { columns: 12, min_columns: 6, rows: "auto" };
  }

  connectedCallback(): void {
    super.connectedCallback();
    this._now = Date.now();
    this._startClock();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._timer !== undefined) window.clearInterval(this._timer);
    this._timer = undefined;
  }

  private _startClock(): void {
    if (this._timer !== undefined) window.clearInterval(this._timer);
    this._timer = window.setInterval(() => {
      this._now = Date.now();
    }, this._tickMs);
  }

  /** The clock ticks each second while a routine runs, for its countdown only. */
  private _followRoutineClock(running: boolean): void {
    const tickMs = running ? ROUTINE_TICK_MS : TICK_MS;
    if (tickMs === this._tickMs) return;
    this._tickMs = tickMs;
    if (this._timer !== undefined) this._startClock();
  }

  // --- What the card reads -------------------------------------------------------------

  private get _localize(): Localize {
    return localizer(this.hass?.locale?.language ?? this.hass?.language);
  }

  private get _language(): string {
    return this.hass?.locale?.language ?? this.hass?.language ?? "en";
  }

  /** Days end at midnight in Home Assistant's time zone, as the integration's do. */
  private get _serverZone(): string {
    return this.hass?.config?.time_zone || "UTC";
  }

  /** Times are shown in the zone the user chose in their profile. */
  private get _displayZone(): string {
    return this.hass?.locale?.time_zone === "local"
      ? Intl.DateTimeFormat().resolvedOptions().timeZone
      : this._serverZone;
  }

  private get _entities(): WorkstationEntities {
    return this.hass && this._config?.device
      ? findEntities(this.hass.entities ?? {}, this._config.device)
      : {};
  }

  private _state(entityId: string | undefined) {
    return entityId ? this.hass?.states[entityId] : undefined;
  }

  /** Today's seated and standing minutes, moving on with the posture that lasts. */
  private _liveTotals(entities: WorkstationEntities): {
    seated: number | null;
    standing: number | null;
  } {
    const postureState = this._state(entities.posture);
    const posture = postureState?.state;
    const total = (entityId: string | undefined, counting: boolean) => {
      const state = this._state(entityId);
      return liveTotal(
        state?.state,
        state?.attributes.unit_of_measurement,
        state?.last_updated,
        counting,
        this._now,
        postureState?.last_changed,
      );
    };
    return {
      seated: total(entities.seated, posture === "sitting"),
      standing: total(entities.standing, posture === "standing"),
    };
  }

  private _days(): number {
    return Number(this._config?.days) === 30 ? 30 : 7;
  }

  // --- Loading the recorded data -------------------------------------------------------

  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has("hass")) return;
    // A new state shows at once, against the clock as it is now.
    this._now = Date.now();
    this._followPictures();
    if (!this._today || !this.hass) return;
    // Changes since the history was loaded are added as they come, so a short stand
    // between two refreshes is on the ribbon too.
    const entities = this._entities;
    const posture = this._state(entities.posture);
    const nudge = this._state(entities.nudge);
    let { changes, nudges } = this._today;
    if (posture) {
      changes = withCurrent(changes, {
        at: Date.parse(posture.last_changed),
        state: posture.state,
      });
    }
    if (nudge && typeof nudge.attributes.nudge_id === "string") {
      const known = nudges.some((state) => state.a?.nudge_id === nudge.attributes.nudge_id);
      if (!known) {
        nudges = [
          ...nudges,
          { s: nudge.state, a: nudge.attributes, lu: Date.parse(nudge.last_changed) / 1000 },
        ];
      }
    }
    if (changes !== this._today.changes || nudges !== this._today.nudges) {
      this._today = { changes, nudges };
    }
  }

  /** The nudge's picture and the routine step's, signed as they change. */
  private _followPictures(): void {
    if (!this.hass) return;
    const entities = this._entities;
    this._nudgePicture.follow(this.hass, exercisePicture(this._state(entities.nudge))?.path);
    const step = runningStep(this._state(entities.routineStep));
    this._routinePicture.follow(
      this.hass,
      step?.exercise ? routinePicturePath(step.exercise) : undefined,
    );
    this._followRoutineClock(step !== undefined);
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.hass || !this._config?.device) return;
    const entities = this._entities;
    if (!entities.posture) return;
    const todayStart = startOfDay(this._now, this._serverZone);
    const key = `${this._config.device}|${todayStart}|${this._days()}`;
    if (key !== this._loadedKey || this._now - this._loadedAt > REFRESH_MS) {
      this._loadedKey = key;
      this._loadedAt = this._now;
      if (this._config.show_today !== false) void this._loadToday(entities, todayStart);
      if (this._config.show_week !== false) void this._loadStatistics(entities, todayStart);
    }
  }

  private async _loadToday(entities: WorkstationEntities, todayStart: number): Promise<void> {
    const entityIds = [entities.posture, entities.nudge].filter(Boolean) as string[];
    try {
      const history = await this.hass!.callWS<HistoryResponse>({
        type: "history/history_during_period",
        start_time: new Date(todayStart).toISOString(),
        end_time: new Date(Date.now()).toISOString(),
        entity_ids: entityIds,
        include_start_time_state: true,
        significant_changes_only: false,
        minimal_response: false,
        no_attributes: false,
      });
      this._today = {
        changes: changesFromHistory(history[entities.posture!]),
        nudges: entities.nudge ? (history[entities.nudge] ?? []) : [],
      };
      this._todayError = undefined;
    } catch (err) {
      this._todayError = errorText(err);
    }
  }

  private async _loadStatistics(
    entities: WorkstationEntities,
    todayStart: number,
  ): Promise<void> {
    const ids = [entities.seated, entities.standing].filter(Boolean) as string[];
    if (!ids.length) {
      this._statistics = { seated: undefined, standing: undefined };
      return;
    }
    const span = Math.max(this._days(), 14);
    try {
      const statistics = await this.hass!.callWS<StatisticsResponse>({
        type: "recorder/statistics_during_period",
        start_time: new Date(addDays(todayStart, -(span - 1), this._serverZone)).toISOString(),
        end_time: new Date(todayStart).toISOString(),
        statistic_ids: ids,
        period: "day",
        types: ["change", "state"],
        units: { duration: "min" },
      });
      this._statistics = {
        seated: entities.seated ? statistics[entities.seated] : undefined,
        standing: entities.standing ? statistics[entities.standing] : undefined,
      };
      this._statisticsError = undefined;
    } catch (err) {
      this._statisticsError = errorText(err);
    }
  }

  // --- Actions -------------------------------------------------------------------------

  private async _act(label: Label, call: () => Promise<unknown>): Promise<void> {
    this._busy = label;
    this._actionError = undefined;
    try {
      await call();
    } catch (err) {
      this._actionError = errorText(err);
    } finally {
      this._busy = undefined;
    }
  }

  private _press(entityId: string | undefined, label: Label): void {
    if (!entityId) return;
    void this._act(label, () =>
      this.hass!.callService("button", "press", { entity_id: entityId }),
    );
  }

  private _nudgePictureMissing = (): void => this._nudgePicture.missing(this.hass!);
  private _routinePictureMissing = (): void => this._routinePicture.missing(this.hass!);

  private _startBreak(): void {
    void this._act("start_break", () =>
      this.hass!.callService(DOMAIN, "start_break", { device_id: this._config!.device }),
    );
  }

  private _startRoutine(routine: Routine): void {
    void this._act("start_routine", () =>
      this.hass!.callService(DOMAIN, "start_routine", {
        device_id: this._config!.device,
        routine,
      }),
    );
  }

  private _stopRoutine(): void {
    void this._act("stop_routine", () =>
      this.hass!.callService(DOMAIN, "stop_routine", { device_id: this._config!.device }),
    );
  }

  // --- Rendering -----------------------------------------------------------------------

  protected render(): TemplateResult | typeof nothing {
    if (!this._config || !this.hass) return nothing;
    const t = this._localize;
    const device = this._config.device ? this.hass.devices?.[this._config.device] : undefined;
    const entities = this._entities;
    const title =
      this._config.title ?? (device ? (device.name_by_user ?? device.name ?? "") : "");
    let body: TemplateResult;
    if (!this._config.device) {
      body = html`<div class="message">${t("no_device")}</div>`;
    } else if (!entities.posture) {
      body = html`<div class="message error" role="alert">${t("unknown_device")}</div>`;
    } else {
      body = html`
        ${this._config.show_now !== false ? this._renderNow(entities) : nothing}
        ${this._config.show_today !== false ? this._renderToday(entities) : nothing}
        ${this._config.show_week !== false ? this._renderWeek(entities) : nothing}
      `;
    }
    return html`<ha-card>
      ${title ? html`<h2 class="card-title">${title}</h2>` : nothing} ${body}
    </ha-card>`;
  }

  private _postureLabel(state: string | undefined): string {
    const t = this._localize;
    switch (state) {
      case "sitting":
      case "standing":
      case "away":
      case "unavailable":
        return t(state);
      default:
        return t("unknown");
    }
  }

  private _kindLabel(kind: string | undefined): string {
    return kind && ["stand", "sit", "move", "stretch", "core", "posture"].includes(kind)
      ? this._localize(`kind_${kind}` as Label)
      : (kind ?? "");
  }

  private _sitLimit(entities: WorkstationEntities): number {
    for (const key of ["bout", "sittingSince", "nudge"] as const) {
      const limit = numberAttribute(this._state(entities[key])?.attributes, "sit_limit_minutes");
      if (limit) return limit;
    }
    const configured = Number(this._config?.sit_limit);
    return configured > 0 ? configured : DEFAULT_SIT_LIMIT;
  }

  private _standingGoal(entities: WorkstationEntities): number {
    for (const key of ["standing", "nudge"] as const) {
      const goal = numberAttribute(
        this._state(entities[key])?.attributes,
        "standing_goal_minutes",
      );
      if (goal) return goal;
    }
    const configured = Number(this._config?.standing_goal);
    return configured > 0 ? configured : DEFAULT_STANDING_GOAL;
  }

  private _renderNow(entities: WorkstationEntities): TemplateResult {
    const t = this._localize;
    const language = this._language;
    const posture = this._state(entities.posture)?.state;
    const bout = liveBout(
      posture,
      this._state(entities.sittingSince)?.state,
      this._state(entities.bout)?.state,
      this._now,
    );
    const limit = this._sitLimit(entities);
    const level = ringLevel(bout, limit);
    const radius = 52;
    const circumference = 2 * Math.PI * radius;
    const offset = circumference * (1 - ringFill(bout, limit));
    const boutText = bout === null ? "–" : formatDuration(bout, language);
    const limitText = formatDuration(limit, language);
    const ringLabel =
      bout === null
        ? `${t("sitting_bout")}: ${t("not_sitting")}`
        : t("ring_label", { bout: boutText, limit: limitText });
    const nudge = this._state(entities.nudge);
    const attributes = nudge?.attributes ?? {};
    const showing = typeof attributes.nudge_id === "string";
    const snoozedUntil =
      typeof attributes.snoozed_until === "string" ? Date.parse(attributes.snoozed_until) : NaN;
    const steps = Array.isArray(attributes.steps) ? (attributes.steps as unknown[]) : [];
    const picture = exercisePicture(nudge);
    const step = runningStep(this._state(entities.routineStep));
    const offered = offeredRoutine(nudge, step);
    return html`<section class="now-section">
      <h3>${t("now")}</h3>
      <div class="now">
        <div class="ring" role="img" aria-label=${ringLabel}>
          <svg viewBox="0 0 120 120" aria-hidden="true">
            ${svg`<circle class="track" cx="60" cy="60" r=${radius} fill="none" stroke-width="10"></circle>
            <circle class="value" cx="60" cy="60" r=${radius} fill="none" stroke-width="10"
              stroke-linecap="round" stroke=${ringColor(level)}
              stroke-dasharray=${circumference} stroke-dashoffset=${offset}></circle>`}
          </svg>
          <div class="center" aria-hidden="true">
            <span class="big">${boutText}</span>
            <span class="small">${t("of_limit", { limit: limitText })}</span>
          </div>
        </div>
        <div class="status">
          <div class="posture">
            <span class="dot ${posture ?? "unknown"}"></span>${this._postureLabel(posture)}
          </div>
          <div class="muted">${t("sitting_bout")}: ${bout === null ? t("not_sitting") : boutText}</div>
          ${showing
            ? html`<div class="nudge" role="status">
                <strong>${this._kindLabel(nudge?.state)}${attributes.exercise_name
                  ? html`: ${String(attributes.exercise_name)}`
                  : nothing}</strong>
                <span class="muted"
                  >${typeof attributes.fired_at === "string"
                    ? formatTime(Date.parse(attributes.fired_at), language, this._displayZone)
                    : ""}
                  ${typeof attributes.level === "number"
                    ? `· ${t("nudge_level", { level: attributes.level })}`
                    : ""}</span
                >
                ${picture && this._nudgePicture.src
                  ? html`<img
                      class="exercise-picture"
                      src=${this._nudgePicture.src}
                      alt=${picture.alt}
                      @error=${this._nudgePictureMissing}
                    />`
                  : nothing}
                ${steps.length
                  ? html`<ol>
                      ${steps.map((step) => html`<li>${String(step)}</li>`)}
                    </ol>`
                  : nothing}
              </div>`
            : html`<div class="muted nudge-none">${t("no_nudge")}</div>`}
          ${!Number.isNaN(snoozedUntil) && snoozedUntil > this._now
            ? html`<div class="muted">
                ${t("snoozed_until", {
                  time: formatTime(snoozedUntil, language, this._displayZone),
                })}
              </div>`
            : nothing}
        </div>
      </div>
      ${step ? this._renderRoutine(step) : nothing}
      <div class="actions">
        <button
          class="primary"
          aria-label=${t("done_label")}
          ?disabled=${!showing || !entities.done || this._busy !== undefined}
          @click=${() => this._press(entities.done, "done")}
        >
          ${t("done")}
        </button>
        <button
          aria-label=${t("snooze_label")}
          ?disabled=${!entities.snooze || this._busy !== undefined}
          @click=${() => this._press(entities.snooze, "snooze")}
        >
          ${t("snooze")}
        </button>
        ${offered
          ? html`<button
              aria-label=${t("start_routine_label", { routine: t(`routine_${offered}`) })}
              ?disabled=${this._busy !== undefined}
              @click=${() => this._startRoutine(offered)}
            >
              ${t("start_routine")}
            </button>`
          : nothing}
        <button
          aria-label=${t("start_break_label")}
          ?disabled=${this._busy !== undefined}
          @click=${() => this._startBreak()}
        >
          ${t("start_break")}
        </button>
      </div>
      ${this._actionError
        ? html`<div class="message error" role="alert">
            ${t("action_failed", { error: this._actionError })}
          </div>`
        : nothing}
    </section>`;
  }

  /**
   * The routine's step, its picture and a countdown moved by the card's clock. Screen
   * readers are told each step, not each second: the countdown is out of the live region.
   * The picture is left undescribed: the step's text next to it says what it shows.
   */
  private _renderRoutine(step: RoutineStep): TemplateResult {
    const t = this._localize;
    const stepLabel = t("routine_step_of", { step: step.step, total: step.total });
    const countdown = countdownText(step.endsAt, this._now);
    return html`<div class="routine">
      <div class="routine-step" aria-live="polite">
        <strong>${t(`routine_${step.routine}`)}</strong>
        <span class="muted">${stepLabel}</span>
        <div class="routine-text">${step.text}</div>
      </div>
      ${countdown
        ? html`<div class="countdown" role="timer" aria-label=${t("routine_time_left")}>
            ${countdown}
          </div>`
        : nothing}
      <div
        class="meter"
        role="progressbar"
        aria-label=${t(`routine_${step.routine}`)}
        aria-valuemin="0"
        aria-valuemax=${step.total}
        aria-valuenow=${step.step}
        aria-valuetext=${stepLabel}
      >
        <div style="width: ${((step.step / Math.max(1, step.total)) * 100).toFixed(1)}%"></div>
      </div>
      ${this._routinePicture.src
        ? html`<img
            class="exercise-picture"
            src=${this._routinePicture.src}
            alt=""
            @error=${this._routinePictureMissing}
          />`
        : nothing}
      <button
        aria-label=${t("stop_routine_label")}
        ?disabled=${this._busy !== undefined}
        @click=${() => this._stopRoutine()}
      >
        ${t("stop_routine")}
      </button>
    </div>`;
  }

  private _renderToday(entities: WorkstationEntities): TemplateResult {
    const t = this._localize;
    const language = this._language;
    const todayStart = startOfDay(this._now, this._serverZone);
    const postureState = this._state(entities.posture);
    const { seated, standing } = this._liveTotals(entities);
    const goal = this._standingGoal(entities);

    let ribbon: TemplateResult;
    if (this._todayError) {
      ribbon = html`<div class="message error" role="alert">
        ${t("history_failed", { error: this._todayError })}
      </div>`;
    } else if (!this._today) {
      ribbon = html`<div class="message">${t("loading")}</div>`;
    } else {
      const current = postureState
        ? { at: Date.parse(postureState.last_changed), state: postureState.state }
        : undefined;
      const bands = bandsFromChanges(
        withCurrent(this._today.changes, current),
        todayStart,
        this._now,
      );
      const markers = nudgeMarkers(this._today.nudges, todayStart, this._now);
      ribbon = this._renderRibbon(bands, markers);
    }
    const goalShare = standing === null ? 0 : Math.min(1, standing / goal);
    return html`<section class="today-section">
      <h3>${t("today")}</h3>
      ${ribbon}
      <div class="totals">
        <div class="figure">
          <div class="muted">${t("seated_today")}</div>
          <div class="value">${seated === null ? "–" : formatDuration(seated, language)}</div>
        </div>
        <div class="figure">
          <div class="muted">${t("standing_today")}</div>
          <div class="value">
            ${standing === null ? "–" : formatDuration(standing, language)}
            <span class="muted">${t("goal_of", { goal: formatDuration(goal, language) })}</span>
          </div>
          <div
            class="meter"
            role="progressbar"
            aria-label=${t("standing_today")}
            aria-valuemin="0"
            aria-valuemax=${Math.round(goal)}
            aria-valuenow=${Math.round(standing ?? 0)}
          >
            <div style="width: ${(goalShare * 100).toFixed(1)}%"></div>
          </div>
        </div>
      </div>
    </section>`;
  }

  private _renderRibbon(bands: Band[], markers: NudgeMarker[]): TemplateResult {
    const t = this._localize;
    const language = this._language;
    const zone = this._displayZone;
    if (!bands.length) {
      return html`<div class="message">${t("ribbon_empty")}</div>`;
    }
    const start = bands[0].start;
    const end = bands[bands.length - 1].end;
    const span = Math.max(1, end - start);
    const position = (at: number) => (((at - start) / span) * 100).toFixed(3);
    const totals = bandTotals(bands);
    const summary = t("ribbon_summary", {
      start: formatTime(start, language, zone),
      end: formatTime(end, language, zone),
      sitting: formatDuration(totals.sitting, language),
      standing: formatDuration(totals.standing, language),
      away: formatDuration(totals.away, language),
      nudges: markers.length,
    });
    return html`
      <div class="markers" aria-hidden="true">
        ${markers
          .filter((marker) => marker.at >= start)
          .map(
            (marker) =>
              html`<span
                class="marker"
                style="left: ${position(marker.at)}%"
                title=${t("nudge_at", {
                  kind: this._kindLabel(marker.kind),
                  time: formatTime(marker.at, language, zone),
                })}
              ></span>`,
          )}
      </div>
      <div class="ribbon" role="img" aria-label=${summary}>
        ${bands.map(
          (band) =>
            html`<div
              class="band ${band.kind}"
              data-kind=${band.kind}
              data-minutes=${((band.end - band.start) / 60_000).toFixed(1)}
              style="left: ${position(band.start)}%; width: ${(
                ((band.end - band.start) / span) *
                100
              ).toFixed(3)}%"
              title="${this._postureLabel(band.kind)} ${formatTime(
                band.start,
                language,
                zone,
              )}–${formatTime(band.end, language, zone)}"
            ></div>`,
        )}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${formatTime(start, language, zone)}</span>
        <span>${formatTime(end, language, zone)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="dot sitting"></i>${t("sitting")} ${formatDuration(totals.sitting, language)}</span>
        <span><i class="dot standing"></i>${t("standing")} ${formatDuration(totals.standing, language)}</span>
        <span><i class="dot away"></i>${t("away")} ${formatDuration(totals.away, language)}</span>
      </div>
    `;
  }

  private _renderWeek(entities: WorkstationEntities): TemplateResult {
    const t = this._localize;
    const language = this._language;
    const days = this._days();
    const heading = html`<h3>${t("last_days", { days })}</h3>`;
    if (this._statisticsError) {
      return html`<section class="week-section">
        ${heading}
        <div class="message error" role="alert">
          ${t("statistics_failed", { error: this._statisticsError })}
        </div>
      </section>`;
    }
    if (!this._statistics) {
      return html`<section class="week-section">
        ${heading}
        <div class="message">${t("loading")}</div>
      </section>`;
    }
    if (!hasStatistics(this._statistics.seated, this._statistics.standing)) {
      return html`<section class="week-section">
        ${heading}
        <div class="message">${t("no_statistics")}</div>
      </section>`;
    }
    const totals = this._liveTotals(entities);
    const firstWeekday = WEEKDAYS.indexOf(this.hass?.locale?.first_weekday ?? "");
    const trend: Trend = buildTrend({
      seated: this._statistics.seated,
      standing: this._statistics.standing,
      todayStart: startOfDay(this._now, this._serverZone),
      today: { seated: totals.seated ?? 0, standing: totals.standing ?? 0 },
      count: days,
      timeZone: this._serverZone,
      firstWeekday: firstWeekday >= 0 ? firstWeekday : 1,
    });
    const highest = Math.max(
      60,
      ...trend.bars.map((bar) => (bar.seated ?? 0) + (bar.standing ?? 0)),
    );
    const height = (minutes: number | null) => `${(((minutes ?? 0) / highest) * 100).toFixed(2)}%`;
    const every = days > 7 ? 7 : 1;
    const duration = (minutes: number | null) =>
      minutes === null ? t("no_data") : formatDuration(minutes, language);
    return html`<section class="week-section">
      ${heading}
      <div class="bars" aria-hidden="true">
        ${trend.bars.map(
          (bar, index) =>
            html`<div
              class="bar ${index === trend.bars.length - 1 ? "today" : ""}"
              title="${formatDay(bar.start, language, this._serverZone)}: ${t("sitting")} ${duration(
                bar.seated,
              )}, ${t("standing")} ${duration(bar.standing)}"
            >
              <div class="seated" style="height: ${height(bar.seated)}"></div>
              <div class="standing" style="height: ${height(bar.standing)}"></div>
            </div>`,
        )}
      </div>
      <div class="bar-labels" aria-hidden="true">
        ${trend.bars.map(
          (bar, index) =>
            html`<span
              >${(trend.bars.length - 1 - index) % every === 0
                ? formatDay(bar.start, language, this._serverZone)
                : ""}</span
            >`,
        )}
      </div>
      <ul class="visually-hidden">
        ${trend.bars.map(
          (bar) =>
            html`<li>
              ${t("bars_summary", {
                day: formatDay(bar.start, language, this._serverZone),
                seated: duration(bar.seated),
                standing: duration(bar.standing),
              })}
            </li>`,
        )}
      </ul>
      <div class="compare">
        <div>
          <div class="muted">${t("average")}</div>
          <div>
            <span class="dot sitting"></span> ${duration(trend.averageSeated)}
            <span class="dot standing"></span> ${duration(trend.averageStanding)}
          </div>
        </div>
        <table class="weeks">
          <thead>
            <tr>
              <td></td>
              <th scope="col" class="muted">${t("this_week")}</th>
              <th scope="col" class="muted">${t("last_week")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><span class="dot sitting"></span> ${t("sitting")}</th>
              <td>${formatDuration(trend.thisWeek.seated, language)}</td>
              <td>${formatDuration(trend.lastWeek.seated, language)}</td>
            </tr>
            <tr>
              <th scope="row"><span class="dot standing"></span> ${t("standing")}</th>
              <td>${formatDuration(trend.thisWeek.standing, language)}</td>
              <td>${formatDuration(trend.lastWeek.standing, language)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

defineElement("backcare-card", BackcareCard);

interface CustomCardEntry {
  type: string;
  name: string;
  description: string;
  preview?: boolean;
  documentationURL?: string;
}

const customCards: CustomCardEntry[] = ((window as unknown as { customCards?: CustomCardEntry[] })
  .customCards ??= []);
if (!customCards.some((card) => card.type === "backcare-card")) {
  customCards.push({
    type: "backcare-card",
    name: "backcare",
    description:
      "Your day at the desk: posture, the sitting bout against the sit limit, today's ribbon and the week's trend.",
    preview: true,
    documentationURL: "https://github.com/backcare-ha/backcare#the-backcare-card",
  });
}
