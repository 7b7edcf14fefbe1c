import type { IncomingHttpHeaders } from 'node:http';
import type { AppName } from '../seed/plan';
import type { Reply } from './http';

/** One request as the app handlers see it. The body is read before the handler runs. */
export interface RequestContext {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** Email of the signed-in user, when the request carries a valid session cookie. */
  sessionUser?: string;
  /** Counts a committed write to the record with this API id in /__stats. */
  recordWrite(recordId: string): void;
}

/** Error replies in the shape each app's real counterpart uses. */
export interface AppErrors {
  unauthorized(): Reply;
  /** `retryAfter` is the Retry-After header value configured by the faults, if any. */
  rateLimited(retryAfter: string | undefined): Reply;
  serverError(): Reply;
  /** Reply to a write whose version token is stale. Absent where the app has no version tokens. */
  stale?(): Reply;
  notFound(message: string): Reply;
  badRequest(message: string): Reply;
}

/** One demo app: its identity, its data and its request handlers. */
export interface DemoApp {
  name: AppName;
  title: string;
  cookieName: string;
  apiToken: string;
  /** Page the login form sends a user to when no `next` is given. */
  homePath: string;
  errors: AppErrors;
  isApiPath(path: string): boolean;
  /** Restores the seed data and clears stored idempotent replies. */
  reset(): void;
  handleApi(context: RequestContext): Reply | Promise<Reply>;
  /** Returns a page for a signed-in user, or undefined when no page has this path. */
  handlePage(context: RequestContext): Reply | undefined;
  /** Returns a static file that needs no sign-in, such as the browser script. */
  handleAsset?(path: string): Reply | undefined;
  /** Changes a record's status as a person in the app would. Input comes from POST /__mutate. */
  mutate(input: unknown): Reply;
}
