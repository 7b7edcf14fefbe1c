import type { RecordType, StatusValue, SystemConfig, Workspace } from './schema';

export function findSystem(workspace: Workspace, systemId: string): SystemConfig | undefined {
  return workspace.systems.find((system) => system.id === systemId);
}

export function findRecordType(system: SystemConfig, typeId: string): RecordType | undefined {
  return system.recordTypes.find((type) => type.id === typeId);
}

export function findStatus(system: SystemConfig, value: string): StatusValue | undefined {
  return system.statuses.find((status) => status.value === value);
}

/** Returns the app value a canonical status is written as, or undefined when it is unmapped. */
export function appValueFor(system: SystemConfig, canonical: string): string | undefined {
  return system.statuses.find((status) => status.canonical.includes(canonical))?.value;
}

/** Finds the system whose origins include the page's origin. */
export function systemForOrigin(workspace: Workspace, origin: string): SystemConfig | undefined {
  return workspace.systems.find((system) =>
    system.origins.some((allowed) => new URL(allowed).origin === origin),
  );
}
