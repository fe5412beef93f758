#!/usr/bin/env node
// Engine benchmarks: wall time (median of several runs after warm-up), agent-steps per second
// (workers + open cases, summed over weeks) and peak memory. Runs the compiled engine in build/
// (`npm run bench` compiles it first), never inside a test runner.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createSimulation } from '../build/engine/run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const smoke = process.argv.includes('--smoke');

function load(name) {
  const path = join(root, 'scenarios', name);
  if (!existsSync(path)) return undefined;
  let doc = JSON.parse(readFileSync(path, 'utf8'));
  // Presets extend default.json: merge one level of `extends` here so the bench needs no resolver.
  if (doc.extends) doc = merge(load(doc.extends.replace(/^\.\//, '').replace(/^(?!.*\.json$)(.*)$/, '$1.json')), doc);
  return doc;
}

function merge(base, over) {
  const out = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object') out[k] = merge(out[k], v);
    else out[k] = v;
  }
  return out;
}

function measure(label, scenario, years, repeats) {
  const times = [];
  let agentSteps = 0;
  let peak = 0;
  const warmups = smoke ? 0 : 2;
  for (let r = 0; r < repeats + warmups; r++) {
    const sim = createSimulation(scenario, { seed: r + 1, years });
    const t0 = performance.now();
    let steps = 0;
    while (!sim.done) {
      sim.step();
      steps += sim.state.workers.activeCount + sim.state.openCases;
    }
    sim.result();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (r >= warmups) {
      times.push(ms);
      agentSteps = steps;
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(1).padStart(8)} ms   ` +
      `${((agentSteps / median) * 1000 / 1e6).toFixed(1).padStart(6)} M agent-steps/s   peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
}

const typical = load('default.json');
measure(smoke ? 'typical authority, smoke (1 year)' : 'typical authority, 10 years', typical, smoke ? 1 : 10, smoke ? 1 : 7);
const england = load('england.json');
// The smoke run keeps England small: a tenth of its weeks are enough to show it still runs.
if (england) measure(smoke ? 'England scale, smoke (warm-up only)' : 'England scale, 1 year', smoke ? { ...england, run: { ...england.run, warmupWeeks: 4 } } : england, smoke ? 0 : 1, smoke ? 1 : 3);
