import type { FieldMapping, SystemConfig } from '../config/schema';
import { createGenericRestConnector } from './generic-rest';
import { createHubspotConnector } from './hubspot';
import { createQboConnector } from './qbo';
import { createSchedulerConnector } from './scheduler';
import { ConnectorError } from './errors';
import type { Connector, SecretLookup } from './types';

/**
 * Creates the connector for a system's kind. `mappings` are the workspace's cross-reference
 * field mappings; the configurable connectors read them, the demo-shaped ones have theirs in code.
 */
export function createConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  switch (system.connector.kind) {
    case 'hubspot':
      return createHubspotConnector(system, secrets, fetchImpl);
    case 'qbo':
      return createQboConnector(system, secrets, fetchImpl);
    case 'scheduler-rest':
      return createSchedulerConnector(system, secrets, fetchImpl);
    case 'generic-rest':
      return createGenericRestConnector(system, secrets, fetchImpl, mappings);
    default:
      throw new ConnectorError('permanent', `no connector for kind "${system.connector.kind}" yet`);
  }
}
