/**
 * Trainer mode's keys, on the whole window while the page is open: Space plays and pauses, → steps a
 * week, F presents. Keys typed into a field are left alone, and Space on a focused button presses it,
 * as keyboard users expect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Shortcuts {
  toggle(): void;
  step(): void;
  present(): void;
}

export class ShortcutsController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly actions: Shortcuts) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const tag = target instanceof HTMLElement ? target.tagName : '';
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag)) return;
    if (event.key === ' ') {
      if (tag === 'BUTTON') return;
      event.preventDefault();
      this.actions.toggle();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.actions.step();
    } else if (event.key === 'f' || event.key === 'F') {
      this.actions.present();
    }
  };
}
