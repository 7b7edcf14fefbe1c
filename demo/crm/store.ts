import { nextTimestamp } from '../server/clock';
import type { CrmSeed } from '../seed/crm';
import type { CrmStageId } from '../seed/statuses';
import type { CrmContact, CrmDeal } from './records';

/** The CRM's contacts and deals, in id order, restorable to the seed. */
export class CrmStore {
  contacts = new Map<string, CrmContact>();
  deals = new Map<string, CrmDeal>();

  constructor(private readonly seed: CrmSeed) {
    this.reset();
  }

  reset(): void {
    const copy = structuredClone(this.seed);
    this.contacts = new Map(copy.contacts.map((contact) => [contact.id, contact]));
    this.deals = new Map(copy.deals.map((deal) => [deal.id, deal]));
  }

  /** Sets a deal's stage and its update time. Returns undefined when no deal has the id. */
  setStage(id: string, stage: CrmStageId): CrmDeal | undefined {
    const deal = this.deals.get(id);
    if (!deal) return undefined;
    deal.dealstage = stage;
    deal.updatedAt = nextTimestamp(deal.updatedAt);
    return deal;
  }
}
