import type { Extractor, PageField } from '@/lib/config/schema';
import { optional, SelectField, TextField } from './fields';

/** Ways to read a field; "data attribute" is a selector plus the attribute to read. */
const SOURCES = [
  { value: 'selector', label: 'Text of a CSS selector' },
  { value: 'attribute', label: 'Data attribute of a CSS selector' },
  { value: 'label', label: 'Value next to a label' },
  { value: 'jsonld', label: 'JSON-LD path' },
  { value: 'url', label: 'URL query parameter' },
];

function sourceOf(extractor: Extractor): string {
  return extractor.from === 'selector' && extractor.attribute !== undefined
    ? 'attribute'
    : extractor.from;
}

function switchSource(source: string): Extractor {
  switch (source) {
    case 'attribute':
      return { from: 'selector', selector: '', attribute: 'data-value' };
    case 'label':
      return { from: 'label', label: '' };
    case 'jsonld':
      return { from: 'jsonld', path: '' };
    case 'url':
      return { from: 'url', param: '' };
    default:
      return { from: 'selector', selector: '' };
  }
}

/** Editor for one field's extractor. */
export function ExtractorRow(props: {
  field: PageField;
  extractor: Extractor;
  onChange(next: Extractor | undefined): void;
}) {
  const { field, extractor, onChange } = props;
  return (
    <div class="row extractor" data-testid="extractor" data-field={field}>
      <strong class="field-name">{field}</strong>
      <SelectField
        label={`How to read ${field}`}
        value={sourceOf(extractor)}
        options={SOURCES}
        testId="extractor-source"
        onChange={(source) => onChange(switchSource(source))}
      />
      <ExtractorInputs field={field} extractor={extractor} onChange={onChange} />
      <button type="button" class="danger" onClick={() => onChange(undefined)}>
        Remove {field}
      </button>
    </div>
  );
}

function ExtractorInputs({
  field,
  extractor,
  onChange,
}: {
  field: PageField;
  extractor: Extractor;
  onChange(next: Extractor): void;
}) {
  switch (extractor.from) {
    case 'selector':
      return (
        <>
          <TextField
            label={`${field} selector`}
            value={extractor.selector}
            testId="extractor-selector"
            onChange={(selector) => onChange({ ...extractor, selector })}
          />
          {extractor.attribute !== undefined ? (
            <TextField
              label={`${field} attribute`}
              value={extractor.attribute}
              testId="extractor-attribute"
              onChange={(attribute) => onChange({ ...extractor, attribute })}
            />
          ) : null}
        </>
      );
    case 'label':
      return (
        <>
          <TextField
            label={`${field} label text`}
            value={extractor.label}
            testId="extractor-label"
            onChange={(label) => onChange({ ...extractor, label })}
          />
          <TextField
            label={`${field} scope selector (optional)`}
            value={extractor.scope ?? ''}
            onChange={(scope) => onChange({ ...extractor, scope: optional(scope) })}
          />
        </>
      );
    case 'jsonld':
      return (
        <TextField
          label={`${field} JSON-LD path`}
          value={extractor.path}
          placeholder="customer.email"
          testId="extractor-jsonld"
          onChange={(path) => onChange({ ...extractor, path })}
        />
      );
    case 'url':
      return (
        <TextField
          label={`${field} query parameter`}
          value={extractor.param}
          testId="extractor-param"
          onChange={(param) => onChange({ ...extractor, param })}
        />
      );
  }
}
