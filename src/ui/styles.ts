/** Layout of the app shell: the scenario editor beside the results, stacked on narrow screens. */
import { css } from 'lit';

export const appStyles = css`
  :host { display: grid; grid-template-columns: minmax(20rem, 26rem) 1fr; gap: 1.2rem; align-items: start; }
  aside { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 0 0.5rem 2rem 0; }
  h2 { margin: 0.3rem 0 0.6rem; font-size: 1.3rem; }
  main { min-width: 0; display: flex; flex-direction: column; gap: 0.8rem; }
  .status { min-height: 1.3em; margin: 0; font-weight: 600; color: #1a1a1a; }
  .notice { display: flex; gap: 0.8rem; align-items: start; border: 2px solid #E69F00; background: #fff8e5; border-radius: 6px; padding: 0.4rem 0.8rem; }
  .notice ul { margin: 0; padding-left: 1.1rem; flex: 1; }
  .notice button { font: inherit; padding: 0.2rem 0.6rem; border-radius: 5px; border: 1px solid #555; background: #fff; cursor: pointer; }
  .notice button:focus-visible { outline: 3px solid #0072B2; }
  .import-error { border: 2px solid #D55E00; background: #fff4ec; border-radius: 6px; padding: 0.5rem 0.8rem; }
  @media (max-width: 900px) {
    :host { grid-template-columns: 1fr; }
    aside { position: static; max-height: none; }
  }
`;
