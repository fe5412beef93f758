// One benchmark measurement in its own process, so peak memory (maxRSS) belongs to this workload
// alone: `node bench/simulate.mjs <preset.json> <years> <repeats> [scale]` prints one JSON line.
import { createSimulation } from '../build/engine/run.js';
import { load, scaled } from './scenarios.mjs';

const [name, yearsText, repeatsText, scaleText] = process.argv.slice(2);
const years = Number(yearsText);
const repeats = Number(repeatsText);
const scale = Number(scaleText ?? 1);
let scenario = load(name);
if (scale !== 1) scenario = scaled(scenario, scale);
const warmupRuns = repeats > 1 ? 1 : 0;

const times = [];
const cpuTimes = [];
let agentSteps = 0;
let weeks = 0;
for (let r = 0; r < repeats + warmupRuns; r++) {
  // Set-up (seeding the workforce and caseload) is part of the workload's time.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = createSimulation(scenario, { seed: r + 1, years });
  let steps = 0;
  let n = 0;
  while (!sim.done) {
    sim.step();
    steps += sim.state.workers.activeCount + sim.state.openCases;
    n++;
  }
  sim.result();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (r >= warmupRuns) {
    times.push(ms);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    agentSteps = steps;
    weeks = n;
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
// CPU time (every thread of the process) beside wall time: steadier when other work shares the cores.
const medianCpuMs = cpuTimes[Math.floor(cpuTimes.length / 2)];
// maxRSS is in kilobytes.
console.log(JSON.stringify({ medianMs: median, medianCpuMs, agentSteps, weeks, peakMb: process.resourceUsage().maxRSS / 1024, runs: times.length }));
