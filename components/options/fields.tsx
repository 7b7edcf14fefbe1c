import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  help?: ComponentChildren;
  placeholder?: string;
  type?: 'text' | 'url' | 'password' | 'number';
  /** For number inputs: lowest, highest and step. */
  min?: number;
  max?: number;
  step?: number;
  autoComplete?: string;
}

/** A labelled text input; `help` is linked with aria-describedby. */
export function TextField(props: FieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        // Preact types each input type separately; all four accept the same attributes here.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        placeholder={props.placeholder}
        min={props.min}
        max={props.max}
        step={props.step}
        autoComplete={props.autoComplete ?? 'off'}
        spellcheck={false}
        aria-describedby={props.help ? `${id}-help` : undefined}
        data-testid={props.testId}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
      {props.help ? (
        <small id={`${id}-help`} class="muted">
          {props.help}
        </small>
      ) : null}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A labelled select. */
export function SelectField(props: {
  label: string;
  value: string;
  options: Option[];
  onChange(value: string): void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled checkbox. */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  testId?: string;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/** Returns undefined for an empty input, so optional schema fields stay absent. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
