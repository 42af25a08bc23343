// Tiny DOM helpers. Data only ever enters the page as text nodes or checked attributes, never as markup.

type Child = Node | string | null | undefined | false;

export interface ElProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Only http(s) links are followed: a `javascript:` URL in the data must not become clickable. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The sentence as text with each mention wrapped in <mark>. Mentions are exact substrings; longer ones win
 * where they overlap (so "GPT-4o" is marked rather than "GPT-4").
 */
export function highlight(sentence: string, mentions: readonly string[]): DocumentFragment {
  const taken: [number, number][] = [];
  const wanted = [...new Set(mentions.filter((m) => m.trim().length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const wordChar = /[\p{L}\p{N}]/u;
  for (const mention of wanted) {
    const spans: [number, number][] = [];
    for (let at = sentence.indexOf(mention); at >= 0; at = sentence.indexOf(mention, at + 1))
      spans.push([at, at + mention.length]);
    // Whole-word occurrences when there are any: "LoRA" should not light up inside "QLoRA".
    const whole = spans.filter(
      ([s, e]) => !wordChar.test(sentence[s - 1] ?? ' ') && !wordChar.test(sentence[e] ?? ' '),
    );
    for (const [start, end] of whole.length ? whole : spans) {
      if (!taken.some(([s, e]) => start < e && end > s)) taken.push([start, end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out = document.createDocumentFragment();
  let pos = 0;
  for (const [start, end] of taken) {
    if (start > pos) out.append(document.createTextNode(sentence.slice(pos, start)));
    out.append(el('mark', { text: sentence.slice(start, end) }));
    pos = end;
  }
  if (pos < sentence.length) out.append(document.createTextNode(sentence.slice(pos)));
  return out;
}
