/** Bad command-line usage or a malformed input file; the CLI prints it and exits with code 2. */
export class InputError extends Error {}
