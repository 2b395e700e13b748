// The editor's form: its fields and how they map to the card's config.

import { DOMAIN } from "./entities";
import type { BackcareCardConfig } from "./types";

export interface SchemaField {
  name: string;
  required?: boolean;
  selector: Record<string, unknown>;
}

export function editorSchema(): SchemaField[] {
  return [
    { name: "device", required: true, selector: { device: { filter: { integration: DOMAIN } } } },
    { name: "title", selector: { text: {} } },
    { name: "show_now", selector: { boolean: {} } },
    { name: "show_today", selector: { boolean: {} } },
    { name: "show_week", selector: { boolean: {} } },
    {
      name: "days",
      selector: {
        select: {
          mode: "dropdown",
          options: [
            { value: "7", label: "7" },
            { value: "30", label: "30" },
          ],
        },
      },
    },
    {
      name: "sit_limit",
      selector: { number: { min: 1, max: 240, mode: "box", unit_of_measurement: "min" } },
    },
    {
      name: "standing_goal",
      selector: { number: { min: 1, max: 600, mode: "box", unit_of_measurement: "min" } },
    },
  ];
}

/** The form's data: sections shown unless turned off, days as the select's string. */
export function formData(config: BackcareCardConfig): Record<string, unknown> {
  return {
    show_now: true,
    show_today: true,
    show_week: true,
    ...config,
    days: String(Number(config.days) === 30 ? 30 : 7),
  };
}

/** The config the form's data makes: days as a number, empty fields left out. */
export function configFromForm(
  previous: BackcareCardConfig,
  value: Record<string, unknown>,
): BackcareCardConfig {
  const config: Record<string, unknown> = { ...value, type: previous.type };
  config.days = Number(value.days) === 30 ? 30 : 7;
  for (const key of Object.keys(config)) {
    if (config[key] === "" || config[key] === undefined || config[key] === null) {
      delete config[key];
    }
  }
  return config as unknown as BackcareCardConfig;
}
