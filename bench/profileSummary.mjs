// Summarises a V8 CPU profile (`node --cpu-prof`): self time by function, with the file it is in,
// largest first. `node bench/profileSummary.mjs <file.cpuprofile> [rows]` prints a Markdown table.
import { readFileSync } from 'node:fs';

const [file, rowsText] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
// Each sample is the node running then; the gap to the next sample is its time.
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const { functionName, url } = node.callFrame;
  const where = url.replace(/^.*\/(build|node_modules)\//, '$1/').replace(/^node:/, 'node:');
  const key = `${functionName || '(anonymous)'}\t${where}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsText ?? 15));
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n\n| function | where | self ms | share |\n|---|---|---|---|`);
for (const [key, us] of rows) {
  const [name, where] = key.split('\t');
  console.log(`| \`${name}\` | ${where || '—'} | ${(us / 1000).toFixed(1)} | ${((100 * us) / total).toFixed(1)}% |`);
}
