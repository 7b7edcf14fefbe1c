import { useEffect, useState } from 'preact/hooks';
import type { Extractor, SystemConfig } from '@/lib/config/schema';
import { hasAccess, requestAccess } from './access';

const AUTH_TEXT = {
  bearer: 'bearer token',
  apiKey: 'API key header',
  cookie: 'session cookie',
} as const;

export function describeExtractor(extractor: Extractor): string {
  switch (extractor.from) {
    case 'selector':
      return extractor.attribute
        ? `${extractor.selector} [${extractor.attribute}]`
        : extractor.selector;
    case 'label':
      return `label "${extractor.label}"`;
    case 'url':
      return `URL parameter ${extractor.param}`;
    case 'jsonld':
      return `JSON-LD ${extractor.path}`;
  }
}

/** Renders one system's summary: origins, connector, record types, host access, edit and remove. */
export function SystemCard(props: { system: SystemConfig; onEdit(): void; onRemove(): void }) {
  const { system } = props;
  const [access, setAccess] = useState<boolean>();
  useEffect(() => {
    hasAccess(system).then(setAccess, () => setAccess(false));
  }, [system]);

  const grant = () => {
    // The request must be the first call in the click handler to count as a user gesture.
    requestAccess(system).then(setAccess, () => setAccess(false));
  };

  return (
    <section class="card" data-testid="system-card" data-system={system.id}>
      <h3>
        {system.label} <code>{system.id}</code>
      </h3>
      <p>
        Pages on {system.origins.join(', ')}
        <br />
        Connector {system.connector.kind} at <code>{system.connector.baseUrl}</code>,{' '}
        {AUTH_TEXT[system.connector.auth.type]}
        <br />
        Record types:{' '}
        {system.recordTypes
          .map((type) => `${type.label} (${Object.keys(type.fields).length} fields)`)
          .join(', ')}
      </p>
      <p data-testid="access" data-granted={String(access ?? 'unknown')}>
        {access === undefined
          ? 'Checking host access…'
          : access
            ? 'Host access granted.'
            : 'No host access yet: Lockstep cannot read these pages or call this API.'}
      </p>
      <div class="row">
        <button type="button" data-testid="edit-system" onClick={props.onEdit}>
          Edit {system.label}
        </button>
        {access === false ? (
          <button type="button" data-testid="grant-access" onClick={grant}>
            Grant access
          </button>
        ) : null}
        <button type="button" class="danger" data-testid="remove-system" onClick={props.onRemove}>
          Remove {system.label}
        </button>
      </div>
    </section>
  );
}
