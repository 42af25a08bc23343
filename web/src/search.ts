// The search box: debounced queries to /api/search, a keyboard-navigable list, and a pick callback.
import type { SearchHit } from '../../src/server/api-types.js';
import { api } from './api.js';
import { LABEL_COLORS } from './colors.js';
import { el } from './dom.js';

export function createSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    onPick(hit);
  };

  const paint = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) => {
            const item = el(
              'li',
              {
                className: `hit${i === active ? ' active' : ''}`,
                attrs: { role: 'option', 'aria-selected': String(i === active), 'data-key': hit.key },
              },
              el('span', { className: 'dot' }),
              el('span', { className: 'hit-name', text: hit.name }),
              hit.matched ? el('span', { className: 'hit-matched', text: hit.matched }) : null,
              el('span', { className: 'hit-label', text: hit.label }),
            );
            item.style.setProperty('--label-color', LABEL_COLORS[hit.label]);
            // mousedown, not click: the input's blur would otherwise close the list first.
            item.addEventListener('mousedown', (e) => {
              e.preventDefault();
              pick(hit);
            });
            return item;
          })
        : [el('li', { className: 'no-hits', text: 'No matches' })]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const run = async (query: string) => {
    pending?.abort();
    if (!query.trim()) {
      hits = [];
      close();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    try {
      const res = await api.search(query, controller.signal);
      if (controller.signal.aborted) return;
      hits = res.hits;
      active = hits.length ? 0 : -1;
      paint();
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        hits = [];
        list.replaceChildren(
          el('li', { className: 'no-hits', text: `Search failed: ${(e as Error).message}` }),
        );
        list.hidden = false;
      }
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return close();
    if (list.hidden || !hits.length) {
      if (e.key === 'Enter') void run(input.value);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      paint();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) pick(hit);
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim()) paint();
  });
}
