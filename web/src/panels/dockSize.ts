import { h } from '../ui/dom';

/** Smallest and largest height a drag can give the dock, and the keyboard's step. */
const MIN = 150;
const MAX_SHARE = 0.7;
const STEP = 24;
const KEY = 'diplograph.dock';

interface DockSize {
  height: number | null;
  collapsed: boolean;
}

function load(): DockSize {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<DockSize> | null;
    return { height: typeof saved?.height === 'number' ? saved.height : null, collapsed: saved?.collapsed === true };
  } catch {
    return { height: null, collapsed: false };
  }
}

/**
 * Lets the user give the dock under the graph the room it deserves: a handle on its top edge drags (or, focused, the arrow
 * keys step) its height, and a button folds it down to its tab bar; a click on a tab unfolds it. The choice is kept in
 * local storage (a layout preference, nothing else). The graph follows by itself: Cytoscape watches its container's size.
 */
export function bindDockSize(root: HTMLElement, tabList: HTMLElement): () => void {
  let size = load();
  const handle = h('div', { class: 'dock-resizer', role: 'separator', 'aria-orientation': 'horizontal', 'aria-label': 'Resize the timeline dock (arrow keys)', tabindex: 0, title: 'Drag to resize' });
  const fold = h('button', { type: 'button', class: 'tool dock-fold' });
  // Beside the tab list, not in it: it is no tab.
  tabList.after(fold);
  root.prepend(handle);

  const limit = (px: number): number => Math.round(Math.max(MIN, Math.min(window.innerHeight * MAX_SHARE, px)));
  const apply = (): void => {
    root.classList.toggle('collapsed', size.collapsed);
    if (size.height === null) root.style.removeProperty('height');
    else root.style.height = `${limit(size.height)}px`;
    if (size.collapsed) root.style.removeProperty('height');
    fold.textContent = size.collapsed ? '▴ Show' : '▾ Hide';
    fold.title = size.collapsed ? 'Show the dock' : 'Fold the dock away (more room for the graph)';
    fold.setAttribute('aria-expanded', String(!size.collapsed));
    handle.hidden = size.collapsed;
    handle.setAttribute('aria-valuenow', String(Math.round(root.getBoundingClientRect().height)));
    try {
      localStorage.setItem(KEY, JSON.stringify(size));
    } catch {
      // Storage refused (private mode): the size lasts for the page.
    }
  };
  const set = (next: Partial<DockSize>): void => {
    size = { ...size, ...next };
    apply();
  };

  fold.addEventListener('click', () => set({ collapsed: !size.collapsed }));
  tabList.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.dock-tab') && size.collapsed) set({ collapsed: false });
  });
  handle.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    set({ height: limit(root.getBoundingClientRect().height + (event.key === 'ArrowUp' ? STEP : -STEP)) });
  });
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = root.getBoundingClientRect().height;
    // The height follows the pointer at most once a frame; it is stored when the drag ends.
    let frame = 0;
    let latest = startY;
    const move = (e: PointerEvent): void => {
      latest = e.clientY;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        root.style.height = `${limit(startHeight + startY - latest)}px`;
      });
    };
    const end = (): void => {
      cancelAnimationFrame(frame);
      handle.removeEventListener('pointermove', move);
      set({ height: limit(startHeight + startY - latest) });
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end, { once: true });
    handle.addEventListener('pointercancel', end, { once: true });
  });
  apply();
  return () => {
    handle.remove();
    fold.remove();
  };
}
