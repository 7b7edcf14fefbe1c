import type { TargetedKeyboardEvent } from 'preact';

export interface Tab {
  id: string;
  label: string;
}

/**
 * Renders a WAI-ARIA tab list: Left and Right arrows, Home and End move between tabs, and only the
 * selected tab is in the Tab order.
 */
export function TabBar(props: { tabs: Tab[]; selected: string; onSelect(id: string): void }) {
  const { tabs, selected, onSelect } = props;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;

    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    event.currentTarget.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };

  return (
    <div role="tablist" aria-label="Settings sections" class="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          data-testid={`tab-${tab.id}`}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
