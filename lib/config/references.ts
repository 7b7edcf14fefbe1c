import type { ConfigIssue } from './issues';
import type { SystemConfig, Workspace } from './schema';

/** Checks that ids are unique and that every reference names something that exists. */
export function checkReferences(workspace: Workspace): ConfigIssue[] {
  const canonicalIds = new Set(workspace.canonicalStatuses.map((status) => status.id));
  const systemIds = new Set(workspace.systems.map((system) => system.id));

  return [
    ...findDuplicates(
      workspace.canonicalStatuses.map((status) => status.id),
      'canonicalStatuses',
    ),
    ...findDuplicates(
      workspace.systems.map((system) => system.id),
      'systems',
    ),
    ...workspace.systems.flatMap((system, index) =>
      checkSystem(system, `systems[${index}]`, canonicalIds),
    ),
    ...checkFieldMappings(workspace),
    ...checkSourceOfTruth(workspace, systemIds),
    ...checkThresholds(workspace),
  ];
}

function checkSystem(system: SystemConfig, base: string, canonicalIds: Set<string>): ConfigIssue[] {
  const issues = [
    ...findDuplicates(
      system.recordTypes.map((type) => type.id),
      `${base}.recordTypes`,
    ),
    ...findDuplicates(
      system.statuses.map((status) => status.value),
      `${base}.statuses`,
      'value',
    ),
  ];
  const writeTargets = new Map<string, string>();
  const known = [...canonicalIds].join(', ');

  system.statuses.forEach((status, statusIndex) => {
    status.canonical.forEach((canonical, canonicalIndex) => {
      const path = `${base}.statuses[${statusIndex}].canonical[${canonicalIndex}]`;
      if (!canonicalIds.has(canonical)) {
        issues.push({
          path,
          message: `unknown canonical status "${canonical}"; add it to canonicalStatuses or use one of: ${known}`,
        });
      }
      const previous = writeTargets.get(canonical);
      if (previous !== undefined) {
        issues.push({
          path,
          message: `canonical status "${canonical}" is already mapped to "${previous}"; each canonical status may map to one value per system, so remove one of them`,
        });
      }
      writeTargets.set(canonical, status.value);
    });
  });
  return issues;
}

function checkFieldMappings(workspace: Workspace): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  workspace.fieldMappings.forEach((mapping, index) => {
    const base = `fieldMappings[${index}]`;
    issues.push(...checkRecordRef(workspace, mapping.from, `${base}.from`));
    issues.push(...checkRecordRef(workspace, mapping.to, `${base}.to`));
    if (mapping.from.system === mapping.to.system) {
      issues.push({
        path: `${base}.to.system`,
        message: `a mapping links two different systems; pick a system other than "${mapping.to.system}"`,
      });
    }
  });
  return issues;
}

function checkRecordRef(
  workspace: Workspace,
  ref: { system: string; recordType: string },
  path: string,
): ConfigIssue[] {
  const system = workspace.systems.find((item) => item.id === ref.system);
  if (!system) {
    const known = workspace.systems.map((item) => item.id).join(', ');
    return [
      { path: `${path}.system`, message: `unknown system "${ref.system}"; use one of: ${known}` },
    ];
  }
  if (system.recordTypes.some((type) => type.id === ref.recordType)) return [];
  const types = system.recordTypes.map((type) => type.id).join(', ');
  return [
    {
      path: `${path}.recordType`,
      message: `system "${ref.system}" has no record type "${ref.recordType}"; use one of: ${types}`,
    },
  ];
}

function checkSourceOfTruth(workspace: Workspace, systemIds: Set<string>): ConfigIssue[] {
  const known = [...systemIds].join(', ');
  return Object.entries(workspace.sourceOfTruth)
    .filter(([, system]) => !systemIds.has(system))
    .map(([field, system]) => ({
      path: `sourceOfTruth.${field}`,
      message: `unknown system "${system}"; use one of: ${known}`,
    }));
}

function checkThresholds(workspace: Workspace): ConfigIssue[] {
  const { match, possible } = workspace.matchThresholds;
  if (possible <= match) return [];
  return [
    {
      path: 'matchThresholds.possible',
      message: `the suggestion threshold (${possible}) must not be above the match threshold (${match}); lower it`,
    },
  ];
}

function findDuplicates(ids: string[], path: string, field = 'id'): ConfigIssue[] {
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      issues.push({
        path: `${path}[${index}].${field}`,
        message: `duplicate ${field} "${id}"; each ${field} must be unique`,
      });
    }
    seen.add(id);
  });
  return issues;
}
