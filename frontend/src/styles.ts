import { css } from "lit";

export const cardStyles = css`
  :host {
    display: block;
    --bc-sitting: var(--backcare-sitting-color, #f4a340);
    --bc-standing: var(--backcare-standing-color, #4caf7a);
    --bc-away: var(--backcare-away-color, var(--divider-color, #d0d0d0));
    --bc-unknown: var(--backcare-unknown-color, transparent);
  }
  ha-card {
    padding: 16px;
    box-sizing: border-box;
    color: var(--primary-text-color);
  }
  .card-title {
    font-size: var(--ha-card-header-font-size, 1.25rem);
    font-weight: 500;
    margin: 0 0 12px;
  }
  section + section {
    margin-top: 20px;
    padding-top: 16px;
    border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  h3 {
    font-size: 0.95rem;
    font-weight: 500;
    margin: 0 0 10px;
    color: var(--secondary-text-color);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .message {
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
    color: var(--primary-text-color);
    line-height: 1.4;
  }
  .message.error {
    border-left: 4px solid var(--error-color, #db4437);
  }
  .now {
    display: flex;
    gap: 16px;
    align-items: center;
    flex-wrap: wrap;
  }
  .ring {
    position: relative;
    width: 120px;
    height: 120px;
    flex: none;
  }
  .ring svg {
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring .track {
    stroke: var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  .ring .value {
    transition: stroke-dashoffset 0.6s ease, stroke 0.6s ease;
  }
  .ring .center {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
  }
  .ring .big {
    font-size: 1.3rem;
    font-weight: 600;
  }
  .ring .small,
  .muted {
    font-size: 0.85rem;
    color: var(--secondary-text-color);
  }
  .status {
    flex: 1 1 180px;
    min-width: 0;
  }
  .posture {
    font-size: 1.4rem;
    font-weight: 500;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .dot {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    display: inline-block;
    flex: none;
  }
  .dot.sitting {
    background: var(--bc-sitting);
  }
  .dot.standing {
    background: var(--bc-standing);
  }
  .dot.away,
  .dot.unknown {
    background: var(--bc-away);
  }
  .nudge {
    margin-top: 12px;
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .nudge strong {
    display: block;
  }
  .exercise-picture {
    display: block;
    width: 100%;
    max-width: 360px;
    aspect-ratio: 2 / 1;
    margin-top: 8px;
    border-radius: 12px;
  }
  .nudge ol {
    margin: 6px 0 0;
    padding-left: 20px;
  }
  .routine {
    margin-top: 12px;
    padding: 10px 12px;
    border-radius: 8px;
    border-left: 4px solid var(--primary-color, #03a9f4);
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .routine-step strong {
    margin-right: 8px;
  }
  .routine-text {
    margin-top: 4px;
    font-size: 1.1rem;
  }
  .countdown {
    font-size: 2rem;
    font-weight: 500;
    font-variant-numeric: tabular-nums;
    margin-top: 4px;
  }
  .routine .meter div {
    background: var(--primary-color, #03a9f4);
  }
  .routine button {
    margin-top: 10px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button {
    font: inherit;
    font-weight: 500;
    min-height: 40px;
    padding: 0 16px;
    border-radius: 20px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
  }
  button.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .ribbon {
    position: relative;
    height: 28px;
    border-radius: 6px;
    overflow: hidden;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .band {
    position: absolute;
    top: 0;
    bottom: 0;
  }
  .band.sitting {
    background: var(--bc-sitting);
  }
  .band.standing {
    background: var(--bc-standing);
  }
  .band.away {
    background: var(--bc-away);
  }
  .band.unknown {
    background: var(--bc-unknown);
  }
  .markers {
    position: relative;
    height: 12px;
  }
  .marker {
    position: absolute;
    top: 0;
    width: 0;
    height: 0;
    margin-left: -6px;
    border-left: 6px solid transparent;
    border-right: 6px solid transparent;
    border-bottom: 10px solid var(--primary-text-color);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.8rem;
    color: var(--secondary-text-color);
    margin-top: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin-top: 8px;
    font-size: 0.85rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    gap: 12px;
    margin-top: 14px;
  }
  .figure .value {
    font-size: 1.25rem;
    font-weight: 600;
  }
  .meter {
    height: 6px;
    border-radius: 3px;
    background: var(--divider-color, rgba(127, 127, 127, 0.25));
    overflow: hidden;
    margin-top: 4px;
  }
  .meter div {
    height: 100%;
    background: var(--bc-standing);
  }
  .bars {
    display: flex;
    align-items: flex-end;
    gap: 2px;
    height: 120px;
  }
  .bar {
    flex: 1 1 0;
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
    height: 100%;
  }
  .bar .seated {
    background: var(--bc-sitting);
  }
  .bar .standing {
    background: var(--bc-standing);
  }
  .bar.today {
    opacity: 0.75;
  }
  .bar-labels {
    display: flex;
    gap: 2px;
    font-size: 0.7rem;
    color: var(--secondary-text-color);
    margin-top: 4px;
  }
  .bar-labels span {
    flex: 1 1 0;
    text-align: center;
    overflow: hidden;
    white-space: nowrap;
  }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: 12px;
    margin-top: 12px;
    font-size: 0.9rem;
  }
  table.weeks {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  table.weeks th,
  table.weeks td {
    text-align: left;
    font-weight: normal;
    padding: 2px 12px 2px 0;
    vertical-align: bottom;
  }
  table.weeks th[scope="row"] {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
