import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listParameterPaths } from '../../src/scenario/paths.js';
import { DAMAGED_KEY, MAX_LINK_CHARS, decodeSession, encodeSession, loadStoredSession, storeSession, type Session } from '../../src/ui/session.js';
import { MAX_CHANGES, checkSession, nestsWithin } from '../../src/ui/sessionCheck.js';

const PRESETS = new Set(['default', 'high-turnover']);

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
}

/** A fragment holding `json` as the app writes it (deflate-raw, base64url), or raw bytes deflated. */
function fragment(json: unknown): string {
  return `#s1.${deflateRawSync(Buffer.from(typeof json === 'string' ? json : JSON.stringify(json))).toString('base64url')}`;
}

const leaves = listParameterPaths().map((p) => p.path);
// A link is JSON, which has no -0: -0 comes back as 0, the same parameter value.
const diff = fc.dictionary(fc.constantFrom(...leaves), fc.oneof(fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v))), { maxKeys: 8 });
const session: fc.Arbitrary<Session> = fc.record({
  base: fc.constantFrom(...PRESETS),
  diff,
  replications: fc.integer({ min: 1, max: 50 }),
  baseline: fc.option(fc.record({ base: fc.constantFrom(...PRESETS), diff }), { nil: undefined }),
  authority: fc.option(fc.integer({ min: 0, max: 99_999_999 }).map((n) => `E${String(n).padStart(8, '0')}`), { nil: undefined }),
}).map(({ baseline, authority, ...s }) => ({ ...s, ...(baseline === undefined ? {} : { baseline }), ...(authority === undefined ? {} : { authority }) }));

