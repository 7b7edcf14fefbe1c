import type { ConnectorConfig } from '../config/schema';

export interface RequestLimit {
  ratePerSecond: number;
  burst: number;
}

/**
 * Request rates the runner keeps under, per connector kind, set below each vendor's published
 * limit so a bulk drain never trips it: HubSpot private apps allow 100 requests per 10 s,
 * QuickBooks Online 500 per minute per company. The demo scheduler has no published limit, so
 * it gets 20 per second; other kinds get a cautious default.
 */
const LIMITS: Record<string, RequestLimit> = {
  hubspot: { ratePerSecond: 9, burst: 9 },
  qbo: { ratePerSecond: 8, burst: 8 },
  'scheduler-rest': { ratePerSecond: 20, burst: 10 },
};

const DEFAULT_LIMIT: RequestLimit = { ratePerSecond: 5, burst: 5 };

export function requestLimit(connector: ConnectorConfig): RequestLimit {
  return LIMITS[connector.kind] ?? DEFAULT_LIMIT;
}
