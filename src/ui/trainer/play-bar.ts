/**
 * <hv-play-bar>: trainer mode's toolbar — the story, play/pause, step, speed, reset, export, open a
 * file, present, and the week. It only sends events; <hv-trainer> acts on them.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../events.js';
import { STORIES } from './stories.js';
import { controlStyles } from './styles.js';

const SPEEDS = [1, 2, 4, 8, 16, 32];

@customElement('hv-play-bar')
export class PlayBar extends LitElement {
  /** The bundled story playing, or '' for free play or a story from a file. */
  @property() storyKey = '';
  /** The title of a story opened from a file, if one is playing. */
  @property() fileStory = '';
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) speed = 4;
  @property({ type: Boolean }) presenting = false;
  @property({ type: Number }) week = 0;
  @property({ type: Number }) total = 0;

  static override styles = controlStyles;

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) emit(this, 'import-request', { file });
  }

  override render() {
    return html`<div class="bar" role="toolbar" aria-label="Play controls">
      <label>Story
        <select id="story" @change=${(e: Event) => emit(this, 'story-change', { key: (e.target as HTMLSelectElement).value })}>
          ${[...STORIES].map(([key, s]) => html`<option value=${key} ?selected=${key === this.storyKey}>${s.title}</option>`)}
          <option value="" ?selected=${this.storyKey === '' && this.fileStory === ''}>Free play: the average authority</option>
          ${this.storyKey === '' && this.fileStory !== '' ? html`<option value="" selected>${this.fileStory} (from file)</option>` : nothing}
        </select></label>
      <button id="play" class="primary" @click=${() => emit(this, 'play-toggle')} aria-pressed=${this.playing ? 'true' : 'false'}>${this.playing ? 'Pause' : 'Play'}</button>
      <button id="step" @click=${() => emit(this, 'step-request')}>Step a week</button>
      <label>Speed
        <select id="speed" @change=${(e: Event) => emit(this, 'speed-change', { speed: Number((e.target as HTMLSelectElement).value) })}>
          ${SPEEDS.map((v) => html`<option value=${v} ?selected=${v === this.speed}>${v} week${v === 1 ? '' : 's'} a second</option>`)}
        </select></label>
      <button id="reset" @click=${() => emit(this, 'reset-request')} title="Start again from week 1, keeping the changes made so far">Reset</button>
      <button id="export" @click=${() => emit(this, 'export-scenario')}>Export scenario</button>
      <label class="file">Open a story or scenario<input id="file" type="file" accept="application/json,.json" @change=${this.onFile}></label>
      <button id="present" @click=${() => emit(this, 'present-toggle')} aria-pressed=${this.presenting ? 'true' : 'false'}>${this.presenting ? 'Leave presentation' : 'Present'}</button>
      <span class="week" data-testid="week">Week ${this.week} of ${this.total}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-play-bar': PlayBar;
  }
}
