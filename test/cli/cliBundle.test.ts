/**
 * The bundled CLI (src/node/cliBundle.ts): used only while it is newer than every file it was made
 * from, its code cache taken by V8 when it matches and ignored when it does not, and its output the
 * same bytes as the separate modules'.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILES, loadCliBundle } from '../../src/node/cliBundle.js';
import { handover, ROOT } from './spawn.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project root holding a bundle whose main answers 7, made from one input, `build/x.js`. */
function project(): { root: URL; at: (relative: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'handover-bundle-'));
  dirs.push(dir);
  const at = (relative: string) => join(dir, relative);
  mkdirSync(at('build/bundle'), { recursive: true });
  writeFileSync(at('build/x.js'), 'export {};\n');
  writeFileSync(at(BUNDLE_FILES.script), 'exports.main = async () => 7;\n');
  writeFileSync(at(BUNDLE_FILES.manifest), JSON.stringify({ inputs: ['build/x.js'] }));
  const past = new Date(Date.now() - 60_000);
  utimesSync(at('build/x.js'), past, past);
  return { root: pathToFileURL(`${dir}/`), at };
}

describe('the bundled CLI', () => {
  it('is used while it is newer than its inputs, and not once one of them changes or goes', async () => {
    const { root, at } = project();
    const fresh = loadCliBundle(root);
    expect(fresh?.cache).toBe('absent');
    expect(await fresh?.main([])).toBe(7);

    const later = new Date(Date.now() + 60_000);
    utimesSync(at('build/x.js'), later, later);
    expect(loadCliBundle(root)).toBeUndefined();

    rmSync(at('build/x.js'));
    expect(loadCliBundle(root)).toBeUndefined();
  });

  it('is not used without its list of inputs', () => {
    const { root, at } = project();
    rmSync(at(BUNDLE_FILES.manifest));
    expect(loadCliBundle(root)).toBeUndefined();
  });

  it('runs without a code cache that does not match it', async () => {
    const { root, at } = project();
    writeFileSync(at(BUNDLE_FILES.cache), 'not a code cache');
    const loaded = loadCliBundle(root);
    expect(loaded?.cache).toBe('rejected');
    expect(await loaded?.main([])).toBe(7);
  });

  it('is built with a code cache that a plain node process accepts', () => {
    // A fresh process with no flags, as bin/handover.js runs: V8 refuses a cache made under other flags.
    const loader = pathToFileURL(join(ROOT, 'build/node/cliBundle.js')).href;
    const ran = spawnSync(process.execPath, ['--input-type=module', '-e', `import { loadCliBundle } from ${JSON.stringify(loader)}; console.log(loadCliBundle()?.cache);`], { cwd: ROOT, encoding: 'utf8' });
    expect(ran.stdout.trim()).toBe('accepted');
  });

  it('writes the same bytes as the separate modules', () => {
    const args = ['run', 'scenarios/default.json', '--seed', '3', '--years', '2', '--format', 'csv', '--quiet'];
    const bundled = handover(args);
    const main = pathToFileURL(join(ROOT, 'build/cli/main.js')).href;
    const modules = spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(${JSON.stringify(args)});`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(bundled.status).toBe(0);
    expect(modules.status).toBe(0);
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect(bundled.stdout).toBe(modules.stdout);
  });
});
