import type { SystemConfig } from '../config/schema';
import { createHubspotConnector } from './hubspot';
import { createQboConnector } from './qbo';
import { createSchedulerConnector } from './scheduler';
import { ConnectorError } from './errors';
import type { Connector, SecretLookup } from './types';

export function createConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
): Connector {
  switch (system.connector.kind) {
    case 'hubspot':
      return createHubspotConnector(system, secrets, fetchImpl);
    case 'qbo':
      return createQboConnector(system, secrets, fetchImpl);
    case 'scheduler-rest':
      return createSchedulerConnector(system, secrets, fetchImpl);
    default:
      throw new ConnectorError('permanent', `no connector for kind "${system.connector.kind}" yet`);
  }
}
