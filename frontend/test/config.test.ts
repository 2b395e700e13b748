import { describe, expect, it } from "vitest";

import { configFromForm, editorSchema, formData } from "../src/editor-config";
import { findEntities, firstWorkstation } from "../src/entities";
import { TRANSLATIONS, localizer } from "../src/i18n";
import type { HomeAssistant } from "../src/types";

const entities: HomeAssistant["entities"] = {
  "sensor.office_desk_posture": {
    entity_id: "sensor.office_desk_posture",
    device_id: "desk1",
    platform: "backcare",
    translation_key: "posture",
  },
  // Renamed by the user: still found by its translation key.
  "sensor.my_sitting_timer": {
    entity_id: "sensor.my_sitting_timer",
    device_id: "desk1",
    platform: "backcare",
    translation_key: "sitting_since",
  },
  "sensor.office_desk_nudge": {
    entity_id: "sensor.office_desk_nudge",
    device_id: "desk1",
    platform: "backcare",
    translation_key: "nudge",
  },
  "button.office_desk_done": {
    entity_id: "button.office_desk_done",
    device_id: "desk1",
    platform: "backcare",
    translation_key: "done",
  },
  "sensor.other_desk_posture": {
    entity_id: "sensor.other_desk_posture",
    device_id: "desk2",
    platform: "backcare",
    translation_key: "posture",
  },
  // Another integration's entity on the same device is not the card's.
  "sensor.desk_height": {
    entity_id: "sensor.desk_height",
    device_id: "desk1",
    platform: "esphome",
    translation_key: "posture",
  },
};

describe("the workstation's entities", () => {
  it("are found by device, domain and translation key", () => {
    expect(findEntities(entities, "desk1")).toEqual({
      posture: "sensor.office_desk_posture",
      sittingSince: "sensor.my_sitting_timer",
      nudge: "sensor.office_desk_nudge",
      done: "button.office_desk_done",
    });
    expect(findEntities(entities, "gone")).toEqual({});
  });

  it("gives a new card the first workstation", () => {
    expect(firstWorkstation(entities)).toBe("desk1");
    expect(firstWorkstation({})).toBeUndefined();
  });
});

describe("the editor", () => {
  it("offers the devices of backcare only", () => {
    const device = editorSchema().find((field) => field.name === "device");
    expect(device?.selector).toEqual({ device: { filter: { integration: "backcare" } } });
  });

  it("shows sections unless turned off, and days as the select's value", () => {
    expect(formData({ type: "custom:backcare-card", device: "desk1", show_week: false })).toEqual(
      {
        type: "custom:backcare-card",
        device: "desk1",
        show_now: true,
        show_today: true,
        show_week: false,
        days: "7",
      },
    );
  });

  it("saves days as a number and leaves empty fields out", () => {
    expect(
      configFromForm(
        { type: "custom:backcare-card" },
        { type: "custom:backcare-card", device: "desk1", days: "30", title: "", show_now: false },
      ),
    ).toEqual({ type: "custom:backcare-card", device: "desk1", days: 30, show_now: false });
  });
});

describe("labels", () => {
  it("exist in every language, with the same placeholders", () => {
    const english = TRANSLATIONS.en;
    for (const [language, strings] of Object.entries(TRANSLATIONS)) {
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(english).sort());
      for (const [label, text] of Object.entries(strings)) {
        const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(text), `${language}.${label}`).toEqual(
          placeholders(english[label as keyof typeof english]),
        );
      }
    }
  });

  it("follow the user's language and fill in values", () => {
    expect(localizer("de")("done")).toBe("Erledigt");
    expect(localizer("nl-NL")("of_limit", { limit: "30 min" })).toBe("van 30 min");
    expect(localizer("fr")("snooze")).toBe("Plus tard");
    expect(localizer("es")("start_break")).toBe("Empezar pausa");
    expect(localizer("ja")("done")).toBe("Done");
  });
});
