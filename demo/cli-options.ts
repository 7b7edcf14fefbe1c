import { DEFAULT_PORTS, type DemoAppName } from './index';

export interface CliOptions {
  ports: Partial<Record<DemoAppName, number>>;
  seed?: number;
  writeTruth: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run demo -- [options]

Starts the demo CRM, Books and Scheduler apps on 127.0.0.1.

Options:
  --crm-port N        Port of the CRM (default ${DEFAULT_PORTS.crm}, 0 picks a free port)
  --books-port N      Port of Books (default ${DEFAULT_PORTS.books})
  --scheduler-port N  Port of the Scheduler (default ${DEFAULT_PORTS.scheduler})
  --seed N            Seed of the generated data (default 42)
  --write-truth       Write demo/data/ground-truth.json for the seed and exit
  --help              Show this help`;

const PORT_FLAGS: Readonly<Record<string, DemoAppName>> = {
  '--crm-port': 'crm',
  '--books-port': 'books',
  '--scheduler-port': 'scheduler',
};

/** Parses the command line. Throws an Error with a message meant for the user on bad input. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  const options: CliOptions = { ports: {}, writeTruth: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] ?? '';
    if (flag === '--write-truth') options.writeTruth = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--seed') options.seed = parseWhole(flag, args[++i], 2 ** 32 - 1);
    else if (PORT_FLAGS[flag]) options.ports[PORT_FLAGS[flag]] = parseWhole(flag, args[++i], 65535);
    else throw new Error(`Unknown option ${flag}. Run with --help for the options.`);
  }
  return options;
}

function parseWhole(flag: string, value: string | undefined, max: number): number {
  const number = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || number > max) {
    throw new Error(`${flag} needs a whole number from 0 to ${max}, got ${value ?? 'nothing'}`);
  }
  return number;
}
