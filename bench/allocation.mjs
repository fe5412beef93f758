// Where a typical decade allocates: V8's sampling heap profiler, counting objects the collector has
// already freed too, over one decade (seed 1) after `warm` decades in the same process (0: the first
// decade of a fresh process). `node bench/allocation.mjs [warm] [rows]` prints the megabytes
// allocated in all and the functions that allocated most. Not part of `npm run bench`: it is for
// finding what makes the collector run (docs/performance.md, "Allocation in the weekly loop").
import { Session } from 'node:inspector/promises';
import { createSimulation } from '../build/engine/run.js';
import { load } from './scenarios.mjs';

const warm = Number(process.argv[2] ?? 3);
const rows = Number(process.argv[3] ?? 12);
const scenario = load('default.json');
const decade = () => {
  const sim = createSimulation(scenario, { seed: 1, years: 10 });
  while (!sim.done) sim.step();
  sim.result();
};
for (let i = 0; i < warm; i++) decade();

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
decade();
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const byFunction = new Map();
let total = 0;
const walk = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  total += node.selfSize;
  if (node.selfSize > 0) byFunction.set(where, (byFunction.get(where) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
console.log(`${(total / 1e6).toFixed(1)} MB allocated in decade ${warm + 1} of this process`);
for (const [where, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB  ${where}`);
