/**
 * <hv-caseload-view>: every worker in post and every open child, on a canvas (a
 * typical authority is ~2,500 marks a frame, too many for SVG at 60 fps). Children glide to their new
 * worker when they are passed on, so a leaver's caseload is seen to scatter. Clicks on a worker or a
 * child are sent up as `worker-select` / `child-select`.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { emit } from '../events.js';
import { hitTest, layOut, PITCH, ROW, SQUARE, type Layout } from './layout.js';
import { countMarks, type Snapshot, type WorkerMark } from './snapshot.js';

/** Colour of a child's square by the number of workers she has had: 0 (waiting, never allocated), 1, 2, 3, 4+ (Okabe–Ito). */
export const COUNT_COLOURS = ['#8a8a8a', '#009E73', '#E69F00', '#D55E00', '#CC79A7'] as const;
const TYPE_COLOURS: Record<WorkerMark['type'], string> = { permanent: '#0072B2', 'newly-qualified': '#56B4E9', agency: '#E69F00' };
/** Seconds for a passed-on child to reach her new worker: slow enough for a room to follow. */
const GLIDE_SECONDS = 0.6;

export const colourForCount = (n: number): string => COUNT_COLOURS[Math.min(4, Math.max(0, n))];

@customElement('hv-caseload-view')
export class CaseloadView extends LitElement {
  @property({ attribute: false }) snapshot?: Snapshot;
  @property({ type: Number }) selectedWorker = -1;
  @property({ type: Number }) selectedChild = -1;
  /** Presentation mode: white on near-black. */
  @property({ type: Boolean, reflect: true }) dark = false;
  @query('canvas') private canvas?: HTMLCanvasElement;

  /** Where each child is drawn now; moves toward the layout's place for her. */
  private drawn = new Map<number, { x: number; y: number }>();
  private layout?: Layout;
  private frame = 0;
  private last = 0;
  /** Recent frame draw times in ms, for the frame-time read-out and docs/performance.md. */
  readonly frameTimes: number[] = [];
  marks = { workers: 0, children: 0 };

  static override styles = css`
    :host { display: block; }
    canvas { display: block; width: 100%; cursor: pointer; border-radius: 6px; }
    canvas:focus-visible { outline: 3px solid #E69F00; }
  `;

  /** Redraws at the new width when the window or the layout around the view changes size. */
  private resize = new ResizeObserver(() => this.schedule());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override updated(): void {
    this.schedule();
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame((now) => this.draw(now));
  }

  /** The screen box of a worker's row, for tests and tooltips. */
  workerBox(id: number): DOMRect | undefined {
    const box = this.layout?.workers.get(id);
    const rect = this.canvas?.getBoundingClientRect();
    if (!box || !rect || !this.layout) return undefined;
    const k = rect.width / this.layout.width;
    return new DOMRect(rect.left + box.x * k, rect.top + box.y * k, box.w * k, box.h * k);
  }

  childPoint(child: number): { x: number; y: number } | undefined {
    const at = this.layout?.children.get(child);
    const rect = this.canvas?.getBoundingClientRect();
    if (!at || !rect || !this.layout) return undefined;
    const k = rect.width / this.layout.width;
    return { x: rect.left + (at.x + SQUARE / 2) * k, y: rect.top + (at.y + SQUARE / 2) * k };
  }

