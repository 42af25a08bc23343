// What the user is looking at: hover, selection and hidden types. The renderer reads it in its reducers;
// nothing here touches sigma or the DOM.
import type { DrawnLabel } from '../../src/server/api-types.js';

export type Listener = (change: 'hover' | 'select' | 'filter') => void;

export class ViewState {
  hovered: string | null = null;
  selected: string | null = null;
  readonly hiddenLabels = new Set<DrawnLabel>();
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  setHovered(key: string | null): void {
    if (key === this.hovered) return;
    this.hovered = key;
    this.emit('hover');
  }

  setSelected(key: string | null): void {
    if (key === this.selected) return;
    this.selected = key;
    this.emit('select');
  }

  toggleLabel(label: DrawnLabel): void {
    if (!this.hiddenLabels.delete(label)) this.hiddenLabels.add(label);
    this.emit('filter');
  }

  /** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
  get focus(): string | null {
    return this.hovered ?? this.selected;
  }

  private emit(change: Parameters<Listener>[0]) {
    for (const listener of this.listeners) listener(change);
  }
}
