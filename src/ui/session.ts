/**
 * The working session — base preset, the changes made to it, and the number of replications — kept
 * in localStorage (so edits survive a reload) and in the URL fragment (so a link reproduces the run).
 * The fragment is the session as JSON, deflate-compressed with CompressionStream and base64url-encoded.
 */
export interface Session {
  /** A bundled preset key. */
  base: string;
  /** Dotted path → value, over the resolved preset (includes run.seed and run.years when changed). */
  diff: Record<string, unknown>;
  replications: number;
  /** The pinned baseline's scenario, so a shared link reproduces the comparison. */
  baseline?: { base: string; diff: Record<string, unknown> };
}

const STORAGE_KEY = 'handover.session.v1';
const PREFIX = 's1.';

function isSession(value: unknown): value is Session {
  const v = value as Session;
  return typeof v === 'object' && v !== null && typeof v.base === 'string' && typeof v.diff === 'object' && v.diff !== null
    && !Array.isArray(v.diff) && Number.isInteger(v.replications)
    && (v.baseline === undefined || (typeof v.baseline === 'object' && v.baseline !== null && typeof v.baseline.base === 'string'
      && typeof v.baseline.diff === 'object' && v.baseline.diff !== null));
}

export function loadStoredSession(): Session | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function storeSession(session: Session): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage full or disabled (private mode): the session still lives in the URL.
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(plain, (c) => c.charCodeAt(0));
}

export async function encodeSession(session: Session): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ b: session.base, d: session.diff, r: session.replications, B: session.baseline }));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The session in a fragment ("#s1.…"), or undefined when there is none or it cannot be read. */
export async function decodeSession(fragment: string): Promise<Session | undefined> {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await pipe(fromBase64Url(text.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as { b: unknown; d: unknown; r: unknown; B?: Session['baseline'] };
    const session = { base: raw.b, diff: raw.d, replications: raw.r, baseline: raw.B };
    return isSession(session) ? session : undefined;
  } catch {
    return undefined;
  }
}