  private draw(now: number): void {
    const canvas = this.canvas;
    const snap = this.snapshot;
    if (!canvas || !snap) return;
    const started = performance.now();
    const width = Math.max(600, canvas.clientWidth || 1200);
    const layout = layOut(snap, width);
    this.layout = layout;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(layout.height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(layout.height * ratio);
      canvas.style.height = `${layout.height}px`;
    }
    const g = canvas.getContext('2d');
    if (!g) return;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    const ink = this.dark ? '#ffffff' : '#1a1a1a';
    g.fillStyle = this.dark ? '#0b0b0b' : '#ffffff';
    g.fillRect(0, 0, width, layout.height);
    const dt = this.last === 0 ? 1 : Math.min(0.1, (now - this.last) / 1000);
    this.last = now;
    const step = Math.min(1, dt / (GLIDE_SECONDS / 4));
    let moving = false;

    snap.teams.forEach((team, i) => {
      const col = layout.columns[i];
      g.fillStyle = ink;
      g.font = '600 14px system-ui, sans-serif';
      g.fillText(`${team.label}: ${team.workers.length} workers`, col.x, 16);
      g.font = '12px system-ui, sans-serif';
      g.fillText(`Waiting for a worker: ${team.queue.length}`, col.x, 32);
      g.strokeStyle = this.dark ? '#666' : '#bbb';
      g.strokeRect(col.x + 0.5, col.queueTop + 0.5, col.w - 1, col.queueRows * PITCH + 5);
      for (const worker of team.workers) this.drawWorker(g, worker, layout, ink);
    });

    g.fillStyle = ink;
    g.font = '600 13px system-ui, sans-serif';
    g.fillText(`Not holding cases (managers, specialist and other posts): ${snap.others.length} staff`, 0, layout.othersTop - 6);
    for (const worker of snap.others) this.drawOther(g, worker, layout, ink);

    let children = 0;
    const seen = new Set<number>();
    for (const team of snap.teams) {
      const all = [team.queue, ...team.workers.map((w) => w.children)];
      for (const list of all) {
        for (const mark of list) {
          const target = layout.children.get(mark.child);
          if (!target) continue;
          seen.add(mark.child);
          let at = this.drawn.get(mark.child);
          if (!at) {
            at = { x: target.x, y: target.y };
            this.drawn.set(mark.child, at);
          } else if (at.x !== target.x || at.y !== target.y) {
            at.x += (target.x - at.x) * step;
            at.y += (target.y - at.y) * step;
            if (Math.abs(target.x - at.x) < 0.5 && Math.abs(target.y - at.y) < 0.5) [at.x, at.y] = [target.x, target.y];
            else moving = true;
          }
          g.fillStyle = colourForCount(mark.workers);
          g.fillRect(at.x, at.y, SQUARE, SQUARE);
          if (mark.child === this.selectedChild) {
            g.strokeStyle = ink;
            g.lineWidth = 2;
            g.strokeRect(at.x - 2, at.y - 2, SQUARE + 4, SQUARE + 4);
            g.lineWidth = 1;
          }
          children++;
        }
      }
    }
    for (const child of this.drawn.keys()) if (!seen.has(child)) this.drawn.delete(child); // closed cases

    this.marks = countMarks(snap);
    this.dataset.workers = String(this.marks.workers);
    this.dataset.children = String(children);
    // The teams drawn, in column order: whatever teams the scenario's structure has.
    this.dataset.teams = JSON.stringify(snap.teams.map((team) => team.label));
    this.frameTimes.push(performance.now() - started);
    if (this.frameTimes.length > 240) this.frameTimes.shift();
    if (moving) this.schedule();
    else this.last = 0;
  }

  /** A worker who holds no cases: her type's shape, her stress as the shape's fill strength, a dashed ring while on notice. */
  private drawOther(g: CanvasRenderingContext2D, worker: WorkerMark, layout: Layout, ink: string): void {
    const box = layout.workers.get(worker.id);
    if (!box) return;
    if (worker.id === this.selectedWorker) {
      g.fillStyle = this.dark ? '#203040' : '#dbeaf7';
      g.fillRect(box.x - 1, box.y - 1, box.w + 2, box.h + 2);
    }
    g.globalAlpha = worker.absent ? 0.4 : 1;
    this.shape(g, worker.type, box.x + box.w / 2, box.y + box.h / 2, 5, ink);
    if (worker.leaving) {
      g.setLineDash([2, 2]);
      g.strokeStyle = '#D55E00';
      g.strokeRect(box.x + 0.5, box.y + 0.5, box.w - 1, box.h - 1);
      g.setLineDash([]);
    }
    g.globalAlpha = 1;
  }