describe('share links', () => {
  it('a session the app encodes decodes to itself with nothing to say', async () => {
    await fc.assert(fc.asyncProperty(session, async (s) => {
      expect(await decodeSession(`#${await encodeSession(s)}`, PRESETS)).toEqual({ session: s, notes: [] });
    }), { numRuns: 60 });
  });

  it('any text after # gives a session or a reason, never an exception', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((t) => `s1.${t}`), fc.base64String().map((t) => `#s1.${t}`)), async (text) => {
      const read = await decodeSession(text, PRESETS);
      if (read && 'damage' in read) expect(read.damage).not.toContain('\n');
    }), { numRuns: 300 });
  });

  it('any JSON packed into a link gives a session or a reason, never an exception', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ b: fc.constantFrom('default', 'nope', 3), d: fc.jsonValue(), r: fc.jsonValue(), B: fc.jsonValue() })), async (json) => {
      const read = await decodeSession(fragment(json), PRESETS);
      expect(read).toBeDefined();
      if (read && 'session' in read) expect(PRESETS.has(read.session.base)).toBe(true);
    }), { numRuns: 300 });
  });

  it('refuses a link longer than the cap before unpacking it (100 MB of name deflated is 130 K characters)', async () => {
    const payload = Buffer.concat([Buffer.from('{"b":"default","d":{"name":"'), Buffer.alloc(100_000_000, 'x'), Buffer.from('"},"r":1}')]);
    const bomb = `#s1.${(await promisify(deflateRaw)(payload)).toString('base64url')}`;
    expect(bomb.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(await decodeSession(bomb, PRESETS)).toEqual({ damage: `it is ${(bomb.length - 4).toLocaleString('en-GB')} characters long; a link holds at most 65,536` });
  });

  it('stops unpacking a short link that unpacks past 512 KB', async () => {
    const bomb = fragment(`{"b":"default","d":{"name":"${'x'.repeat(20_000_000)}"},"r":1}`);
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeSession(bomb, PRESETS)).toEqual({ damage: 'it unpacks to more than 512 KB' });
  });

  it('says why a damaged link cannot be read', async () => {
    const good = await encodeSession({ base: 'default', diff: {}, replications: 1 });
    expect(await decodeSession(`#${good.slice(0, -4)}`, PRESETS)).toEqual({ damage: 'it is cut short or has been changed (it does not unpack)' });
    expect(await decodeSession('#s1.a*b', PRESETS)).toEqual({ damage: 'it is cut short or has been changed (it has characters a link never has)' });
    expect(await decodeSession('#x1.abc', PRESETS)).toEqual({ damage: 'it does not hold a Handover session (expected “#s1.…”)' });
    expect(await decodeSession(fragment('{"b":'), PRESETS)).toEqual({ damage: 'it is cut short or has been changed (its contents are not JSON)' });
    expect(await decodeSession(fragment([1]), PRESETS)).toEqual({ damage: 'it does not hold a Handover session' });
    expect(await decodeSession(fragment({ b: 'gone', d: {}, r: 1 }), PRESETS)).toEqual({ damage: 'base: "gone" is not a preset of this version (default, high-turnover)' });
    expect(await decodeSession('', PRESETS)).toBeUndefined();
  });

  it('keeps the rest of a link whose changes include a 20,000-part path, a reserved name or an unknown parameter, and says so', async () => {
    const deep = Array.from({ length: 20_000 }, () => 'a').join('.');
    const read = await decodeSession(fragment({ b: 'default', d: { [deep]: 1, '__proto__.polluted': 1, 'agency.bogus': 2, 'allocation.caseloadCap': 15 }, r: 5 }), PRESETS);
    expect(read && 'session' in read && read.session).toEqual({ base: 'default', diff: { 'allocation.caseloadCap': 15 }, replications: 5 });
    expect(read && 'notes' in read && read.notes).toEqual([
      `3 changes were left out (path "${'a.'.repeat(50)}…" has more than 8 parts; at most 8 are allowed; path "__proto__.polluted" names "__proto__", which is never a parameter; "agency.bogus" is not a parameter of this version); the other 1 was kept.`,
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('checkSession', () => {
  it('brings replications into the app\'s range of 1 to 50, with a note', () => {
    const reps = (r: unknown) => checkSession({ base: 'default', diff: {}, replications: r }, PRESETS);
    expect(reps(100)).toEqual({ session: { base: 'default', diff: {}, replications: 50 }, notes: ['100 replications were asked for; the app runs 1 to 50, so it uses 50.'] });
    expect(reps(0)).toMatchObject({ session: { replications: 1 }, notes: ['0 replications were asked for; the app runs 1 to 50, so it uses 1.'] });
    expect(reps(2.5)).toMatchObject({ session: { replications: 1 }, notes: ['Replications should be a whole number from 1 to 50 (found 2.5), so a single run is used.'] });
    expect(reps(20)).toEqual({ session: { base: 'default', diff: {}, replications: 20 }, notes: [] });
  });

  it('keeps the scenario without a baseline that cannot be read, and says so', () => {
    expect(checkSession({ base: 'default', diff: {}, replications: 1, baseline: { base: 'default', diff: 'x' } }, PRESETS)).toEqual({
      session: { base: 'default', diff: {}, replications: 1 },
      notes: ['The pinned baseline could not be restored (baseline.diff: expected the changes as an object, found "x"); the scenario was kept without it.'],
    });
  });

  it('keeps the authority the scenario was started from, and leaves out one that is not an ONS code, with a note', () => {
    expect(checkSession({ base: 'default', diff: {}, replications: 1, authority: 'E10000013' }, PRESETS)).toEqual({ session: { base: 'default', diff: {}, replications: 1, authority: 'E10000013' }, notes: [] });
    expect(checkSession({ base: 'default', diff: {}, replications: 1, authority: '<img>' }, PRESETS)).toEqual({
      session: { base: 'default', diff: {}, replications: 1 },
      notes: ['The authority it was started from should be an ONS code such as E10000013 (found "<img>"), so its published figures are not shown; the scenario was kept.'],
    });
  });

  it('refuses more changes than a scenario has parameters, and values nested too deep', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_CHANGES + 1 }, (_, i) => [`k${i}`, 1]));
    expect(checkSession({ base: 'default', diff: many, replications: 1 }, PRESETS)).toEqual({ damage: 'diff: 1,501 changes; a session holds at most 1,500' });
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const read = checkSession({ base: 'default', diff: { name: deep }, replications: 1 }, PRESETS);
    expect(read).toMatchObject({ session: { diff: {} }, notes: ['1 change was left out (the value of "name" nests more than 8 levels deep); nothing else was changed.'] });
    expect(nestsWithin(deep, 8)).toBe(false);
    expect(nestsWithin({ a: [{ b: 1 }] }, 3)).toBe(true);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (diff, replications, baseline, authority) => {
      checkSession({ base: 'default', diff, replications, baseline, authority }, PRESETS);
      checkSession(diff, PRESETS);
    }), { numRuns: 500 });
  });
});

describe('the session stored in this browser', () => {
  it('round-trips, and a damaged one is reported and copied aside before anything can overwrite it', () => {
    const storage = new MemoryStorage();
    expect(loadStoredSession(PRESETS, storage)).toBeUndefined();
    storeSession({ base: 'default', diff: { 'allocation.caseloadCap': 15 }, replications: 5 }, storage);
    expect(loadStoredSession(PRESETS, storage)).toEqual({ session: { base: 'default', diff: { 'allocation.caseloadCap': 15 }, replications: 5 }, notes: [] });
    storage.setItem('handover.session.v1', '{"base":"default","diff":');
    expect(loadStoredSession(PRESETS, storage)).toEqual({ damage: 'it is not valid JSON' });
    expect(storage.getItem(DAMAGED_KEY)).toBe('{"base":"default","diff":');
  });

  it('any stored text gives a session, a reason or nothing, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
      const storage = new MemoryStorage();
      storage.setItem('handover.session.v1', text);
      loadStoredSession(PRESETS, storage);
    }), { numRuns: 300 });
  });
});
