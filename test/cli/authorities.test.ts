import { describe, expect, it } from 'vitest';
import { findAuthority } from '../../src/authorities/index.js';
import { main } from '../../src/cli/main.js';
import { readAuthorityIndex } from '../../src/node/authorityFiles.js';
import { captureIo } from './captureIo.js';

const index = readAuthorityIndex();

describe('handover authorities', () => {
  it('lists every current authority with code, name, region, posts and fit', async () => {
    const c = captureIo();
    expect(await main(['authorities'], c.io)).toBe(0);
    const lines = c.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^code\s+name\s+region\s+posts\s+fit$/);
    expect(lines).toHaveLength(153 + 2);
    expect(lines.at(-1)).toBe('153 authorities');
    expect(c.stdout()).toMatch(/E10000013 {2}Gloucestershire\s+South West\s+431 {2}/);
  });

  it('--region and --search narrow the list, ignoring case', async () => {
    const c = captureIo();
    expect(await main(['authorities', '--region', 'north east', '--search', 'TYNE'], c.io)).toBe(0);
    expect(c.stdout()).toContain('North Tyneside');
    expect(c.stdout()).toContain('South Tyneside');
    expect(c.stdout()).not.toContain('Sunderland');
    expect(c.stdout().trim().split('\n').at(-1)).toBe('3 authorities');
  });

  it('says so when nothing matches (exit 2)', async () => {
    const c = captureIo();
    expect(await main(['authorities', '--search', 'Atlantis'], c.io)).toBe(2);
    expect(c.stderr()).toBe('handover: no authority matches --search "Atlantis" (see handover authorities)\n');
  });
});

describe('handover run <authority>', () => {
  it('runs an authority named by its ONS code, and by --authority NAME', async () => {
    const byCode = captureIo();
    expect(await main(['run', 'E10000013', '--years', '1', '--format', 'json', '--summary-only', '--quiet'], byCode.io)).toBe(0);
    expect(JSON.parse(byCode.stdout()).scenario).toBe('Gloucestershire');
    const byName = captureIo();
    expect(await main(['run', '--authority', 'gloucestershire', '--years', '1', '--format', 'json', '--summary-only', '--quiet'], byName.io)).toBe(0);
    expect(byName.stdout()).toBe(byCode.stdout());
  });

  it('lists the authorities a name matches when it matches several', async () => {
    const c = captureIo();
    expect(await main(['run', '--authority', 'glouc'], c.io)).toBe(2);
    expect(c.stderr()).toBe('handover: --authority "glouc" matches 2 authorities: E06000025 South Gloucestershire, E10000013 Gloucestershire; give more of the name or the code\n');
  });

  it('suggests the nearest names for an unknown one, and the nearest codes for an unknown code', async () => {
    const c = captureIo();
    expect(await main(['run', '--authority', 'Glouxestershire'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^handover: no authority with the name "Glouxestershire"; the nearest are Gloucestershire \(E10000013\), /);
    const d = captureIo();
    expect(await main(['run', 'E10000099'], d.io)).toBe(2);
    expect(d.stderr()).toMatch(/^handover: no authority with the code "E10000099"; the nearest are [A-Za-z ]+ \(E10000/);
  });
});

describe('findAuthority', () => {
  it('prefers an exact name to the names that contain it', () => {
    const found = findAuthority(index, 'Gloucestershire');
    expect(found.kind === 'one' && found.entry.code).toBe('E10000013');
  });

  it('ignores case and punctuation: "bristol city of" finds "Bristol, City of"', () => {
    const found = findAuthority(index, 'bristol city of');
    expect(found.kind === 'one' && found.entry.name).toBe('Bristol, City of');
  });
});