  /** Square = permanent, circle = newly qualified, diamond = agency: shape as well as colour. */
  private shape(g: CanvasRenderingContext2D, type: WorkerMark['type'], cx: number, cy: number, r: number, ink: string): void {
    g.fillStyle = TYPE_COLOURS[type];
    g.beginPath();
    if (type === 'permanent') g.rect(cx - r, cy - r, 2 * r, 2 * r);
    else if (type === 'newly-qualified') g.arc(cx, cy, r, 0, Math.PI * 2);
    else {
      g.moveTo(cx, cy - r - 1);
      g.lineTo(cx + r + 1, cy);
      g.lineTo(cx, cy + r + 1);
      g.lineTo(cx - r - 1, cy);
      g.closePath();
    }
    g.fill();
    g.strokeStyle = ink;
    g.stroke();
  }

  private drawWorker(g: CanvasRenderingContext2D, worker: WorkerMark, layout: Layout, ink: string): void {
    const box = layout.workers.get(worker.id);
    if (!box) return;
    const y = box.y;
    if (worker.id === this.selectedWorker) {
      g.fillStyle = this.dark ? '#203040' : '#dbeaf7';
      g.fillRect(box.x, y - 1, box.w, box.h + 2);
    } else if (worker.leaving) {
      g.fillStyle = this.dark ? '#3a1f14' : '#fde3d6';
      g.fillRect(box.x, y - 1, box.w, box.h + 2);
    }
    g.globalAlpha = worker.absent ? 0.4 : 1;
    const cy = y + ROW / 2;
    this.shape(g, worker.type, box.x + 6, cy, 5, ink);
    // Load against capacity: the bar's full width is 1.5 × capacity, the tick is capacity.
    const barX = box.x + 16;
    const barW = 48;
    const share = worker.capacity > 0 ? Math.min(1.5, worker.load / worker.capacity) : worker.load > 0 ? 1.5 : 0;
    g.fillStyle = this.dark ? '#333' : '#e6e6e6';
    g.fillRect(barX, y + 4, barW, 8);
    g.fillStyle = share > 1 ? '#D55E00' : '#0072B2';
    g.fillRect(barX, y + 4, (barW * share) / 1.5, 8);
    g.fillStyle = ink;
    g.fillRect(barX + barW / 1.5, y + 2, 1.5, 12);
    // Stress: a dot from pale to deep red.
    g.fillStyle = `rgba(213, 94, 0, ${0.15 + 0.85 * Math.min(1, worker.stress)})`;
    g.beginPath();
    g.arc(box.x + 74, cy, 5, 0, Math.PI * 2);
    g.fill();
    if (worker.leaving) {
      g.setLineDash([3, 2]);
      g.strokeStyle = '#D55E00';
      g.strokeRect(box.x + 0.5, y - 0.5, box.w - 1, box.h + 1);
      g.setLineDash([]);
    }
    g.globalAlpha = 1;
  }

  private onClick(event: MouseEvent): void {
    if (!this.layout || !this.canvas) return;
    const rect = this.canvas.getBoundingClientRect();
    const k = this.layout.width / rect.width;
    const hit = hitTest(this.layout, (event.clientX - rect.left) * k, (event.clientY - rect.top) * k);
    if (hit.child !== undefined) emit(this, 'child-select', { child: hit.child });
    else if (hit.worker !== undefined) emit(this, 'worker-select', { worker: hit.worker });
  }

  override render() {
    return html`<canvas role="img" aria-label="Caseload view: every worker by team with the children she holds; squares coloured by how many workers each child has had"
      @click=${this.onClick}></canvas>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hv-caseload-view': CaseloadView;
  }
}
