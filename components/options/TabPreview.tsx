import { useState } from 'preact/hooks';
import type { ExtractionPreview } from '@/lib/config/preview-schema';
import type { RecordType, SystemConfig } from '@/lib/config/schema';
import { SelectField } from './fields';
import { openTabs, previewInTab, type OpenTab } from './tab-preview';

/** "Test on an open tab": runs the draft rules in a tab of this system and shows the result. */
export function TabPreview({
  system,
  recordType,
}: {
  system: SystemConfig;
  recordType: RecordType;
}) {
  const [tabs, setTabs] = useState<OpenTab[]>();
  const [tabId, setTabId] = useState<number>();
  const [result, setResult] = useState<ExtractionPreview>();
  const [error, setError] = useState<string>();

  const findTabs = async () => {
    setError(undefined);
    const found = await openTabs(system.origins).catch((failure: unknown) => {
      setError(String(failure));
      return [];
    });
    setTabs(found);
    setTabId(found[0]?.id);
  };

  const test = async () => {
    if (tabId === undefined) return;
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await previewInTab(tabId, recordType));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div class="preview" data-testid="tab-preview">
      <button type="button" data-testid="find-tabs" onClick={() => void findTabs()}>
        Find open {system.label} tabs
      </button>
      {tabs && tabs.length === 0 ? (
        <p class="muted">
          No open tab on {system.origins.join(', ')}. Open a record page, then try again.
        </p>
      ) : null}
      {tabs && tabs.length > 0 ? (
        <div class="row">
          <SelectField
            label="Tab"
            value={String(tabId ?? '')}
            options={tabs.map((tab) => ({
              value: String(tab.id),
              label: `${tab.title} (${tab.url})`,
            }))}
            testId="tab-select"
            onChange={(value) => setTabId(Number(value))}
          />
          <button type="button" data-testid="test-tab" onClick={() => void test()}>
            Test on this tab
          </button>
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert" data-testid="preview-error">
          {error}
        </p>
      ) : null}
      {result ? <PreviewResult result={result} /> : null}
    </div>
  );
}

function PreviewResult({ result }: { result: ExtractionPreview }) {
  return (
    <div role="status" data-testid="preview-result" data-page-id={result.pageId ?? ''}>
      <p>
        {result.pageId === null
          ? 'The URL rule does not match this page.'
          : `Record id from the URL: ${result.pageId}.`}{' '}
        {result.ready ? 'The ready selector matches.' : 'The ready selector matches nothing yet.'}
      </p>
      <table>
        <tbody>
          {Object.entries(result.fields).map(([field, value]) => (
            <tr key={field} data-testid="preview-field" data-field={field}>
              <th scope="row">{field}</th>
              <td>{value}</td>
            </tr>
          ))}
          {result.missing.map((field) => (
            <tr key={field} class="unmapped" data-testid="preview-missing" data-field={field}>
              <th scope="row">{field}</th>
              <td>nothing found</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
