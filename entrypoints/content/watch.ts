import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Delay that folds a burst of DOM mutations into one check, in ms. */
const SETTLE_MS = 40;

/**
 * Calls `check` after the page changes: SPA navigation (pushState seen through the Navigation
 * API where the browser has it, popstate, hashchange) and DOM mutations, batched by one
 * observer. Mutation records are never inspected, so a huge batch costs the same as a small one.
 */
export function watchPage(ctx: ContentScriptContext, check: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      check();
    }, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-value', 'data-status'],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation)
    ctx.addEventListener(navigation, 'navigatesuccess' as keyof WindowEventMap, schedule);
  schedule();
}
