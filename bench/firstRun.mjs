// The same run, repeated in one fresh process: how much slower the first is than the warm ones (JIT
// warm-up: parsing, compiling, optimising, and any deoptimisation). `node bench/firstRun.mjs <preset.json>
// <years> <repeats>` prints one JSON line with every run's time; every run uses seed 1, so all do the
// same work. CPU time (process.cpuUsage: every thread, so V8's background compilers too) is reported
// beside wall time because it is steadier on a shared machine.
import { createSimulation } from '../build/engine/run.js';
import { load } from './scenarios.mjs';

const [name, yearsText, repeatsText] = process.argv.slice(2);
const scenario = load(name);
const years = Number(yearsText);
const times = [];
const cpu = [];
for (let r = 0; r < Number(repeatsText); r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = createSimulation(scenario, { seed: 1, years });
  while (!sim.done) sim.step();
  sim.result();
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
// Warm: the median of the second half of the runs, after V8 has settled.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const half = Math.floor(times.length / 2);
const warmMs = median(times.slice(half));
const warmCpuMs = median(cpu.slice(half));
console.log(JSON.stringify({ firstMs: times[0], warmMs, ratio: times[0] / warmMs, firstCpuMs: cpu[0], warmCpuMs, cpuRatio: cpu[0] / warmCpuMs, times, cpu }));
