import { isPlainObject, jsonReply, parseJson, type Reply } from '../server/http';
import type { RequestContext } from '../server/types';
import { CRM_STAGES, type CrmStageId } from '../seed/statuses';
import { crmError, crmErrors } from './errors';
import { dealPipeline } from './pipelines';
import { contactToApi, dealToApi } from './serialize';
import type { CrmStore } from './store';

const OBJECT_ROUTE = /^\/crm\/v3\/objects\/(contacts|deals)(?:\/([^/]+))?\/?$/;
const PIPELINE_ROUTE = /^\/crm\/v3\/pipelines\/deals(?:\/(default))?\/?$/;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const DEAL_PROPERTIES = new Set(['dealname', 'pipeline', 'amount', 'closedate', 'hs_object_id']);

/** Routes a HubSpot CRM v3 API request. */
export function handleCrmApi(store: CrmStore, context: RequestContext): Reply {
  const { method, url } = context;
  const pipeline = PIPELINE_ROUTE.exec(url.pathname);
  if (pipeline && method === 'GET') {
    return jsonReply(200, pipeline[1] ? dealPipeline() : { results: [dealPipeline()] });
  }
  const match = OBJECT_ROUTE.exec(url.pathname);
  if (!match) return crmErrors.notFound(`No API route matches ${method} ${url.pathname}`);
  const [, objectType, id] = match;

  if (method === 'PATCH' && objectType === 'deals' && id !== undefined) {
    return patchDeal(store, context, id);
  }
  if (method !== 'GET') {
    return crmError(
      405,
      'VALIDATION_ERROR',
      `Method ${method} is not supported on ${url.pathname}`,
    );
  }
  if (objectType === 'deals') return getObjects(store.deals, dealToApi, id, url);
  return getObjects(store.contacts, contactToApi, id, url);
}

/** Returns one object when `id` is given, else one page of the list. */
function getObjects<T extends { id: string }>(
  records: Map<string, T>,
  serialize: (record: T) => unknown,
  id: string | undefined,
  url: URL,
): Reply {
  if (id === undefined) return listObjects(records, serialize, url);
  const record = records.get(id);
  return record ? jsonReply(200, serialize(record)) : notFound();
}

function listObjects<T extends { id: string }>(
  records: Map<string, T>,
  serialize: (record: T) => unknown,
  url: URL,
): Reply {
  const limitParam = url.searchParams.get('limit');
  const limit = limitParam === null ? DEFAULT_LIMIT : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return crmErrors.badRequest(
      `limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limitParam}`,
    );
  }
  const after = url.searchParams.get('after');
  if (after !== null && !/^\d+$/.test(after)) {
    return crmErrors.badRequest(
      `after must be a paging cursor from a previous response, got ${after}`,
    );
  }
  const start = after === null ? 0 : Number(after);
  const matching = [...records.values()].filter((record) => Number(record.id) >= start);
  const page = matching.slice(0, limit);
  const next = matching[limit];
  return jsonReply(200, {
    results: page.map(serialize),
    ...(next ? { paging: { next: { after: next.id } } } : {}),
  });
}

function patchDeal(store: CrmStore, context: RequestContext, id: string): Reply {
  if (!store.deals.has(id)) return notFound();
  const input = parseJson(context.body);
  if (!isPlainObject(input) || !isPlainObject(input.properties)) {
    return crmErrors.badRequest(
      'Invalid input JSON: expected { "properties": { "dealstage": ... } }',
    );
  }
  const problems = Object.entries(input.properties).flatMap(([name, value]) =>
    validateProperty(name, value),
  );
  if (problems.length === 0 && !('dealstage' in input.properties)) {
    return crmErrors.badRequest('Property values were not valid: no dealstage given');
  }
  if (problems.length > 0) {
    return crmErrors.badRequest(`Property values were not valid: ${JSON.stringify(problems)}`);
  }
  const deal = store.setStage(id, input.properties.dealstage as CrmStageId);
  if (!deal) return notFound();
  context.recordWrite(id);
  return jsonReply(200, dealToApi(deal));
}

/** Returns HubSpot-style validation results for one property of a deal PATCH. */
function validateProperty(name: string, value: unknown): Record<string, unknown>[] {
  if (name === 'dealstage') {
    if (CRM_STAGES.some((stage) => stage.id === value)) return [];
    const allowed = CRM_STAGES.map((stage) => stage.id).join(', ');
    const message = `${JSON.stringify(value)} was not one of the allowed options: [${allowed}]`;
    return [{ isValid: false, message, error: 'INVALID_OPTION', name }];
  }
  if (DEAL_PROPERTIES.has(name)) {
    const message = `Property "${name}" cannot be changed through the demo API; only dealstage can`;
    return [{ isValid: false, message, error: 'READ_ONLY_VALUE', name }];
  }
  const message = `Property "${name}" does not exist`;
  return [{ isValid: false, message, error: 'PROPERTY_DOESNT_EXIST', name }];
}

/** HubSpot answers every missing object with this fixed message. */
function notFound(): Reply {
  return crmErrors.notFound('resource not found');
}
