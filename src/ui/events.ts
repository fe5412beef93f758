/**
 * Every event a component of the app or of trainer mode sends up, with its detail, as one typed map.
 * `emit` only accepts these names and details, and HTMLElementEventMap makes `addEventListener` typed
 * too, so a listener and its sender cannot drift apart.
 */
export interface LeverChangeDetail {
  path: string;
  value: unknown;
}

/** An event that carries nothing but its name. */
type Signal = Record<string, never>;

export interface HandoverEventDetails {
  /** A lever, the seed, the years or the scheduled changes were edited. */
  'lever-change': LeverChangeDetail;
  'preset-change': { key: string };
  /** An English authority was chosen to start from, by its ONS code. */
  'authority-pick': { code: string };
  'reset-request': Signal;
  'replications-change': { replications: number };
  'run-request': Signal;
  'cancel-request': Signal;
  'pin-request': Signal;
  'unpin-request': Signal;
  'copy-link': Signal;
  'import-request': { file: File };
  'export-scenario': Signal;
  'export-csv': { kind: 'series' | 'summary' };
  'open-trainer': Signal;
  'save-scenario': { name: string };
  'open-scenario': { name: string };
  'delete-scenario': { name: string };
  /** Trainer mode: a worker or a child was chosen (on the canvas or from a list). */
  'worker-select': { worker: number };
  'child-select': { child: number };
  /** Trainer mode: the chosen worker hands in her notice now. */
  'leave-request': { worker: number };
  /** Trainer mode: a bundled story by key, or '' for free play. */
  'story-change': { key: string };
  'play-toggle': Signal;
  'step-request': Signal;
  /** Trainer mode: weeks a second. */
  'speed-change': { speed: number };
  'present-toggle': Signal;
}

export type HandoverEventName = keyof HandoverEventDetails;
export type HandoverEvents = { [K in HandoverEventName]: CustomEvent<HandoverEventDetails[K]> };

/** Sends one of the app's events from `host`, bubbling out of shadow roots to the component that acts. */
export function emit<K extends HandoverEventName>(host: HTMLElement, type: K, ...detail: HandoverEventDetails[K] extends Signal ? [] : [HandoverEventDetails[K]]): void {
  host.dispatchEvent(new CustomEvent(type, { detail: detail[0] ?? {}, bubbles: true, composed: true }));
}

declare global {
  // Declaration merging needs an interface; the members come from the map above.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends HandoverEvents {}
}
