/** The events the editor and controls send up to <handover-app>, as a typed map. */
export interface LeverChangeDetail {
  path: string;
  value: unknown;
}

export interface HandoverEvents {
  'lever-change': CustomEvent<LeverChangeDetail>;
  'preset-change': CustomEvent<{ key: string }>;
}

export function emit<K extends keyof HandoverEvents>(host: HTMLElement, type: K, detail: HandoverEvents[K]['detail']): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
