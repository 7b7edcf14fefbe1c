import type { SystemConfig, Workspace } from './schema';

/**
 * Makes `value` the app value a canonical status is written as in one system, or leaves the
 * canonical status unmapped there when `value` is undefined. Returns a new workspace.
 */
export function setStatusMapping(
  workspace: Workspace,
  systemId: string,
  canonical: string,
  value: string | undefined,
): Workspace {
  return updateSystem(workspace, systemId, (system) => ({
    ...system,
    statuses: system.statuses.map((status) => {
      const others = status.canonical.filter((id) => id !== canonical);
      return { ...status, canonical: status.value === value ? [...others, canonical] : others };
    }),
  }));
}

/** App values of a system that no canonical status maps to; the panel shows them as unmapped. */
export function unmappedValues(system: SystemConfig): string[] {
  return system.statuses
    .filter((status) => status.canonical.length === 0)
    .map((status) => status.value);
}

/** Canonical statuses a system cannot write; a push leaves its records unchanged for them. */
export function unmappedCanonicals(workspace: Workspace, system: SystemConfig): string[] {
  const mapped = new Set(system.statuses.flatMap((status) => status.canonical));
  return workspace.canonicalStatuses.map((status) => status.id).filter((id) => !mapped.has(id));
}

export function updateSystem(
  workspace: Workspace,
  systemId: string,
  change: (system: SystemConfig) => SystemConfig,
): Workspace {
  return {
    ...workspace,
    systems: workspace.systems.map((system) => (system.id === systemId ? change(system) : system)),
  };
}

/** Removes a system and every field mapping and source-of-truth entry that names it. */
export function removeSystem(workspace: Workspace, systemId: string): Workspace {
  const sourceOfTruth = Object.fromEntries(
    Object.entries(workspace.sourceOfTruth).filter(([, system]) => system !== systemId),
  );
  return {
    ...workspace,
    systems: workspace.systems.filter((system) => system.id !== systemId),
    fieldMappings: workspace.fieldMappings.filter(
      (mapping) => mapping.from.system !== systemId && mapping.to.system !== systemId,
    ),
    sourceOfTruth,
  };
}

/** Removes a canonical status and every app value's mapping to it. */
export function removeCanonical(workspace: Workspace, canonical: string): Workspace {
  return {
    ...workspace,
    canonicalStatuses: workspace.canonicalStatuses.filter((status) => status.id !== canonical),
    systems: workspace.systems.map((system) => ({
      ...system,
      statuses: system.statuses.map((status) => ({
        ...status,
        canonical: status.canonical.filter((id) => id !== canonical),
      })),
    })),
  };
}

/** Renames a record type along with its generic REST settings and the mappings naming it. */
export function renameRecordType(
  workspace: Workspace,
  systemId: string,
  from: string,
  to: string,
): Workspace {
  const renamed = updateSystem(workspace, systemId, (system) => {
    const rest = system.connector.rest;
    const settings = rest
      ? Object.entries(rest.recordTypes).map(([id, value]) => [id === from ? to : id, value])
      : [];
    return {
      ...system,
      recordTypes: system.recordTypes.map((type) =>
        type.id === from ? { ...type, id: to } : type,
      ),
      connector: rest
        ? { ...system.connector, rest: { recordTypes: Object.fromEntries(settings) } }
        : system.connector,
    };
  });
  const rename = (ref: { system: string; recordType: string }) =>
    ref.system === systemId && ref.recordType === from ? { ...ref, recordType: to } : ref;
  return {
    ...renamed,
    fieldMappings: renamed.fieldMappings.map((mapping) => ({
      from: { ...mapping.from, ...rename(mapping.from) },
      to: rename(mapping.to),
    })),
  };
}

/** Renames a canonical status in the lifecycle and in every app value mapped to it. */
export function renameCanonical(workspace: Workspace, from: string, to: string): Workspace {
  return {
    ...workspace,
    canonicalStatuses: workspace.canonicalStatuses.map((status) =>
      status.id === from ? { ...status, id: to } : status,
    ),
    systems: workspace.systems.map((system) => ({
      ...system,
      statuses: system.statuses.map((status) => ({
        ...status,
        canonical: status.canonical.map((id) => (id === from ? to : id)),
      })),
    })),
  };
}
