/**
 * Inputs read safely through the real command: a FIFO, a device, a directory, a huge or non-UTF-8
 * file is refused at once with one line naming it, for every command and for `extends` alike.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/node/readInputFile.js';
import { handover, refused, STACK_LINE } from './spawn.js';

let dir: string;
const at = (name: string): string => join(dir, name);
const json = (name: string, doc: unknown): string => {
  writeFileSync(at(name), JSON.stringify(doc));
  return at(name);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-inputs-'));
  execFileSync('mkfifo', [at('pipe.json')]);
  json('extends-pipe.json', { extends: './pipe.json' });
  json('extends-dir.json', { extends: '..' + '/' + dir.split('/').pop() + '/' });
  json('extends-environ.json', { extends: '/proc/self/environ' });
  json('sweep-pipe.json', { scenario: './pipe.json', parameters: { 'agency.premium': { values: [0.3] } }, replications: 1 });
  writeFileSync(at('latin1.json'), Buffer.concat([Buffer.from('{"extends": "default", "name": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const quick = { timeout: 30_000 };

describe('input files', () => {
  it('a FIFO as a scenario, an extends, a sweep, its base scenario, targets or parameters is refused, never waited on', () => {
    refused(handover(['validate', at('pipe.json')], quick), /pipe\.json: cannot read the file: it is a named pipe \(FIFO\), not a regular file/);
    refused(handover(['run', at('extends-pipe.json')], quick), /pipe\.json: cannot read the file: it is a named pipe \(FIFO\)/);
    refused(handover(['sweep', at('pipe.json'), '--out', at('out-a')], quick), /cannot read the sweep file: it is a named pipe \(FIFO\)/);
    refused(handover(['sweep', at('sweep-pipe.json'), '--out', at('out-b')], quick), /scenario: .*pipe\.json: cannot read the file: it is a named pipe/);
    refused(handover(['calibrate', 'scenarios/default.json', '--targets', at('pipe.json'), '--param', 'turnover.baseAnnualRate=0.1:0.2', '--out', at('out-c')], quick), /cannot read the targets file .*: it is a named pipe/);
    refused(handover(['calibrate', 'scenarios/default.json', '--targets', 'scenarios/targets/example-authority.json', '--params', at('pipe.json'), '--out', at('out-d')], quick), /cannot read the parameters file .*: it is a named pipe/);
  });

  it('a device or a directory is refused, /dev/zero without reading it', () => {
    refused(handover(['validate', '/dev/zero'], quick), /^handover: \/dev\/zero: cannot read the file: it is a character device, not a regular file|^\/dev\/zero: cannot read the file: it is a character device, not a regular file/);
    refused(handover(['validate', dir], quick), /cannot read the file: it is a directory, not a regular file/);
  });

  it('extends of a file that is not JSON names the position only, never the content', () => {
    const ran = handover(['validate', at('extends-environ.json')], { ...quick, env: { HANDOVER_PROBE: 'do-not-echo' } });
    refused(ran, /\(\/proc\/self\/environ: not valid JSON at line 1, column \d+\), found "\/proc\/self\/environ"\n$/);
    expect(ran.stderr).not.toMatch(/Unexpected|do-not-echo|HANDOVER_PROBE/);
  });

  it('a file over the size limit is refused before it is parsed', () => {
    writeFileSync(at('huge.json'), Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    refused(handover(['validate', at('huge.json')], quick), /cannot read the file: it is larger than the limit of 16\.0 MB for an input file/);
  });

  it('bytes that are not UTF-8 are refused with their offset, not turned into U+FFFD', () => {
    refused(handover(['validate', at('latin1.json')], quick), /latin1\.json: cannot read the file: it is not UTF-8 text: byte 35 \(0xe9\)/);
  });

  it('a 10 MB key is shortened in the message', () => {
    writeFileSync(at('long-key.json'), `{"extends": "default", "${'k'.repeat(10_000_000)}": 1}`);
    const ran = handover(['validate', at('long-key.json')], quick);
    expect(ran.status).toBe(2);
    expect(ran.stderr.length).toBeLessThan(1200);
    expect(ran.stderr).toMatch(/kkk…\(\d+ characters\)…kkk/);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });
});
