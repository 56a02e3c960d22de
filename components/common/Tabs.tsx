import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab: its id, visible label and content (rendered only while selected). */
export interface TabItem {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  /** Accessible name of the tab list. */
  label: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  items: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
}

/**
 * WAI-ARIA tabs: a `tablist` of `tab`s with a roving tabindex (one Tab stop), arrow keys,
 * Home and End to move between tabs (selection follows focus), and one `tabpanel` each.
 */
export function Tabs({ label, idPrefix, items, selected, onSelect }: TabsProps) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number) => {
    const item = items[index];
    if (!item) return;
    onSelect(item.id);
    buttons.current[index]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = items.length;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % n
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    move(next);
  };
  return (
    <div class="fc-tabs">
      <div role="tablist" aria-label={label} class="fc-tabs__list">
        {items.map((t, i) => {
          const isSelected = t.id === selected;
          return (
            <button
              key={t.id}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${t.id}`}
              class="fc-tabs__tab"
              aria-selected={isSelected}
              aria-controls={`${idPrefix}-panel-${t.id}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {items.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${t.id}`}
          aria-labelledby={`${idPrefix}-tab-${t.id}`}
          class="fc-tabs__panel"
          hidden={t.id !== selected}
          tabIndex={0}
        >
          {t.id === selected && t.render()}
        </div>
      ))}
    </div>
  );
}
