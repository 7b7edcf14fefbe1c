import { findRecordType, findStatus, findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import type { CachedRecord } from '../records/types';
import type { MatchView, PanelView, RecordView, StatusView } from '../views';
import { isTrusted, type Found } from './found';
import type { Resolution } from './resolve';

export function toRecordView(workspace: Workspace, record: CachedRecord): RecordView {
  const system = findSystem(workspace, record.system);
  const type = system ? findRecordType(system, record.type) : undefined;
  return {
    key: record.key,
    system: record.system,
    systemLabel: system?.label ?? record.system,
    type: record.type,
    typeLabel: type?.label ?? record.type,
    pageId: record.pageId,
    title: record.title,
    status:
      record.status === undefined ? undefined : statusView(workspace, record.system, record.status),
  };
}

export function statusView(workspace: Workspace, systemId: string, value: string): StatusView {
  const system = findSystem(workspace, systemId);
  const status = system ? findStatus(system, value) : undefined;
  return { value, label: status?.label ?? value, canonical: status?.canonical ?? [] };
}

/** Builds what the panel shows from a resolution; page data stays plain text throughout. */
export function buildPanelView(
  workspace: Workspace,
  record: CachedRecord,
  resolution: Resolution,
): PanelView {
  const matches: MatchView[] = resolution.matches.map((found) => ({
    record: toRecordView(workspace, found.record),
    source: found.source,
    decision: found.decision,
    confidence: Math.round(found.confidence * 100) / 100,
    reasons: found.reasons,
    linkPairs: linkPairs(record, resolution.party, found),
  }));
  const view = toRecordView(workspace, record);
  const notices = resolution.duplicates.map((found) => {
    const duplicate = toRecordView(workspace, found.record);
    return `Possible duplicate of ${duplicate.typeLabel.toLowerCase()} ${duplicate.pageId} (${duplicate.title}): ${found.reasons.join('; ')}`;
  });

  return {
    record: view,
    party:
      resolution.party && resolution.party.key !== record.key
        ? toRecordView(workspace, resolution.party)
        : undefined,
    matches,
    canonicalStatuses: workspace.canonicalStatuses,
    // Suggestions may be other records altogether, so only trusted matches can disagree.
    disagreement: hasDisagreement([
      view,
      ...matches.filter(isTrusted).map((match) => match.record),
    ]),
    notices,
  };
}

/** True when no canonical status fits every record's current app value. */
export function hasDisagreement(records: RecordView[]): boolean {
  const statuses = records
    .map((record) => record.status)
    .filter((status): status is StatusView => status !== undefined);
  if (statuses.length < 2) return false;
  const [first, ...rest] = statuses.map((status) => new Set(status.canonical));
  return ![...(first ?? [])].some((canonical) => rest.every((set) => set.has(canonical)));
}

/**
 * Pairs a "same record" verdict stores: the match itself and, when the match came through the
 * customer, the two customers too, so the customer's other records resolve by link next time.
 */
function linkPairs(
  record: CachedRecord,
  party: CachedRecord | undefined,
  found: Found,
): [string, string][] {
  const pairs: [string, string][] = [[record.key, found.record.key]];
  if (found.viaParty && party && party.key !== record.key) pairs.push([party.key, found.viaParty]);
  return pairs;
}
