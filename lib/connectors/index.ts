import type { FieldMapping, SystemConfig } from '../config/schema';
import { createGenericRestConnector } from './generic-rest';
import { createGoogleCalendarConnector } from './google-calendar';
import { createJobberConnector } from './jobber';
import { createPipedriveConnector } from './pipedrive';
import { createXeroConnector } from './xero';
import { createHubspotConnector } from './hubspot';
import { createQboConnector } from './qbo';
import { createSchedulerConnector } from './scheduler';
import type { Connector, SecretLookup } from './types';

/**
 * Creates the connector for a system's kind. `mappings` are the workspace's cross-reference
 * field mappings; the HubSpot, QuickBooks and demo scheduler connectors ignore them and read
 * their cross-reference fields in code.
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
    case 'xero':
      return createXeroConnector(system, secrets, fetchImpl, mappings);
    case 'jobber':
      return createJobberConnector(system, secrets, fetchImpl, mappings);
    case 'pipedrive':
      return createPipedriveConnector(system, secrets, fetchImpl, mappings);
    case 'google-calendar':
      return createGoogleCalendarConnector(system, secrets, fetchImpl, mappings);
  }
}
