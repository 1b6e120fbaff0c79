/**
 * Strapi "blocks" rich text → HTML, for the ninjs `bodies` (docs/ninjs.md). Every text and
 * attribute is escaped, and a link keeps its URL only when it is http(s), mailto, tel or relative:
 * an imported `javascript:` link must not become a live one in a partner's page.
 */
import type { BlocksBody } from '../paragraphs';

/** Blocks nest (list → list-item → link → text); a cap keeps a cyclic or hostile body from overflowing the stack. */
const MAX_NESTING = 32;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

const SAFE_URL = /^(?:https?:|mailto:|tel:|[/#?.]|[^:/?#]*(?:[/?#]|$))/i;

/** The URL when a reader may follow it; null for `javascript:`, `data:` and other schemes. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  // Browsers ignore tabs and line breaks inside a scheme ("java\nscript:"), so judge without them.
  const compact = url.replace(/[\t\n\r]/g, '').trim();
  return SAFE_URL.test(compact) ? compact : null;
}

type Node = Record<string, unknown>;

const MARKS: ReadonlyArray<[string, string]> = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Node): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function textLeaf(node: Node): string {
  let html = escapeHtml(String(node.text)).replace(/\n/g, '<br>');
  for (const [mark, tag] of MARKS) if (node[mark] === true) html = `<${tag}>${html}</${tag}>`;
  return html;
}

function inlineHtml(children: readonly unknown[], depth: number): string {
  if (depth > MAX_NESTING) return '';
  let html = '';
  for (const child of children) {
    if (!isNode(child)) continue;
    if (typeof child.text === 'string') html += textLeaf(child);
    else if (child.type === 'link') {
      const inner = inlineHtml(childrenOf(child), depth + 1);
      const url = safeUrl(child.url);
      html += url === null ? inner : `<a href="${escapeHtml(url)}">${inner}</a>`;
    } else html += inlineHtml(childrenOf(child), depth + 1);
  }
  return html;
}

function headingLevel(level: unknown): number {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6
    ? level
    : 2;
}

function blockHtml(block: Node, depth: number): string {
  const inline = () => inlineHtml(childrenOf(block), depth + 1);
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline()}</p>`;
    case 'heading': {
      const level = headingLevel(block.level);
      return `<h${level}>${inline()}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inline()}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(plainText(childrenOf(block)))}</code></pre>`;
    case 'list': {
      const tag = block.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${listItemsHtml(childrenOf(block), depth + 1)}</${tag}>`;
    }
    case 'image':
      return imageHtml(block.image);
    default:
      return '';
  }
}

/** A nested list is a child of its parent list in Strapi's blocks; in HTML it belongs inside the item before it. */
function listItemsHtml(children: readonly unknown[], depth: number): string {
  if (depth > MAX_NESTING) return '';
  let html = '';
  for (const child of children) {
    if (!isNode(child)) continue;
    if (child.type === 'list') {
      const nested = blockHtml(child, depth);
      html = html.endsWith('</li>')
        ? `${html.slice(0, -5)}${nested}</li>`
        : `${html}<li>${nested}</li>`;
    } else html += `<li>${inlineHtml(childrenOf(child), depth + 1)}</li>`;
  }
  return html;
}

function imageHtml(image: unknown): string {
  if (!isNode(image)) return '';
  const url = safeUrl(image.url);
  if (url === null) return '';
  const alt = typeof image.alternativeText === 'string' ? image.alternativeText : '';
  return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"></figure>`;
}

function plainText(children: readonly unknown[]): string {
  return children
    .map((child) => (isNode(child) && typeof child.text === 'string' ? child.text : ''))
    .join('');
}

/** One HTML fragment for the whole body, blocks in order; unknown block types are left out. */
export function blocksToHtml(body: BlocksBody | null | undefined): string {
  if (!Array.isArray(body)) return '';
  return body
    .filter(isNode)
    .map((block) => blockHtml(block, 0))
    .join('');
}
