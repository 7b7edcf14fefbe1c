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

/**
 * Returns `next` when it is a path on this origin, else `fallback`. Rejecting "//host" and
 * "/\host" stops the login form from redirecting to another site.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}
