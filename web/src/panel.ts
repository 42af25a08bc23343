// The side panel: an overview when nothing is selected, else the selected node's details.
// Everything from the API is inserted as text (el()/highlight()), so titles like "<script>" stay text.
import type {
  DrawnLabel,
  EntityDetails,
  EntityPaper,
  NodeDetails,
  PairPayload,
  PaperDetails,
  ResultView,
} from '../../src/server/api-types.js';
import type { GraphStats } from '../../graph/model.js';
import { LABEL_COLORS, LABELS } from './colors.js';
import { el, highlight, safeUrl } from './dom.js';

const RELATION_NAMES: Record<string, string> = {
  PROPOSES: 'Proposes',
  USES: 'Uses',
  EVALUATES_ON: 'Evaluates on',
  COMPARES_WITH: 'Compares with',
  MENTIONS: 'Mentions',
  VARIANT_OF: 'Variant of',
  EVALUATED_ON: 'Evaluated on',
  OF: 'Result of',
  ON: 'Measured on',
  MEASURED_BY: 'Measured by',
};
const relationName = (r: string) => RELATION_NAMES[r] ?? r;
const RELATION_ORDER = ['PROPOSES', 'USES', 'EVALUATES_ON', 'COMPARES_WITH', 'MENTIONS'];

export interface PanelEvents {
  /** A link inside the panel to another node. */
  onNavigate: (key: string) => void;
  onClose: () => void;
  /** Switch to the graph view with this node selected. */
  onShowInGraph: (key: string) => void;
}

function badge(label: DrawnLabel): HTMLElement {
  const b = el('span', { className: 'badge', text: label });
  b.style.setProperty('--label-color', LABEL_COLORS[label]);
  return b;
}

function nodeChip(
  key: string,
  label: DrawnLabel,
  name: string,
  events: PanelEvents,
  title?: string,
): HTMLElement {
  const chip = el(
    'button',
    { className: 'chip', attrs: { type: 'button', 'data-key': key } },
    el('span', { className: 'dot' }),
    name,
  );
  chip.style.setProperty('--label-color', LABEL_COLORS[label]);
  if (title) chip.title = title;
  chip.addEventListener('click', () => events.onNavigate(key));
  return chip;
}

function titleLink(title: string, url: string | null): HTMLElement {
  const href = safeUrl(url);
  return href
    ? el('a', {
        className: 'paper-title',
        text: title,
        attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
      })
    : el('span', { className: 'paper-title', text: title });
}

function section(heading: string, count: number | null, ...body: HTMLElement[]): HTMLElement {
  return el(
    'section',
    { className: 'panel-section' },
    el('h3', {}, heading, count === null ? null : el('span', { className: 'count', text: String(count) })),
    ...body,
  );
}

function resultsList(results: ResultView[], events: PanelEvents, showPaper: boolean): HTMLElement {
  return el(
    'ul',
    { className: 'results' },
    ...results.map((r) => {
      const what = [r.metric, r.benchmark ? `on ${r.benchmark}` : null, r.subject ? `(${r.subject})` : null]
        .filter(Boolean)
        .join(' ');
      const paperLink = showPaper
        ? el('button', {
            className: 'link',
            text: r.paperTitle ?? r.paper,
            attrs: { type: 'button', 'data-key': r.paperKey },
          })
        : null;
      paperLink?.addEventListener('click', () => events.onNavigate(r.paperKey));
      return el(
        'li',
        { className: 'result' },
        el(
          'div',
          {},
          el('strong', { className: 'value', text: r.value }),
          ' ',
          what,
          ' ',
          el('span', { className: 'kind', text: r.kind }),
        ),
        el('blockquote', { className: 'evidence' }, highlight(r.evidence, [r.value])),
        paperLink ? el('div', { className: 'from' }, 'from ', paperLink) : null,
      );
    }),
  );
}

