/**
 * The working session kept in localStorage (so edits survive a reload) and in the URL fragment (so a
 * link reproduces the run). The fragment is the session as JSON, deflate-compressed with
 * CompressionStream and base64url-encoded. Links and storage are read defensively: a link is refused
 * past a size before it is unpacked, unpacking stops past a size, and what is read is checked
 * (src/ui/sessionCheck.ts). Nothing here touches the DOM, so Node runs the same code in tests.
 */
import { checkSession, type Session, type SessionRead } from './sessionCheck.js';

export type { Session, SessionRead } from './sessionCheck.js';

const STORAGE_KEY = 'handover.session.v1';
/** Where a stored session that could not be read is kept, so starting afresh never destroys it. */
export const DAMAGED_KEY = 'handover.session.v1.damaged';
const PREFIX = 's1.';
/** The longest fragment read: a session the app writes is a few kB; 64 K characters leave ample room. */
export const MAX_LINK_CHARS = 64 * 1024;
/** The most a link may unpack to (and the most read from storage): a whole scenario is about 25 kB. */
export const MAX_SESSION_BYTES = 512 * 1024;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;

/** The session saved in this browser: undefined when there is none; a damaged one is copied aside first. */
export function loadStoredSession(presets: ReadonlySet<string>, storage: Store = localStorage): SessionRead | undefined {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return undefined; // storage disabled: there is nothing to restore
  }
  if (text === null) return undefined;
  const read = readStored(text, presets);
  if ('damage' in read) {
    try {
      storage.setItem(DAMAGED_KEY, text);
    } catch {
      // Storage full: the session is still in place until the next save.
    }
  }
  return read;
}

function readStored(text: string, presets: ReadonlySet<string>): SessionRead {
  if (text.length > MAX_SESSION_BYTES) return { damage: `it is ${kb(text.length)}; a session is at most ${kb(MAX_SESSION_BYTES)}` };
  try {
    return checkSession(JSON.parse(text), presets);
  } catch {
    return { damage: 'it is not valid JSON' };
  }
}

export function storeSession(session: Session, storage: Store = localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage full or disabled (private mode): the session still lives in the URL.
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  return new Uint8Array(await out.arrayBuffer());
}

/** Unpacks chunk by chunk and stops as soon as the output passes `max`, so a small link cannot fill memory. */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | string> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        reader.cancel().catch(() => undefined);
        return `it unpacks to more than ${kb(max)}`;
      }
      chunks.push(value);
    }
  } catch {
    return 'it is cut short or has been changed (it does not unpack)';
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The fragment ("s1.…") for a session; it may be longer than MAX_LINK_CHARS, which callers check. */
export async function encodeSession(session: Session): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ b: session.base, d: session.diff, r: session.replications, B: session.baseline, A: session.authority }));
  return PREFIX + toBase64Url(await deflate(json));
}

/** The session in a fragment ("#s1.…"): undefined when there is none, else what could be kept or why none could. */
export async function decodeSession(fragment: string, presets: ReadonlySet<string>): Promise<SessionRead | undefined> {
  const text = fragment.replace(/^#/, '');
  if (text === '') return undefined;
  if (!text.startsWith(PREFIX)) return { damage: `it does not hold a Handover session (expected “#${PREFIX}…”)` };
  const body = text.slice(PREFIX.length);
  if (body.length > MAX_LINK_CHARS) return { damage: `it is ${body.length.toLocaleString('en-GB')} characters long; a link holds at most ${MAX_LINK_CHARS.toLocaleString('en-GB')}` };
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) return { damage: 'it is cut short or has been changed (it has characters a link never has)' };
  const plain = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = await inflate(Uint8Array.from(plain, (c) => c.charCodeAt(0)), MAX_SESSION_BYTES);
  if (typeof bytes === 'string') return { damage: bytes };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { damage: 'it is cut short or has been changed (its contents are not JSON)' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { damage: 'it does not hold a Handover session' };
  const short = raw as Record<string, unknown>;
  return checkSession({ base: short.b, diff: short.d, replications: short.r, baseline: short.B, authority: short.A }, presets);
}
