import type { StatusValue, SystemConfig } from '@/lib/config/schema';
import { TextField } from './fields';
import type { EditSystem } from './SystemEditor';

/** Renders the status values the app itself uses; the status map links them to canonical statuses. */
export function StatusValuesEditor({
  system,
  editSystem,
}: {
  system: SystemConfig;
  editSystem: EditSystem;
}) {
  const change = (index: number, patch: Partial<StatusValue>) =>
    editSystem((current) => ({
      ...current,
      statuses: current.statuses.map((status, at) =>
        at === index ? { ...status, ...patch } : status,
      ),
    }));
  const remove = (index: number) =>
    editSystem((current) => ({
      ...current,
      statuses: current.statuses.filter((_, at) => at !== index),
    }));
  const add = () =>
    editSystem((current) => ({
      ...current,
      statuses: [...current.statuses, { value: '', label: '', canonical: [] }],
    }));

  return (
    <fieldset class="group" data-testid="status-values">
      <legend>{system.label} status values</legend>
      <p class="muted">
        The values its API writes, with the label people see. Map them in the Status map tab.
      </p>
      {system.statuses.map((status, index) => (
        <div class="row" key={index} data-testid="status-value">
          <TextField
            label="API value"
            value={status.value}
            testId="status-value-value"
            onChange={(value) => change(index, { value })}
          />
          <TextField
            label="Label"
            value={status.label}
            testId="status-value-label"
            onChange={(label) => change(index, { label })}
          />
          <button type="button" class="danger" onClick={() => remove(index)}>
            Remove {status.label || status.value || 'value'}
          </button>
        </div>
      ))}
      <button type="button" data-testid="add-status-value" onClick={add}>
        Add status value
      </button>
    </fieldset>
  );
}
