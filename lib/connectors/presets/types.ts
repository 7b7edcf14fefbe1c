import type { AuthConfig, ConnectorKind, SystemConfig } from '../../config/schema';

/** What an admin enters when adding a system; `params` contains the preset's own settings. */
export interface PresetInput {
  id: string;
  label: string;
  /** Origin of the app's pages, where the content script runs. */
  origin: string;
  /** Base URL of the app's API. */
  baseUrl: string;
  auth: AuthConfig;
  params: Record<string, string>;
}

/** A setting the preset needs from the admin, such as a company id. */
export interface PresetParam {
  key: string;
  label: string;
  help: string;
  /** Filled in when the admin leaves the field empty. */
  defaultValue?: string;
}

/**
 * A starting point for a system: the connector kind plus everything the vendor's public API
 * documentation fixes, so the admin enters only ids and credentials.
 */
export interface ConnectorPreset {
  id: string;
  label: string;
  kind: ConnectorKind;
  summary: string;
  /** Suggested origin, API base URL and auth type; the admin may change all three. */
  defaults: { origin: string; baseUrl: string; auth: AuthConfig['type']; apiKeyHeader?: string };
  params: PresetParam[];
  /** Record page URLs and ids, for the add form and the docs. */
  idFormats: string[];
  /** Concurrency rule: what stops a write from overwriting a change made since the read. */
  concurrency: string;
  /** Signals the connector reads as "slow down", with the delay it waits. */
  rateLimits: string[];
  build(input: PresetInput): SystemConfig;
}

/** Reads a required preset parameter or its default; an empty value fails validation later. */
export function param(
  input: PresetInput,
  preset: Pick<ConnectorPreset, 'params'>,
  key: string,
): string {
  const value = input.params[key]?.trim();
  if (value) return value;
  return preset.params.find((item) => item.key === key)?.defaultValue ?? '';
}

/**
 * Keeps only the suggested canonical statuses the workspace defines, each on one value at
 * most, so a preset built for the default lifecycle still validates in any workspace.
 */
export function fitCanonicals(system: SystemConfig, canonicalIds: string[]): SystemConfig {
  const taken = new Set<string>();
  const statuses = system.statuses.map((status) => {
    const canonical = status.canonical.filter((id) => canonicalIds.includes(id) && !taken.has(id));
    canonical.forEach((id) => taken.add(id));
    return { ...status, canonical };
  });
  return { ...system, statuses };
}
