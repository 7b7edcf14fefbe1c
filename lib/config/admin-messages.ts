import { z } from 'zod';
import type { ConfigIssue } from './issues';
import { slug } from './primitives';
import type { Workspace } from './schema';

/** Longest API token the background stores, in characters. */
export const MAX_SECRET_LENGTH = 4096;

/**
 * Requests of the options page that change or export the workspace and its secrets. The
 * router accepts them from extension pages only, never from a content script.
 */
export const adminRequestSchemas = [
  /** Migrates, validates and stores a workspace edited in the page or imported from a file. */
  z.object({ type: z.literal('save-workspace'), workspace: z.json() }),
  z.object({ type: z.literal('export-workspace') }),
  /** Carries a token once, from the options page to the background's secret store. */
  z.object({
    type: z.literal('set-secret'),
    secretId: slug,
    value: z.string().trim().min(1).max(MAX_SECRET_LENGTH),
  }),
  z.object({ type: z.literal('delete-secret'), secretId: slug }),
  z.object({ type: z.literal('get-secret-status'), secretIds: z.array(slug).max(100) }),
] as const;

/** Any JSON value; the background migrates and validates a workspace it receives. */
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

export type SaveWorkspaceResponse =
  | {
      saved: true;
      workspace: Workspace;
      /** Schema version of the input, lower than the current one when it was migrated. */
      fromVersion: number;
      /** Outcome of loading records from the systems that changed, in plain words. */
      notices: string[];
    }
  | { saved: false; issues: ConfigIssue[] };

export interface WorkspaceExport {
  fileName: string;
  /** The workspace as JSON, with its schema version and without any token. */
  json: string;
}

/** Status of a stored token as reported to the options page: saved or not, and at most its end. */
export interface SecretStatus {
  saved: boolean;
  /** Last four characters, only for tokens of at least MIN_LENGTH_FOR_HINT characters. */
  last4?: string;
}

export interface AdminResponseMap {
  'save-workspace': SaveWorkspaceResponse;
  'export-workspace': WorkspaceExport;
  'set-secret': SecretStatus;
  'delete-secret': SecretStatus;
  'get-secret-status': Record<string, SecretStatus>;
}
