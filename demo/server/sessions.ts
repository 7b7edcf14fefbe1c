import { randomBytes } from 'node:crypto';

export const DEMO_EMAIL = 'demo@lockstep.test';
export const DEMO_PASSWORD = 'lockstep-demo';

/** Signed-in browser sessions of one app, by session id. Kept across POST /__reset. */
export class SessionStore {
  private readonly sessions = new Map<string, string>();

  /** Starts a session and returns its id, or undefined when the credentials are wrong. */
  signIn(email: string, password: string): string | undefined {
    if (email.trim().toLowerCase() !== DEMO_EMAIL || password !== DEMO_PASSWORD) return undefined;
    const id = randomBytes(24).toString('hex');
    this.sessions.set(id, DEMO_EMAIL);
    return id;
  }

  userFor(sessionId: string | undefined): string | undefined {
    return sessionId === undefined ? undefined : this.sessions.get(sessionId);
  }

  signOut(sessionId: string | undefined): void {
    if (sessionId !== undefined) this.sessions.delete(sessionId);
  }
}

export function sessionCookie(name: string, sessionId: string): string {
  return `${name}=${sessionId}; HttpOnly; SameSite=Lax; Path=/`;
}

export function expiredCookie(name: string): string {
  return `${name}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`;
}

/** Origin used only to check where `next` resolves, because any http origin gives the same result. */
const CHECK_ORIGIN = 'http://127.0.0.1';

/** A path that starts with one `/`, not `//` or `/\`, which browsers read as another host. */
const SINGLE_SLASH_START = /^\/(?![/\\])/;

/** Visible ASCII only: no control characters, whitespace or non-ASCII letters. */
const VISIBLE_ASCII = /^[\x21-\x7e]*$/;

/** A control character, which browsers drop or reject in a URL. */
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;

/**
 * Returns `next` when it is a path on this origin, else `fallback`. `next` arrives decoded once
 * by form or query parsing. Browsers drop tabs and line breaks from a URL and read `\` as `/`,
 * so `/\t/evil.example` or `/\evil.example` would leave the site. So `next` must start with one
 * `/` and contain only visible ASCII. Decoded once more, it must still start with one `/` and
 * contain no control character, and it must resolve to the same origin.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !SINGLE_SLASH_START.test(next) || !VISIBLE_ASCII.test(next)) {
    return fallback;
  }

  const decoded = decodeOnce(next);
  if (
    decoded === undefined ||
    !SINGLE_SLASH_START.test(decoded) ||
    CONTROL_CHARACTER.test(decoded)
  ) {
    return fallback;
  }
  return new URL(next, CHECK_ORIGIN).origin === CHECK_ORIGIN ? next : fallback;
}

/** Percent-decodes `text`, or returns undefined when an escape is malformed. */
function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
