// The card's visual editor: the workstation (a device of backcare) and the sections.

import { LitElement, html, nothing, type TemplateResult } from "lit";

import { configFromForm, editorSchema, formData, type SchemaField } from "./editor-config";
import { localizer, type Label } from "./i18n";
import type { BackcareCardConfig, HomeAssistant } from "./types";
import { defineElement } from "./define";

export class BackcareCardEditor extends LitElement {
  static properties = {
    hass: { attribute: false },
    _config: { state: true },
  };

  hass?: HomeAssistant;
  private _config?: BackcareCardConfig;

  setConfig(config: BackcareCardConfig): void {
    this._config = config;
  }

  connectedCallback(): void {
    super.connectedCallback();
    // ha-form is loaded lazily by Home Assistant: a built-in card's editor brings it.
    if (!customElements.get("ha-form")) {
      const tile = customElements.get("hui-tile-card") as
        | { getConfigElement?: () => Promise<unknown> }
        | undefined;
      void tile?.getConfigElement?.();
    }
  }

  protected render(): TemplateResult | typeof nothing {
    if (!this.hass || !this._config) return nothing;
    const t = localizer(this.hass.locale?.language ?? this.hass.language);
    return html`<ha-form
      .hass=${this.hass}
      .data=${formData(this._config)}
      .schema=${editorSchema()}
      .computeLabel=${(field: SchemaField) => t(`editor_${field.name}` as Label)}
      @value-changed=${this._changed}
    ></ha-form>`;
  }

  private _changed(event: CustomEvent<{ value: Record<string, unknown> }>): void {
    event.stopPropagation();
    if (!this._config) return;
    this._config = configFromForm(this._config, event.detail.value);
    this.dispatchEvent(
      new CustomEvent("config-changed", {
        detail: { config: this._config },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

defineElement("backcare-card-editor", BackcareCardEditor);
