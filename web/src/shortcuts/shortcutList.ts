import type { Commands } from './commands';

/** One keyboard shortcut: the keys shown in the help, whether an event matches, and the command it runs. */
export interface Shortcut {
  keys: string;
  description: string;
  matches(event: KeyboardEvent): boolean;
  run(commands: Commands): void;
}

const key = (k: string) => (e: KeyboardEvent) => e.key === k && !e.ctrlKey && !e.metaKey && !e.altKey;

/** Every shortcut, in the order the help lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '/', description: 'Focus the search box', matches: key('/'), run: (c) => c.focusSearch() },
  { keys: '↑ ↓ Enter Esc', description: 'In the search box: move through suggestions, open one, close them', matches: () => false, run: () => {} },
  { keys: '] or [', description: 'Select the next or previous node (by mentions)', matches: (e) => key(']')(e) || key('[')(e), run: () => {} },
  { keys: 'Enter', description: 'Expand the selected nodes', matches: key('Enter'), run: (c) => c.expand() },
  { keys: 'C', description: 'Collapse the selected nodes', matches: (e) => key('c')(e) || key('C')(e), run: (c) => c.collapse() },
  { keys: 'Delete', description: 'Remove the selected nodes from the view', matches: (e) => key('Delete')(e) || key('Backspace')(e), run: (c) => c.remove() },
  { keys: 'P', description: 'Pin or unpin the selected nodes', matches: (e) => key('p')(e) || key('P')(e), run: (c) => c.pin() },
  { keys: 'U or Ctrl+Z', description: 'Undo the last expand, collapse or remove', matches: (e) => key('u')(e) || key('U')(e) || ((e.ctrlKey || e.metaKey) && e.key === 'z'), run: (c) => c.undo() },
  { keys: 'K', description: 'How are the two selected nodes connected?', matches: (e) => key('k')(e) || key('K')(e), run: (c) => c.connect() },
  { keys: 'F', description: 'Fit the graph to the screen', matches: (e) => key('f')(e) || key('F')(e), run: (c) => c.fit() },
  { keys: 'L', description: 'Lay the graph out again', matches: (e) => key('l')(e) || key('L')(e), run: (c) => c.relayout() },
  { keys: 'Shift+drag', description: 'Select a box of nodes (Shift+click adds one)', matches: () => false, run: () => {} },
  // The timeline handles these itself (timelinePanel.ts, timelineChart.ts); they are listed here for the help.
  { keys: 'Space', description: 'Play or pause the time window', matches: () => false, run: () => {} },
  { keys: '← → Home End Enter', description: 'On the focused timeline: move between statements, open one', matches: () => false, run: () => {} },
  { keys: 'Esc', description: 'Clear the selection, close this help', matches: key('Escape'), run: (c) => c.escape() },
  { keys: '?', description: 'Show or hide this help', matches: key('?'), run: (c) => c.help() },
];

/** Runs the shortcut an event matches, unless the user is typing in a field or on a button (where Enter means click). */
export function handleShortcut(event: KeyboardEvent, commands: Commands): boolean {
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return false;
  if ((tag === 'BUTTON' || tag === 'A') && (event.key === 'Enter' || event.key === ' ')) return false;
  if (event.key === ']' || event.key === '[') {
    commands.nextNode(event.key === ']' ? 1 : -1);
    event.preventDefault();
    return true;
  }
  const shortcut = SHORTCUTS.find((s) => s.matches(event));
  if (!shortcut) return false;
  event.preventDefault();
  shortcut.run(commands);
  return true;
}
