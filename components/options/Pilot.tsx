import { useState } from 'preact/hooks';
import type { Workspace } from '@/lib/config/schema';
import { sendRequest } from '@/lib/messaging/client';
import { readPilotCsv, type PilotDataset } from '@/lib/pilot/dataset';
import { runPilot, type PilotPair, type PilotReport } from '@/lib/pilot/run';
import type { CountryCode } from '@/lib/normalize/index';
import { PilotTable } from './PilotTable';

/** Most pairs one link-verdict request carries; the background rejects more. */
const VERDICT_CHUNK = 500;
const DATE_ORDER = { iso: undefined, us: 'mdy', eu: 'dmy' } as const;

interface Upload {
  fileName: string;
  text: string;
  idColumn: string;
}

/**
 * Matching pilot: import one customer CSV export per app, run matching in this page, review
 * the links, suggestions and duplicates, and accept the chosen pairs as stored links.
 */
export function Pilot({ workspace }: { workspace: Workspace }) {
  const systems = workspace.systems.flatMap((system) => {
    const type = system.recordTypes.find((candidate) => candidate.kind === 'party');
    return type ? [{ system, type }] : [];
  });
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  const [report, setReport] = useState<PilotReport>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const run = () => {
    setMessage(undefined);
    try {
      const datasets: PilotDataset[] = systems.flatMap(({ system, type }) => {
        const upload = uploads[system.id];
        return upload
          ? [
              readPilotCsv(upload.text, {
                system: system.id,
                type: type.id,
                fileName: upload.fileName,
                idColumn: upload.idColumn,
              }),
            ]
          : [];
      });
      if (datasets.length < 2)
        throw new Error('Import at least two exports, one per app, then run the pilot.');
      const result = runPilot(datasets, {
        defaultRegion: (id) =>
          workspace.systems.find((s) => s.id === id)?.defaultRegion as CountryCode | undefined,
        dateOrder: (id) =>
          DATE_ORDER[workspace.systems.find((s) => s.id === id)?.dateFormat ?? 'iso'],
      });
      setReport(result);
      setSelected(new Set(result.links.map(pairId)));
    } catch (error) {
      setReport(undefined);
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const accept = async () => {
    const pairs = [...(report?.links ?? []), ...(report?.suggestions ?? [])].filter((pair) =>
      selected.has(pairId(pair)),
    );
    try {
      for (let start = 0; start < pairs.length; start += VERDICT_CHUNK) {
        const chunk = pairs
          .slice(start, start + VERDICT_CHUNK)
          .map((pair): [string, string] => [pair.a, pair.b]);
        await sendRequest({ type: 'link-verdict', pairs: chunk, verdict: 'confirmed' });
      }
      setMessage({
        text: `Saved ${pairs.length} links. The panel now finds these records by link.`,
        error: false,
      });
    } catch (error) {
      setMessage({
        text: `Saving the links failed: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
  };

  return (
    <section data-testid="pilot">
      <h2>Matching pilot</h2>
      <p class="muted">
        Export customers from each app as CSV with a header row: an id column with the app's record
        id, and columns named like the match fields (name, given_name, surname, company, email,
        phone, address, city, postcode, country). Nothing is sent anywhere: matching runs in this
        page.
      </p>
      {systems.map(({ system, type }) => (
        <UploadRow
          key={system.id}
          label={`${system.label} ${type.label.toLowerCase()}s`}
          systemId={system.id}
          upload={uploads[system.id]}
          onChange={(upload) => setUploads({ ...uploads, [system.id]: upload })}
        />
      ))}
      <button type="button" data-testid="pilot-run" onClick={run}>
        Run matching
      </button>
      {message ? (
        <p class={message.error ? 'error' : 'ok'} role="status" data-testid="pilot-message">
          {message.text}
        </p>
      ) : null}
      {report ? (
        <PilotResults
          report={report}
          selected={selected}
          onToggle={(id) => setSelected(toggle(selected, id))}
          onAccept={() => void accept()}
        />
      ) : null}
    </section>
  );
}

function UploadRow({
  label,
  systemId,
  upload,
  onChange,
}: {
  label: string;
  systemId: string;
  upload?: Upload;
  onChange(upload: Upload): void;
}) {
  const read = async (file: File | undefined) => {
    if (file)
      onChange({
        fileName: file.name,
        text: await file.text(),
        idColumn: upload?.idColumn ?? 'id',
      });
  };
  return (
    <div class="upload-row">
      <label>
        {label}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid={`pilot-file-${systemId}`}
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
      </label>{' '}
      <label>
        id column{' '}
        <input
          type="text"
          size={10}
          value={upload?.idColumn ?? 'id'}
          disabled={!upload}
          onInput={(event) =>
            upload && onChange({ ...upload, idColumn: event.currentTarget.value })
          }
        />
      </label>
    </div>
  );
}

function PilotResults({
  report,
  selected,
  onToggle,
  onAccept,
}: {
  report: PilotReport;
  selected: Set<string>;
  onToggle(id: string): void;
  onAccept(): void;
}) {
  return (
    <div data-testid="pilot-report">
      <p>
        Records:{' '}
        {Object.entries(report.counts)
          .map(([system, count]) => `${system} ${count}`)
          .join(', ')}
        . Found <strong data-testid="pilot-links">{report.links.length}</strong> links,{' '}
        <strong data-testid="pilot-suggestions">{report.suggestions.length}</strong> suggestions and{' '}
        <strong data-testid="pilot-duplicates">{report.duplicates.length}</strong> possible
        duplicates.
      </p>
      <button type="button" data-testid="pilot-accept" onClick={onAccept}>
        Accept {selected.size} selected pairs as links
      </button>
      <PilotTable
        title="Links (exact-key evidence)"
        pairs={report.links}
        selected={selected}
        onToggle={onToggle}
      />
      <PilotTable
        title="Suggestions (check before accepting)"
        pairs={report.suggestions}
        selected={selected}
        onToggle={onToggle}
      />
      <PilotTable title="Possible duplicates inside one app" pairs={report.duplicates} />
    </div>
  );
}

export function pairId(pair: PilotPair): string {
  return `${pair.a}|${pair.b}`;
}

function toggle(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
