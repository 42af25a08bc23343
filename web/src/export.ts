// Downloads of the current view: GEXF/GraphML/JSON from the server (the selection's neighbourhood, or the
// graph restricted to the shown types and dates), PNG from sigma's canvases composited in the browser.
import type Sigma from 'sigma';
import { LABELS } from './colors.js';
import type { ViewState } from './state.js';

function download(href: string, filename: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

export function exportUrl(format: 'gexf' | 'graphml' | 'json', state: ViewState): string {
  const p = new URLSearchParams({ format });
  if (state.selected) {
    p.set('focus', state.selected);
    p.set('depth', '1');
  }
  if (state.hiddenLabels.size) {
    p.set('types', [...LABELS.filter((l) => !state.hiddenLabels.has(l)), 'Result'].join(','));
  }
  if (state.from) p.set('since', `${state.from}-01`);
  return `api/export?${p.toString()}`;
}

export function exportServer(format: 'gexf' | 'graphml' | 'json', state: ViewState) {
  download(new URL(exportUrl(format, state), document.baseURI).href, `papergraph.${format}`);
}

/** The picture as drawn: every sigma layer, in order, on a white background. */
export async function renderPng(sigma: Sigma): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // WebGL layers keep their pixels only until the frame is shown: draw now, copy in the same task.
  sigma.refresh();
  for (const [id, canvas] of Object.entries(sigma.getCanvases())) {
    if (id === 'mouse') continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((ok, fail) =>
    out.toBlob((blob) => (blob ? ok(blob) : fail(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

export async function exportPng(sigma: Sigma) {
  const url = URL.createObjectURL(await renderPng(sigma));
  download(url, 'papergraph.png');
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
