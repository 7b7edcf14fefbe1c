import type { AuthConfig, ConnectorKind, SystemConfig } from '../../config/schema';

/** What an admin enters when adding a system; `params` holds the preset's own settings. */
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
  /** How the connector avoids overwriting a change made since it read the record. */
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
