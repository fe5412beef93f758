/** Trainer mode's layout, and presentation mode: large type and high contrast for a projector. */
import { css } from 'lit';

/** Controls as trainer mode draws them, shared by its components; colours follow the page's --ink and --paper. */
export const controlStyles = css`
  :host { display: block; }
  .bar { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 0.8rem; margin-bottom: 0.4rem; }
  label { display: flex; flex-direction: column; font-weight: 600; font-size: 0.85em; }
  select, input, button { font: inherit; }
  select { padding: 0.25rem; }
  button { font-weight: 600; padding: 0.4rem 0.8rem; border-radius: 6px; border: 1px solid #555; background: var(--paper); color: var(--ink); cursor: pointer; }
  button.primary { background: #0072B2; color: #fff; border-color: #0072B2; min-width: 5.5em; }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
  .file input { font-size: 0.8em; }
  .week { font-weight: 700; font-size: 1.1em; margin-left: auto; font-variant-numeric: tabular-nums; }
  h3 { margin: 0 0 0.4rem; font-size: 1.05em; }
  .pickers { display: flex; flex-direction: column; gap: 0.3rem; margin-bottom: 0.4rem; }
  .pickers select { max-width: 100%; }
`;

const layoutStyles = css`
  :host { display: block; --ink: #111; --paper: #fff; --muted: #555; }
  :host([presenting]) { --ink: #fff; --paper: #0b0b0b; --muted: #ddd; font-size: 1.35rem; background: #0b0b0b; color: #fff; padding: 0.6rem; }
  .narration { border-left: 6px solid #56B4E9; background: #eef7fd; color: #111; padding: 0.5rem 0.8rem; margin: 0.4rem 0; font-size: 1.1em; }
  :host([presenting]) .narration { background: #12324a; color: #fff; }
  .narration button { margin-left: 0.6rem; }
  .message { margin: 0.3rem 0; font-weight: 600; }
  .error { border: 2px solid #D55E00; background: #fff4ec; color: #111; border-radius: 6px; padding: 0.4rem 0.8rem; }
  .layout { display: grid; grid-template-columns: 1fr minmax(16rem, 22rem); gap: 1rem; align-items: start; }
  .legend { font-size: 0.85em; margin: 0.2rem 0 0.4rem; }
  .legend span { margin-right: 0.7rem; white-space: nowrap; }
  .legend i { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.25em; vertical-align: -0.05em; border-radius: 2px; }
  .panel { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 0.7rem; margin-bottom: 0.6rem; background: var(--paper); color: var(--ink); }
  .panel h3 { margin: 0 0 0.4rem; font-size: 1.05em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0.6rem; margin-top: 0.8rem; }
  :host([presenting]) .charts { background: #fff; color: #111; padding: 0.4rem; border-radius: 6px; }
  @media (max-width: 1000px) { .layout { grid-template-columns: 1fr; } }
`;

export const trainerStyles = [controlStyles, layoutStyles];
