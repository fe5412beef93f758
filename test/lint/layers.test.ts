/**
 * The import direction of src/ (eslint.config.js, README "Project layout") is enforced, not just
 * written down: every folder-to-folder import is linted through ESLint's Node API and must be refused
 * exactly when the layer table forbids it.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

interface LayerTable {
  LAYERS: string[][];
  PURE: string[];
  mayImport(folder: string): string[];
}

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
let table: LayerTable;

beforeAll(async () => {
  table = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as LayerTable;
});

/** The messages of the no-restricted-imports rule for `source` imported by a file at `filePath`. */
async function refusals(filePath: string, source: string): Promise<string[]> {
  const code = `import type { Probe } from '${source}';\nexport type Seen = Probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import direction', () => {
  it('places every folder of src/ in exactly one layer', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const placed = table.LAYERS.flat();
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual([...folders].sort());
  });

  it('refuses the forbidden import named in the layout: the UI into src/engine/step.ts', async () => {
    const messages = await refusals('src/engine/step.ts', '../ui/chartSpecs.js');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/engine may not import src/ui');
  });

  it('refuses every folder-to-folder import the layers forbid and allows the rest, from any depth', async () => {
    const folders = table.LAYERS.flat();
    const wrong: string[] = [];
    for (const from of folders) {
      const allowed = table.mayImport(from);
      for (const to of folders) {
        if (to === from) continue;
        for (const [file, source] of [[`src/${from}/probe.ts`, `../${to}/probe.js`], [`src/${from}/sub/probe.ts`, `../../${to}/probe.js`]]) {
          const refused = (await refusals(file, source)).length > 0;
          if (refused === allowed.includes(to)) wrong.push(`${file} → ${source}: ${refused ? 'refused' : 'allowed'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('points one way: no folder can reach itself through what it may import', () => {
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const to of table.mayImport(from)) if (!seen.has(to)) reaches(to, seen.add(to));
      return seen;
    };
    for (const folder of table.LAYERS.flat()) expect(reaches(folder).has(folder), folder).toBe(false);
  });

  it('keeps Node out of the pure core and allows it at the edges', async () => {
    for (const folder of table.PURE) expect(await refusals(`src/${folder}/probe.ts`, 'node:fs'), folder).toHaveLength(1);
    expect(await refusals('src/node/probe.ts', 'node:fs')).toEqual([]);
  });

  it('leaves the engine free to import what sits below it', async () => {
    expect(await refusals('src/engine/step.ts', '../rules/agency.js')).toEqual([]);
    expect(await refusals('src/rules/agency.ts', '../state/state.js')).toEqual([]);
  });
});
