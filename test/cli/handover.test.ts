import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES_FIELD_NAMES } from '../../src/metrics/fields.js';
import { handover, ROOT, STACK_LINE } from './spawn.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-cli-'));
  writeFileSync(join(dir, 'broken.json'), '{\n  "extends": "default",\n  "name": "Broken",\n}\n');
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ extends: 'default', agency: { premium: 'abc' } }, null, 2));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A usage error: exit 2, one line on stderr naming the problem, no stack trace. */
function expectUsageError(args: readonly string[], pattern: RegExp): void {
  const ran = handover(args);
  expect(ran.status).toBe(2);
  expect(ran.stderr).toMatch(pattern);
  expect(ran.stderr).not.toMatch(STACK_LINE);
  expect(ran.stdout).toBe('');
}

describe('handover (the command)', () => {
  it('--help prints the commands and exits 0', () => {
    const ran = handover(['--help']);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('handover run <scenario.json>');
    expect(ran.stdout).toContain('handover validate <scenario.json>');
  });

  it('run --help and validate -h print their options and exit 0', () => {
    const run = handover(['run', '--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--seed', '--years', '--format', '--out', '--summary-only', '--quiet']) expect(run.stdout).toContain(flag);
    expect(handover(['validate', '-h']).stdout).toContain('Usage: handover validate');
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(handover(['--version'])).toMatchObject({ status: 0, stdout: `handover ${version}\n` });
  });

  it('an unknown flag exits 2 with a one-line message and no stack trace', () => {
    expectUsageError(['run', 'scenarios/default.json', '--frobnicate'], /^handover: unknown option --frobnicate for "handover run" \(see handover run --help\)\n$/);
  });

  it('an unknown command exits 2', () => {
    expectUsageError(['simulate'], /unknown command "simulate"/);
  });

  it('a missing scenario file exits 2 naming the file', () => {
    expectUsageError(['run', 'no-such-file.json'], /^no-such-file\.json: cannot read the file: no such file or directory\n$/);
  });

  it('broken JSON exits 2 naming the line and column', () => {
    expectUsageError(['run', join(dir, 'broken.json')], /broken\.json: not valid JSON at line 4, column 1: /);
  });

  it('an invalid scenario exits 2 naming the field path', () => {
    expectUsageError(['validate', join(dir, 'invalid.json')], /invalid\.json: agency\.premium: expected a number between 0 and \d+, found "abc"/);
    expectUsageError(['run', join(dir, 'invalid.json')], /agency\.premium/);
  });

  it('out-of-range flag values exit 2 naming the flag', () => {
    expectUsageError(['run', 'scenarios/default.json', '--seed', '1.5'], /--seed: expected a whole number/);
    expectUsageError(['run', 'scenarios/default.json', '--years', '0'], /--years: expected a whole number between 1 and \d+, found "0"/);
    expectUsageError(['run', 'scenarios/default.json', '--format', 'xlsx'], /--format: expected one of csv, json/);
  });

  it('validate prints ok with the scenario name for a shipped preset', () => {
    expect(handover(['validate', 'scenarios/high-turnover.json'])).toMatchObject({ status: 0, stdout: 'ok: scenarios/high-turnover.json (High turnover and vacancy)\n' });
  });

  it('run twice with the same seed writes identical bytes', () => {
    const args = ['run', 'scenarios/default.json', '--seed', '3', '--years', '1', '--format', 'csv'];
    const first = handover(args);
    const second = handover(args);
    expect(first.status).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
    // The series went to stdout, so the human summary went to stderr.
    expect(first.stderr).toContain('Turnover');
  });

  it('--out writes one row per week plus the header, atomically, and prints the summary', () => {
    const out = join(dir, 'run.csv');
    writeFileSync(out, 'an older run\n');
    const ran = handover(['run', 'scenarios/default.json', '--seed', '1', '--years', '2', '--out', out]);
    expect(ran.status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe(SERIES_FIELD_NAMES.join(','));
    expect(lines.length).toBe(2 * 52 + 1 + 1);
    expect(ran.stdout).toMatch(/^Average English authority · seed 1 · 2 years/);
    expect(ran.stdout).toContain(`Wrote 104 weeks to ${out} (csv)`);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--format json --summary-only --quiet writes the summary alone', () => {
    const ran = handover(['run', 'scenarios/default.json', '--years', '1', '--format', 'json', '--summary-only', '--quiet']);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toBe('');
    const doc = JSON.parse(ran.stdout);
    expect(Object.keys(doc)).toEqual(['scenario', 'seed', 'warmupWeeks', 'weeks', 'summary']);
    expect(doc.weeks).toBe(52);
  });

  it('a failed write exits 2 with a one-line message and leaves nothing behind', () => {
    expectUsageError(['run', 'scenarios/default.json', '--years', '1', '--out', join(dir, 'missing', 'run.csv')], /^handover: cannot write .*run\.csv: the folder .*missing does not exist; nothing was run\n$/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
