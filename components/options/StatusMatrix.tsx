import type { Workspace } from '@/lib/config/schema';

/**
 * Canonical statuses as rows, systems as columns; each cell is the app value a canonical
 * status is written as. Empty cells are unmapped and highlighted.
 */
export function StatusMatrix({ workspace }: { workspace: Workspace }) {
  return (
    <table data-testid="status-matrix">
      <thead>
        <tr>
          <th scope="col">Canonical status</th>
          {workspace.systems.map((system) => (
            <th scope="col" key={system.id}>{system.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {workspace.canonicalStatuses.map((canonical) => (
          <tr key={canonical.id}>
            <th scope="row">
              {canonical.label}
              {canonical.highImpact ? <span class="muted"> (needs confirmation)</span> : null}
            </th>
            {workspace.systems.map((system) => {
              const value = system.statuses.find((status) => status.canonical.includes(canonical.id));
              return (
                <td key={system.id} class={value ? '' : 'unmapped'}>
                  {value ? `${value.label} (${value.value})` : 'unmapped'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
