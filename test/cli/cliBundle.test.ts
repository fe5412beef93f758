/**
 * The bundled CLI (src/node/cliBundle.ts) and the start-up script bin/handover.js requires
 * (src/cli/start.ts): each used only while it is newer than every file it was made from, the code
 * cache taken by V8 when it matches and ignored when it does not, and the output the same bytes as the
 * separate modules'.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILES, bundleIsFresh, loadCliBundle } from '../../src/node/cliBundle.js';
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

/**
 * A copy of the project whose bin/handover.js sees build/bundle/ as `bundle` leaves it (the rest of
 * build/, the scenarios and node_modules are the real ones, linked), for the start-up script's rules.
 */
function installed(bundle: (at: (relative: string) => string) => void): (args: string[]) => { status: number | null; stdout: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'handover-start-'));
  dirs.push(dir);
  const at = (relative: string) => join(dir, relative);
  mkdirSync(at('bin'));
  mkdirSync(at('build/bundle'), { recursive: true });
  for (const file of ['bin/handover.js', 'bin/package.json', 'package.json']) copyFileSync(join(ROOT, file), at(file));
  for (const entry of readdirSync(join(ROOT, 'build'))) if (entry !== 'bundle') symlinkSync(join(ROOT, 'build', entry), at(`build/${entry}`));
  for (const entry of ['scenarios', 'node_modules']) symlinkSync(join(ROOT, entry), at(entry));
  bundle(at);
  return (args) => {
    const record = at(`loads-${args.join('_').replace(/\W/g, '')}.txt`);
    const recorder = join(ROOT, 'test/cli/recordLoads.mjs');
    const ran = spawnSync(process.execPath, ['--import', recorder, at('bin/handover.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, HANDOVER_LOAD_RECORD: record } });
    const modules = readFileSync(record, 'utf8').split('\n').filter((u) => u.includes('/build/')).map((u) => u.slice(u.lastIndexOf('/build/') + 7));
    return { status: ran.status, stdout: ran.stdout, modules };
  };
}

describe('the start-up script', () => {
  it('is not needed: without it, bin/handover.js runs the separate modules', () => {
    const run = installed(() => undefined);
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^handover \d+\.\d+\.\d+\n$/);
    expect(version.modules).toEqual(['cli/version.js']);
    const validate = run(['validate', 'scenarios/default.json']);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain('ok: scenarios/default.json');
    expect(validate.modules).toContain('cli/validateCommand.js');
    // The dispatcher imports each command's modules when it runs (src/cli/main.ts): help parses no engine.
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.modules).toContain('cli/help.js');
    expect(help.modules.filter((m) => /^(engine|state|rules|policies|metrics|batch|calibrate|workers|outputs)\//.test(m) || m.startsWith('scenario/validate'))).toEqual([]);
  });

  it('is not used once one of its inputs is newer, and neither is the bundle then', () => {
    const run = installed((at) => {
      for (const file of readdirSync(join(ROOT, 'build/bundle'))) copyFileSync(join(ROOT, 'build/bundle', file), at(`build/bundle/${file}`));
      // An input the copy lists, changed after the start-up script was made.
      const manifest = JSON.parse(readFileSync(at(BUNDLE_FILES.startManifest), 'utf8')) as { inputs: string[] };
      writeFileSync(at('build/x.js'), 'export {};\n');
      writeFileSync(at(BUNDLE_FILES.startManifest), JSON.stringify({ inputs: [...manifest.inputs, 'build/x.js'] }));
      const later = new Date(Date.now() + 60_000);
      utimesSync(at('build/x.js'), later, later);
    });
    const validate = run(['validate', 'scenarios/default.json']);
    expect(validate.status).toBe(0);
    // Read to ask whether it is fresh, then the separate modules run.
    expect(validate.modules).toEqual(expect.arrayContaining(['cli/main.js', 'cli/validateCommand.js']));
  });

  it('is used while fresh, with the bundle', () => {
    const run = installed((at) => {
      for (const file of readdirSync(join(ROOT, 'build/bundle'))) copyFileSync(join(ROOT, 'build/bundle', file), at(`build/bundle/${file}`));
    });
    const validate = run(['validate', 'scenarios/default.json']);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain('ok: scenarios/default.json');
    expect(validate.modules).toEqual(['bundle/start.cjs']);
  });

  it('is judged by its own list of inputs', () => {
    const { root, at } = project();
    writeFileSync(at(BUNDLE_FILES.start), 'exports.startIsFresh = () => true;\n');
    writeFileSync(at(BUNDLE_FILES.startManifest), JSON.stringify({ inputs: ['build/x.js'] }));
    expect(bundleIsFresh(root, BUNDLE_FILES.start, BUNDLE_FILES.startManifest)).toBe(true);
    rmSync(at(BUNDLE_FILES.startManifest));
    expect(bundleIsFresh(root, BUNDLE_FILES.start, BUNDLE_FILES.startManifest)).toBe(false);
  });
});

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
