import { inspectTemplate } from './body-template';
import type { ConnectorKind } from './connector-schema';
import type { ConfigIssue } from './issues';
import type { RestRecordType } from './rest-schema';
import type { SystemConfig, Workspace } from './schema';

/** Record type ids each built-in connector reads; `generic-rest` takes any. */
export const KIND_RECORD_TYPES: Record<Exclude<ConnectorKind, 'generic-rest'>, string[]> = {
  hubspot: ['contact', 'deal'],
  qbo: ['customer', 'invoice'],
  'scheduler-rest': ['client', 'job'],
  xero: ['contact', 'invoice'],
  jobber: ['client', 'job'],
  pipedrive: ['person', 'deal'],
  'google-calendar': ['event'],
};

/** Settings some connector kinds cannot work without. */
const REQUIRED_SETTING: Partial<Record<ConnectorKind, 'realmId' | 'tenantId' | 'calendarId'>> = {
  qbo: 'realmId',
  xero: 'tenantId',
  'google-calendar': 'calendarId',
};

/** Checks each system's connector settings against its kind and its record types. */
export function checkConnectors(workspace: Workspace): ConfigIssue[] {
  return workspace.systems.flatMap((system, index) => checkSystem(system, `systems[${index}]`));
}

function checkSystem(system: SystemConfig, base: string): ConfigIssue[] {
  const { connector } = system;
  const issues: ConfigIssue[] = [];
  const setting = REQUIRED_SETTING[connector.kind];
  if (setting && !connector[setting]) {
    issues.push({
      path: `${base}.connector.${setting}`,
      message: `the ${connector.kind} connector needs ${setting}; copy it from the app's settings`,
    });
  }
  if (connector.kind === 'generic-rest') return [...issues, ...checkRest(system, base)];

  const supported = KIND_RECORD_TYPES[connector.kind];
  system.recordTypes.forEach((type, index) => {
    if (supported.includes(type.id)) return;
    issues.push({
      path: `${base}.recordTypes[${index}].id`,
      message: `the ${connector.kind} connector reads only ${supported.join(' and ')}; rename "${type.id}" or use the generic REST connector`,
    });
  });
  return issues;
}

function checkRest(system: SystemConfig, base: string): ConfigIssue[] {
  const rest = system.connector.rest;
  if (!rest) {
    return [
      {
        path: `${base}.connector.rest`,
        message:
          'the generic REST connector needs rest.recordTypes with the list and read paths of each record type',
      },
    ];
  }
  const issues: ConfigIssue[] = [];
  for (const type of system.recordTypes) {
    const settings = rest.recordTypes[type.id];
    const path = `${base}.connector.rest.recordTypes.${type.id}`;
    if (!settings) {
      issues.push({ path, message: `add the API settings of record type "${type.id}"` });
      continue;
    }
    issues.push(...checkRestType(settings, type.kind, path));
  }
  for (const id of Object.keys(rest.recordTypes)) {
    if (system.recordTypes.some((type) => type.id === id)) continue;
    issues.push({
      path: `${base}.connector.rest.recordTypes.${id}`,
      message: `no record type "${id}" in this system; add it under recordTypes or remove these settings`,
    });
  }
  return issues;
}

function checkRestType(
  settings: RestRecordType,
  kind: 'party' | 'work',
  path: string,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (kind === 'work' && !settings.statusPath) {
    issues.push({
      path: `${path}.statusPath`,
      message: 'a work record type needs the field that contains its status, for example "status"',
    });
  }
  if (!settings.write) return issues;

  const inspected = inspectTemplate(settings.write.body);
  if ('error' in inspected) {
    return [
      ...issues,
      {
        path: `${path}.write.body`,
        message: `the body template is ${inspected.error}; write a JSON object such as {"status": "{{status}}"}`,
      },
    ];
  }
  if (!inspected.placeholders.has('{{status}}')) {
    issues.push({
      path: `${path}.write.body`,
      message: 'the body template must contain the value "{{status}}"',
    });
  }
  if (settings.write.versionIn === 'body' && !inspected.placeholders.has('{{version}}')) {
    issues.push({
      path: `${path}.write.body`,
      message: 'to send the version in the body, add the value "{{version}}" to the template',
    });
  }
  if (settings.write.versionIn === 'body' && settings.version.from === 'none') {
    issues.push({
      path: `${path}.version`,
      message: 'to send a version in the body, say where it is read from: a header or a body field',
    });
  }
  return issues;
}
