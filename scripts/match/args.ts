import { InputError } from './errors';

/** Options that take a value, with the value's kind for error messages. */
const VALUE_OPTIONS = new Set([
  '--map',
  '--map-b',
  '--key-column',
  '--format',
  '--out',
  '--min-score',
  '--region',
  '--region-b',
  '--date-order',
  '--limit',
  '--candidates',
]);
const FLAG_OPTIONS = new Set(['--help', '--one-to-one', '--transitive']);

export interface ParsedArgs {
  command: string | undefined;
  files: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** Splits argv into a command, file arguments, `--name value` options and flags. */
export function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: undefined, files: [], values: new Map(), flags: new Set() };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inlineValue] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined];

    if (FLAG_OPTIONS.has(name) || arg === '-h') {
      parsed.flags.add(arg === '-h' ? '--help' : name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) {
        throw new InputError(`option ${name} needs a value; see --help`);
      }
      parsed.values.set(name, value);
    } else if (arg.startsWith('-')) {
      throw new InputError(`unknown option ${arg}; see --help`);
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.files.push(arg);
    }
  }
  return parsed;
}

function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

/** Reads a number option within [min, max], or the default when the option is absent. */
export function numberOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = args.values.get(name);
  if (text === undefined) {
    return fallback;
  }

  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`option ${name} must be a number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** Reads a whole-number option within [min, max], or the default when the option is absent. */
export function integerOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = numberOption(args, name, fallback, min, max);
  if (!Number.isInteger(value)) {
    throw new InputError(
      `option ${name} must be a whole number from ${min} to ${max}, got "${args.values.get(name)}"`,
    );
  }
  return value;
}

/** Reads an option that must be one of `choices`, or the default when absent. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const text = args.values.get(name);
  if (text === undefined) {
    return fallback;
  }
  if (!choices.includes(text as T)) {
    throw new InputError(`option ${name} must be one of ${choices.join(', ')}, got "${text}"`);
  }
  return text as T;
}
