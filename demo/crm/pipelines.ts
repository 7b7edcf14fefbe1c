import { CRM_STAGES } from '../seed/statuses';

/** Fixed creation time of the pipeline, as HubSpot reports one for every pipeline. */
const PIPELINE_CREATED = '2024-01-08T00:00:00.000Z';
const CLOSED_STAGES = new Set(['closedwon', 'closedlost']);
/** Win probability per stage, as a decimal string the way HubSpot stage metadata has it. */
const PROBABILITIES: Readonly<Record<string, string>> = { closedwon: '1.0', closedlost: '0.0' };

/** Builds the single deal pipeline in the HubSpot v3 pipelines shape. */
export function dealPipeline() {
  return {
    id: 'default',
    label: 'Sales Pipeline',
    displayOrder: 0,
    createdAt: PIPELINE_CREATED,
    updatedAt: PIPELINE_CREATED,
    archived: false,
    stages: CRM_STAGES.map((stage, index) => ({
      id: stage.id,
      label: stage.label,
      displayOrder: index,
      metadata: {
        isClosed: String(CLOSED_STAGES.has(stage.id)),
        probability: PROBABILITIES[stage.id] ?? '0.5',
      },
      createdAt: PIPELINE_CREATED,
      updatedAt: PIPELINE_CREATED,
      archived: false,
    })),
  };
}
