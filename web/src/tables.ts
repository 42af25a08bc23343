// The table views: methods (models) x benchmarks, per-benchmark leaderboards and the Cypher console.
// Like the panel, everything from the API enters the page as text.
import type {
  BenchmarkEntry,
  CypherPayload,
  LeaderboardPayload,
  MatrixPayload,
} from '../../src/server/api-types.js';
import { LABEL_COLORS } from './colors.js';
import { el, highlight, safeUrl } from './dom.js';

export interface TableEvents {
  /** Show an entity's or a paper's details. */
  onSelect: (key: string) => void;
  /** A matrix cell: the papers behind it. */
  onCell: (row: string, col: string) => void;
}

function entityButton(key: string, name: string, label: string, events: TableEvents, className = 'entity') {
  const b = el('button', {
    className: `link ${className}`,
    text: name,
    attrs: { type: 'button', 'data-key': key },
  });
  b.style.setProperty('--label-color', LABEL_COLORS[label as keyof typeof LABEL_COLORS] ?? '#64748b');
  b.addEventListener('click', () => events.onSelect(key));
  return b;
}

export function renderMatrix(
  table: HTMLTableElement,
  meta: HTMLElement,
  m: MatrixPayload,
  events: TableEvents,
) {
  const max = Math.max(1, ...m.cells.flat());
  const head = el(
    'tr',
    {},
    el('th', { className: 'corner', text: `${m.rowLabel} \\ Benchmark` }),
    ...m.cols.map((c) =>
      el(
        'th',
        { className: 'col', attrs: { scope: 'col', title: `${c.name}: ${c.papers} papers` } },
        el('div', { className: 'rot' }, entityButton(c.key, c.name, c.label, events)),
      ),
    ),
  );
  const rows = m.rows.map((r, i) =>
    el(
      'tr',
      {},
      el(
        'th',
        { attrs: { scope: 'row' } },
        entityButton(r.key, r.name, r.label, events),
        el('span', { className: 'count', text: String(r.papers) }),
      ),
      ...m.cols.map((c, j) => {
        const n = m.cells[i]?.[j] ?? 0;
        if (!n) return el('td', { className: 'empty' });
        const cell = el('button', {
          className: 'cell',
          text: String(n),
          attrs: {
            type: 'button',
            'data-row': r.key,
            'data-col': c.key,
            title: `${r.name} × ${c.name}: ${n} paper${n === 1 ? '' : 's'}`,
          },
        });
        cell.style.setProperty('--heat', String(0.12 + 0.88 * Math.sqrt(n / max)));
        cell.addEventListener('click', () => events.onCell(r.key, c.key));
        return el('td', {}, cell);
      }),
    ),
  );
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  meta.textContent = m.rows.length
    ? `${m.rows.length} ${m.rowLabel.toLowerCase()}s × ${m.cols.length} benchmarks (busiest first${
        m.omittedRows || m.omittedCols ? `; ${m.omittedRows} rows and ${m.omittedCols} columns more` : ''
      }). Click a number for its papers.`
    : 'No paper both uses a method and evaluates on a benchmark (in this date range).';
}

export function renderBenchmarkOptions(
  select: HTMLSelectElement,
  list: BenchmarkEntry[],
  chosen: string | null,
) {
  select.replaceChildren(
    ...list.slice(0, 300).map((b) =>
      el('option', {
        text: `${b.name} (${b.results} result${b.results === 1 ? '' : 's'})`,
        attrs: { value: b.key },
      }),
    ),
  );
  if (chosen && list.some((b) => b.key === chosen)) select.value = chosen;
}

export function renderLeaderboard(
  table: HTMLTableElement,
  meta: HTMLElement,
  board: LeaderboardPayload,
  events: TableEvents,
) {
  const head = el(
    'tr',
    {},
    ...['Metric', 'Value', 'Subject', 'Paper', 'Evidence'].map((h) =>
      el('th', { text: h, attrs: { scope: 'col' } }),
    ),
  );
  const rows = board.rows.map((r) => {
    const href = safeUrl(r.url);
    const paper = el('button', {
      className: 'link paper-link',
      text: r.paperTitle ?? r.paperId,
      attrs: { type: 'button', 'data-key': r.paperKey },
    });
    paper.addEventListener('click', () => events.onSelect(r.paperKey));
    return el(
      'tr',
      { className: 'board-row' },
      el(
        'td',
        { className: 'metric' },
        r.metricKey ? entityButton(r.metricKey, r.metric ?? '', 'Metric', events) : (r.metric ?? '—'),
      ),
      el(
        'td',
        { className: 'value' },
        el('strong', { text: r.value }),
        r.kind !== 'absolute' ? el('span', { className: 'kind', text: r.kind }) : null,
      ),
      el(
        'td',
        { className: 'subject' },
        r.subjectKey
          ? entityButton(r.subjectKey, r.subject ?? '', r.subjectLabel ?? 'Method', events)
          : (r.subject ?? '—'),
      ),
      el(
        'td',
        { className: 'paper' },
        paper,
        r.date ? el('span', { className: 'date', text: ` ${r.date}` }) : null,
        href
          ? el('a', {
              className: 'external',
              text: ' ↗',
              attrs: { href, target: '_blank', rel: 'noopener noreferrer', title: 'Open the paper' },
            })
          : null,
      ),
      el('td', { className: 'evidence' }, highlight(r.evidence, [r.value])),
    );
  });
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  meta.textContent = `${board.rows.length} result${board.rows.length === 1 ? '' : 's'} on ${board.benchmark.name}, grouped by metric, best first.`;
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

export function renderCypherTable(table: HTMLTableElement, answer: CypherPayload) {
  table.replaceChildren(
    el(
      'thead',
      {},
      el('tr', {}, ...answer.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } }))),
    ),
    el(
      'tbody',
      {},
      ...answer.rows.map((r) => el('tr', {}, ...r.map((v) => el('td', { text: cellText(v) })))),
    ),
  );
}
