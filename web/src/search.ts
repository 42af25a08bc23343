// The search box: debounced queries to /api/search, a keyboard-navigable list, and a pick callback.
import type { SearchHit } from '../../src/server/api-types.js';
import { api } from './api.js';
import { LABEL_COLORS } from './colors.js';
import { el } from './dom.js';

/** The text with the first case-insensitive occurrence of the query marked (as text nodes, never markup). */
function marked(text: string, query: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const q = query.trim().toLowerCase();
  const at = q ? text.toLowerCase().indexOf(q) : -1;
  if (at < 0) {
    out.append(text);
    return out;
  }
  out.append(
    text.slice(0, at),
    el('mark', { text: text.slice(at, at + q.length) }),
    text.slice(at + q.length),
  );
  return out;
}

export function createSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
): void {
  let hits: SearchHit[] = [];
  let shownQuery = '';
  // Answers are kept per query: typing back and forth does not ask the server again.
  const cache = new Map<string, SearchHit[]>();
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
              el('span', { className: 'hit-name' }, marked(hit.name, shownQuery)),
              hit.matched ? el('span', { className: 'hit-matched' }, marked(hit.matched, shownQuery)) : null,
              hit.label !== 'Paper'
                ? el('span', {
                    className: 'hit-count',
                    text: `${hit.paperCount} paper${hit.paperCount === 1 ? '' : 's'}`,
                  })
                : null,
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
    const key = query.trim().toLowerCase();
    const cached = cache.get(key);
    if (cached) {
      hits = cached;
      shownQuery = query;
      active = hits.length ? 0 : -1;
      paint();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    try {
      const res = await api.search(query, controller.signal);
      if (controller.signal.aborted) return;
      if (cache.size > 200) cache.clear();
      cache.set(key, res.hits);
      hits = res.hits;
      shownQuery = query;
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
    timer = setTimeout(() => void run(input.value), 60);
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
    } else if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
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
