import { setStatusMapping, unmappedValues } from '@/lib/config/edit';
import type { Workspace } from '@/lib/config/schema';

/**
 * Renders canonical statuses as rows and systems as columns. Each cell picks the app value a
 * canonical status is written as. Unmapped cells, and app values no canonical status maps to,
 * are highlighted, because a push leaves those records unchanged.
 */
export function StatusMatrix({
  workspace,
  onChange,
}: {
  workspace: Workspace;
  onChange(next: Workspace): void;
}) {
  return (
    <>
      <table data-testid="status-matrix">
        <caption class="muted">Which value each app is given for each canonical status</caption>
        <thead>
          <tr>
            <th scope="col">Canonical status</th>
            {workspace.systems.map((system) => (
              <th scope="col" key={system.id}>
                {system.label}
              </th>
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
                const value =
                  system.statuses.find((status) => status.canonical.includes(canonical.id))
                    ?.value ?? '';
                return (
                  <td
                    key={system.id}
                    class={value ? '' : 'unmapped'}
                    data-testid="matrix-cell"
                    data-system={system.id}
                    data-canonical={canonical.id}
                    data-mapped={String(value !== '')}
                  >
                    <select
                      aria-label={`${system.label} value for ${canonical.label}`}
                      value={value}
                      onChange={(event) =>
                        onChange(
                          setStatusMapping(
                            workspace,
                            system.id,
                            canonical.id,
                            event.currentTarget.value || undefined,
                          ),
                        )
                      }
                    >
                      <option value="">unmapped</option>
                      {system.statuses.map((status) => (
                        <option key={status.value} value={status.value}>
                          {status.label} ({status.value})
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <UnmappedValues workspace={workspace} />
    </>
  );
}

function UnmappedValues({ workspace }: { workspace: Workspace }) {
  const rows = workspace.systems
    .map((system) => ({ system, values: unmappedValues(system) }))
    .filter((row) => row.values.length > 0);
  if (rows.length === 0) return <p class="muted">Every app value maps to a canonical status.</p>;
  return (
    <div class="unmapped-values" data-testid="unmapped-values">
      <p>App values with no canonical status; the panel shows them as unmapped:</p>
      <ul>
        {rows.map(({ system, values }) => (
          <li key={system.id} class="unmapped" data-system={system.id}>
            {system.label}:{' '}
            {values.map((value) => (
              <code key={value}>{value}</code>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
