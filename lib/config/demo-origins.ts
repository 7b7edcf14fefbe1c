/** Port of each demo app on 127.0.0.1; `npm run demo` and the tests use these. */
export const DEMO_PORTS = { crm: 4101, books: 4102, scheduler: 4103 } as const;

export const demoOrigin = (port: number) => `http://127.0.0.1:${port}`;

/**
 * Match patterns of the demo apps, where the manifest's content script runs from install on.
 * Every other configured origin gets the content script registered at runtime.
 */
export const DEMO_MATCH_PATTERNS = Object.values(DEMO_PORTS).map((port) => `${demoOrigin(port)}/*`);