/** A paper in a list: its title (linked), date, one trailing meta element, then evidence sentences. */
function paperEntry(
  p: Pick<EntityPaper, 'key' | 'id' | 'title' | 'url' | 'date'>,
  meta: HTMLElement,
  evidence: (HTMLElement | null)[],
): HTMLElement {
  return el(
    'li',
    { className: 'paper', attrs: { 'data-key': p.key } },
    el('div', { className: 'paper-line' }, titleLink(p.title ?? p.id, p.url)),
    el(
      'div',
      { className: 'paper-meta' },
      p.date ? el('span', { className: 'date', text: p.date }) : null,
      meta,
    ),
    ...evidence,
  );
}

function paperItem(p: EntityPaper): HTMLElement {
  return paperEntry(p, el('span', { className: 'relation', text: relationName(p.relation) }), [
    p.evidence ? el('blockquote', { className: 'evidence' }, highlight(p.evidence, p.mentions)) : null,
  ]);
}

function header(
  label: DrawnLabel,
  name: string,
  events: PanelEvents,
  ...extra: (HTMLElement | null)[]
): HTMLElement {
  const close = el('button', {
    className: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close details' },
  });
  close.addEventListener('click', () => events.onClose());
  return el(
    'header',
    { className: 'panel-head' },
    el('div', { className: 'panel-head-row' }, badge(label), close),
    el('h2', { text: name }),
    ...extra,
  );
}

