/** Domains whose provider documents that dots and `+tag` in the local part are ignored. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Normalises an email address for comparison: trims it and lower-cases it. For Gmail
 * addresses only, it also drops dots and any `+tag` from the local part and maps
 * `googlemail.com` to `gmail.com`, because Google delivers all those forms to one mailbox.
 * Returns undefined when the text is not shaped like `local@domain.tld`.
 */
export function normalizeEmail(raw: string): string | undefined {
  const trimmed = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (!EMAIL_SHAPE.test(trimmed)) {
    return undefined;
  }

  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) {
    return trimmed;
  }

  const withoutTag = local.split('+')[0] ?? local;
  return `${withoutTag.replace(/\./g, '')}@gmail.com`;
}
