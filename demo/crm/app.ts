import { adminError } from '../server/admin';
import { jsonReply, type Reply } from '../server/http';
import { isReply, parseMutateRequest } from '../server/mutate';
import type { DemoApp } from '../server/types';
import type { CrmSeed } from '../seed/crm';
import { CRM_STAGES, isCanonicalStatus, STATUS_MAP, type CrmStageId } from '../seed/statuses';
import { handleCrmApi } from './api';
import { crmErrors } from './errors';
import { crmAsset, crmShell, isCrmPage } from './pages';
import { dealToApi } from './serialize';
import { CrmStore } from './store';

export const CRM_TOKEN = 'demo-crm-token';

/** Creates the HubSpot-like CRM: a single-page app over the CRM v3 objects API. */
export function createCrmApp(seed: CrmSeed): DemoApp {
  const store = new CrmStore(seed);
  return {
    name: 'crm',
    title: 'Demo CRM',
    cookieName: 'crm_session',
    apiToken: CRM_TOKEN,
    homePath: '/deals',
    errors: crmErrors,
    isApiPath: (path) => path.startsWith('/crm/'),
    reset: () => store.reset(),
    handleApi: (context) => handleCrmApi(store, context),
    handlePage: (context) => (isCrmPage(context.url.pathname) ? crmShell() : undefined),
    handleAsset: crmAsset,
    mutate: (input) => mutateDeal(store, input),
  };
}

function mutateDeal(store: CrmStore, input: unknown): Reply {
  const request = parseMutateRequest(input, ['deal', 'deals']);
  if (isReply(request)) return request;
  const stage = resolveStage(request.status);
  if (!stage) {
    const stages = CRM_STAGES.map((entry) => entry.id).join(', ');
    return adminError(
      400,
      `Unknown deal status ${request.status}. Use a stage id (${stages}), its label or a canonical status`,
    );
  }
  const deal = store.setStage(request.id, stage);
  if (!deal) return adminError(404, `No deal with id ${request.id}`);
  return jsonReply(200, dealToApi(deal));
}

/** Accepts a stage id, a stage label in any case, or a canonical status. */
function resolveStage(status: string): CrmStageId | undefined {
  const byIdOrLabel = CRM_STAGES.find(
    (stage) => stage.id === status || stage.label.toLowerCase() === status.toLowerCase(),
  );
  if (byIdOrLabel) return byIdOrLabel.id;
  return isCanonicalStatus(status) ? STATUS_MAP[status].crm : undefined;
}
