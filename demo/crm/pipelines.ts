import { CRM_STAGES } from '../seed/statuses';

/** Fixed creation time of the pipeline, as HubSpot reports one for every pipeline. */
const PIPELINE_CREATED = '2024-01-08T00:00:00.000Z';
const CLOSED_STAGES = new Set(['closedwon', 'closedlost']);

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
        probability: stage.id === 'closedwon' ? '1.0' : stage.id === 'closedlost' ? '0.0' : '0.5',
      },
      createdAt: PIPELINE_CREATED,
      updatedAt: PIPELINE_CREATED,
      archived: false,
    })),
  };
}
