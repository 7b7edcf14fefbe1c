import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_CSS } from '@/components/panel/styles';

/** Custom element that hosts the panel's shadow root. */
export const PANEL_TAG = 'lockstep-panel';

export interface MountedPanel {
  render(node: VNode | null): void;
  /** False when the page removed the panel's host element. */
  isAttached(): boolean;
}

/**
 * Creates the panel host lazily, in an open shadow root with its own styles. Key events stop
 * at the host so typing in the panel does not trigger the page's shortcuts.
 */
export function createPanelMount(ctx: ContentScriptContext): MountedPanel {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;

  const ensure = () => {
    if (host?.isConnected && container) return container;
    if (container) render(null, container);
    host = document.createElement(PANEL_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    container = document.createElement('div');
    shadow.append(style, container);
    for (const type of ['keydown', 'keyup', 'keypress'] as const)
      host.addEventListener(type, (event) => event.stopPropagation());
    document.documentElement.append(host);
    return container;
  };

  ctx.onInvalidated(() => {
    if (container) render(null, container);
    host?.remove();
  });

  return {
    render(node) {
      if (node === null) {
        if (container) render(null, container);
        host?.remove();
        host = undefined;
        return;
      }
      render(node, ensure());
    },
    isAttached: () => host?.isConnected ?? false,
  };
}
