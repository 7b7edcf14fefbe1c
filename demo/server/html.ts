/** HTML-escaping template tag for the server-rendered pages. */

/** Markup that is already escaped or written by the server itself, so `html` inserts it as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Builds markup from a template, escaping every interpolated value except SafeHtml. Arrays are
 * joined, and null, undefined and false insert nothing. Values are safe in text and in quoted
 * attribute values, but not inside script or style elements.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function renderValue(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

const STYLE = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 0; color: #1f2933; }
header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #243b53; }
header a { color: #fff; }
header button { color: #fff; background: transparent; border: 1px solid #fff; }
header .brand { font-weight: 600; margin-right: auto; color: #fff; }
main, section, #app { padding: 1rem; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .25rem .75rem .25rem 0; border-bottom: 1px solid #d9e2ec; }
form.login { display: grid; gap: .5rem; max-width: 20rem; }
.error { color: #b00020; }
`;

/** Wraps page content in a complete document with the shared style sheet. */
export function renderDocument(options: {
  title: string;
  header?: SafeHtml;
  body: SafeHtml;
  scripts?: string[];
  /** Script text written by the server. It must never contain request or record data. */
  inlineScript?: string;
}): string {
  const scripts = (options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`);
  const inline = options.inlineScript
    ? new SafeHtml(`<script>${options.inlineScript}</script>`)
    : '';
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title}</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
        ${scripts}
      </head>
      <body>
        ${options.header} ${options.body} ${inline}
      </body>
    </html> `.value;
}
