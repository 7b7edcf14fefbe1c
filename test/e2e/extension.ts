import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/browser';
import type { OutboxSummary } from '../../lib/views';

/** The one extension API the page-side code below calls. */
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Opens the options page, whose origin may send any request to the background. */
export async function openExtensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

/** Sends one request from an extension page and returns the background's reply value. */
export async function request<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = await page.evaluate(
    (payload) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(payload),
    message,
  );
  const typed = reply as { ok: boolean; value?: T; error?: string };
  if (!typed.ok) throw new Error(`background rejected ${String(message.type)}: ${typed.error}`);
  return typed.value as T;
}

export function outboxSummary(page: Page): Promise<OutboxSummary> {
  return request<OutboxSummary>(page, { type: 'outbox-summary' });
}
