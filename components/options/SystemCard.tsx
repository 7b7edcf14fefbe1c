import type { Extractor, SystemConfig } from '@/lib/config/schema';

function describeExtractor(extractor: Extractor): string {
  switch (extractor.from) {
    case 'selector':
      return extractor.attribute ? `${extractor.selector} [${extractor.attribute}]` : extractor.selector;
    case 'label':
      return `label "${extractor.label}"`;
    case 'url':
      return `URL parameter ${extractor.param}`;
    case 'jsonld':
      return `JSON-LD ${extractor.path}`;
  }
}

/** One system's origins, connector and record page rules, read-only. */
export function SystemCard({ system }: { system: SystemConfig }) {
  const auth = system.connector.auth.type === 'bearer' ? `bearer token "${system.connector.auth.secretId}"` : 'session cookie';
  return (
    <section class="card" data-testid="system-card" data-system={system.id}>
      <h3>
        {system.label} <code>{system.id}</code>
      </h3>
      <p>
        Origins: {system.origins.join(', ')}
        <br />
        Connector: {system.connector.kind} at <code>{system.connector.baseUrl}</code>, {auth}, up to {system.connector.maxConcurrent} requests at once
      </p>
      {system.recordTypes.map((type) => (
        <div key={type.id}>
          <h4>
            {type.label} ({type.kind === 'party' ? 'customer' : 'carries a status'})
          </h4>
          <p class="muted">
            Page: {[type.url.path, type.url.hash, type.url.idParam && `?${type.url.idParam}=…`].filter(Boolean).join(' ')}; ready when <code>{type.ready}</code> exists
          </p>
          <table>
            <tbody>
              {Object.entries(type.fields).map(([field, extractor]) => (
                <tr key={field}>
                  <th scope="row">{field}</th>
                  <td>{describeExtractor(extractor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