function entityView(d: EntityDetails, events: PanelEvents): HTMLElement[] {
  const meta = [
    `${d.paperCount} paper${d.paperCount === 1 ? '' : 's'}`,
    d.family && d.family !== d.name ? `family: ${d.family}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts: HTMLElement[] = [
    header(
      d.label,
      d.name,
      events,
      d.aliases.length
        ? el('p', { className: 'aliases' }, 'Also: ', el('span', { text: d.aliases.join(', ') }))
        : null,
      el('p', { className: 'meta', text: meta }),
    ),
    section('Papers', d.papers.length, el('ol', { className: 'papers' }, ...d.papers.map(paperItem))),
  ];
  if (d.results.length)
    parts.push(section('Results', d.results.length, resultsList(d.results, events, true)));
  const groups = LABELS.filter((l) => d.neighbours[l]?.length);
  if (groups.length) {
    parts.push(
      section(
        'Related',
        null,
        ...groups.map((l) =>
          el(
            'div',
            { className: 'group' },
            el('h4', { text: l }),
            el(
              'div',
              { className: 'chips' },
              ...(d.neighbours[l] ?? []).map((n) =>
                nodeChip(n.key, n.label, n.name, events, relationName(n.relation)),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return parts;
}

function paperView(d: PaperDetails, events: PanelEvents): HTMLElement[] {
  const authors =
    d.authors.length > 8
      ? `${d.authors.slice(0, 8).join(', ')} + ${d.authors.length - 8} more`
      : d.authors.join(', ');
  const href = safeUrl(d.url);
  const parts: HTMLElement[] = [
    header(
      'Paper',
      d.name,
      events,
      el('p', { className: 'meta' }, [d.date, d.id !== d.name ? d.id : null].filter(Boolean).join(' · ')),
      authors ? el('p', { className: 'authors', text: authors }) : null,
      href
        ? el('a', {
            className: 'external',
            text: 'Open paper ↗',
            attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
          })
        : null,
    ),
  ];
  const relations = [
    ...RELATION_ORDER,
    ...Object.keys(d.entities).filter((r) => !RELATION_ORDER.includes(r)),
  ];
  for (const relation of relations) {
    const list = d.entities[relation];
    if (!list?.length) continue;
    parts.push(
      section(
        relationName(relation),
        list.length,
        el(
          'div',
          { className: 'chips' },
          ...list.map((e) => nodeChip(e.key, e.label, e.name, events, e.evidence ?? undefined)),
        ),
      ),
    );
  }
  if (d.results.length)
    parts.push(section('Results', d.results.length, resultsList(d.results, events, false)));
  return parts;
}

function pairView(d: PairPayload, events: PanelEvents): HTMLElement[] {
  const close = el('button', {
    className: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close details' },
  });
  close.addEventListener('click', () => events.onClose());
  const inGraph = (end: PairPayload['a']) => {
    const b = el('button', {
      className: 'show-in-graph',
      text: `Show ${end.name} in the graph`,
      attrs: { type: 'button', 'data-key': end.key },
    });
    b.addEventListener('click', () => events.onShowInGraph(end.key));
    return b;
  };
  const names = new Map([
    [d.a.key, d.a.name],
    [d.b.key, d.b.name],
  ]);
  return [
    el(
      'header',
      { className: 'panel-head' },
      el('div', { className: 'panel-head-row' }, badge(d.a.label), badge(d.b.label), close),
      el('h2', { text: `${d.a.name} × ${d.b.name}` }),
      el('p', { className: 'meta', text: `${d.papers.length} paper${d.papers.length === 1 ? '' : 's'}` }),
      el('div', { className: 'chips' }, inGraph(d.a), inGraph(d.b)),
    ),
    section(
      'Papers',
      d.papers.length,
      el(
        'ol',
        { className: 'papers' },
        ...d.papers.map((p) => {
          const open = el('button', {
            className: 'link',
            text: 'details',
            attrs: { type: 'button', 'data-key': p.key },
          });
          open.addEventListener('click', () => events.onNavigate(p.key));
          return paperEntry(
            p,
            open,
            p.links.map((l) =>
              l.evidence
                ? el(
                    'blockquote',
                    { className: 'evidence' },
                    el('span', {
                      className: 'relation',
                      text: `${relationName(l.relation)} ${names.get(l.key) ?? ''}: `,
                    }),
                    highlight(l.evidence, l.mentions),
                  )
                : null,
            ),
          );
        }),
      ),
    ),
  ];
}

export interface Panel {
  overview(stats: GraphStats | null): void;
  loading(name: string): void;
  show(details: NodeDetails): void;
  showPair(pair: PairPayload): void;
  error(message: string): void;
}

export function createPanel(root: HTMLElement, events: PanelEvents): Panel {
  const render = (...parts: (HTMLElement | null)[]) => {
    root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    root.scrollTop = 0;
  };
  return {
    overview(stats) {
      const entities = stats ? Object.values(stats.entities).reduce((a, b) => a + b, 0) : 0;
      render(
        el(
          'header',
          { className: 'panel-head' },
          el('h2', { text: 'Explore the graph' }),
          el('p', {
            className: 'meta',
            text: 'Hover a node to see its neighbourhood; click it for its papers, evidence and results.',
          }),
        ),
        stats
          ? section(
              'In this graph',
              null,
              el(
                'ul',
                { className: 'stats' },
                el('li', {}, el('strong', { text: String(stats.papers) }), ' papers'),
                el('li', {}, el('strong', { text: String(entities) }), ' entities'),
                el('li', {}, el('strong', { text: String(stats.results) }), ' reported results'),
                ...LABELS.filter((l) => l !== 'Paper').map((l) => {
                  const item = el(
                    'li',
                    { className: 'stat-type' },
                    el('span', { className: 'dot' }),
                    el('strong', { text: String(stats.entities[l as keyof GraphStats['entities']]) }),
                    ` ${l}`,
                  );
                  item.style.setProperty('--label-color', LABEL_COLORS[l]);
                  return item;
                }),
              ),
            )
          : null,
        stats && stats.papers === 0
          ? el('p', {
              className: 'empty',
              text: 'The graph is empty: add papers with `papergraph ingest <files>` and restart the server.',
            })
          : null,
      );
    },
    loading(name) {
      render(el('p', { className: 'loading', text: `Loading ${name}…` }));
    },
    show(details) {
      render(...(details.kind === 'paper' ? paperView(details, events) : entityView(details, events)));
    },
    showPair(pair) {
      render(...pairView(pair, events));
    },
    error(message) {
      render(el('p', { className: 'error', text: message }));
    },
  };
}
