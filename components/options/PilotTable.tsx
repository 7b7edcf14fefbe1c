import type { PilotPair } from '@/lib/pilot/run';

/** Rows shown per table; the counts above the tables cover every pair. */
const MAX_ROWS = 200;

interface PilotTableProps {
  title: string;
  pairs: PilotPair[];
  selected?: Set<string>;
  onToggle?(id: string): void;
}

export function PilotTable({ title, pairs, selected, onToggle }: PilotTableProps) {
  if (pairs.length === 0) return null;
  return (
    <details open={pairs.length <= 20}>
      <summary>
        {title}: {pairs.length}
        {pairs.length > MAX_ROWS ? ` (first ${MAX_ROWS} shown)` : ''}
      </summary>
      <table>
        <thead>
          <tr>
            {onToggle ? <th scope="col">Accept</th> : null}
            <th scope="col">Record</th>
            <th scope="col">Matches</th>
            <th scope="col">Score</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {pairs.slice(0, MAX_ROWS).map((pair) => {
            const id = `${pair.a}|${pair.b}`;
            return (
              <tr key={id}>
                {onToggle ? (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Accept ${pair.a} and ${pair.b}`}
                      checked={selected?.has(id)}
                      onChange={() => onToggle(id)}
                    />
                  </td>
                ) : null}
                <td>{pair.a}</td>
                <td>{pair.b}</td>
                <td>{pair.score.toFixed(2)}</td>
                <td>{pair.reasons.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
