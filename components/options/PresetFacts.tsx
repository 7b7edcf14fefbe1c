import type { ConnectorPreset } from '@/lib/connectors/presets';

/** Renders the facts a preset carries from its vendor's API documentation, shown before adding. */
export function PresetFacts({ preset }: { preset: ConnectorPreset }) {
  return (
    <details class="facts" data-testid="preset-facts">
      <summary>{preset.summary}</summary>
      <dl>
        <dt>Pages and ids</dt>
        {preset.idFormats.map((text) => (
          <dd key={text}>{text}</dd>
        ))}
        <dt>Concurrent edits</dt>
        <dd>{preset.concurrency}</dd>
        <dt>Rate limits</dt>
        {preset.rateLimits.map((text) => (
          <dd key={text}>{text}</dd>
        ))}
      </dl>
    </details>
  );
}
