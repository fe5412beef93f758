/**
 * Where the time from pressing Run to the result drawn goes, read from a Chrome trace of the clicks
 * (categories in TRACE_CATEGORIES) by the browser workload (bench/browser.ts): for each click on Run,
 * the main thread's and the engine worker's tasks give
 * - request: the click to the worker starting the run;
 * - worker: the run in the worker, to its result posted (wall), with the worker's CPU time;
 * - toPage: the result posted to the page starting to handle it;
 * - handling: the page's task that receives the result (summaries, then drawing the visible charts);
 * - frame: from there to the next frame committed (style, layout, paint);
 * and the CPU time of the worker's run and of the main thread over the whole click. On a shared
 * machine the wall times stretch with the load; the CPU times do not.
 * The press-to-drawn figure itself is measured in the page (bench/browser.ts); what it holds beyond
 * these is the wait for the frame after that one.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface ClickPhases {
  request: number;
  worker: number;
  workerCpu: number;
  toPage: number;
  handling: number;
  frame: number;
  /** The main thread's CPU time from the click to that frame: handling the click, the rows streamed, the live drawing, the result. */
  mainCpu: number;
}

export function breakdown(trace: Buffer | string): ClickPhases[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const on = (name: string) => (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === name && e.ph === 'X';
  const main = events.filter(on('CrRendererMain')).sort((a, b) => a.ts - b.ts);
  const worker = events.filter(on('DedicatedWorker thread')).sort((a, b) => a.ts - b.ts);
  const clicks = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const out: ClickPhases[] = [];
  clicks.forEach((click, i) => {
    const until = clicks[i + 1]?.ts ?? Infinity;
    const tasks = worker.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= click.ts && e.ts < until);
    // The run's first task runs set-up, warm-up and the first weeks; a cancel is a short task before it.
    const first = tasks.find((e) => (e.dur ?? 0) > 5000);
    // The worker's last message of the run is its result (it posts nothing after it).
    const posted = worker.filter((e) => e.name === 'SerializedScriptValueFactory::create' && e.ts >= click.ts && e.ts < until).at(-1);
    if (!first || !posted) return;
    const received = main.find((e) => e.name === 'HandlePostMessage' && e.ts >= end(posted) && e.ts < until);
    if (!received) return;
    const commit = main.find((e) => e.name === 'Commit' && e.ts >= end(received));
    if (!commit) return;
    const run = tasks.filter((e) => e.ts >= first.ts && e.ts < end(posted));
    const pageTasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= click.ts - 1000 && e.ts < end(commit));
    out.push({
      request: (first.ts - click.ts) / 1000,
      worker: (end(posted) - first.ts) / 1000,
      workerCpu: run.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
      toPage: (received.ts - end(posted)) / 1000,
      handling: (received.dur ?? 0) / 1000,
      frame: (end(commit) - end(received)) / 1000,
      mainCpu: pageTasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    });
  });
  return out;
}
