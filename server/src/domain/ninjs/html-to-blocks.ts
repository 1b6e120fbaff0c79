/**
 * HTML → Strapi "blocks" rich text, for ninjs import (docs/ninjs.md). htmlparser2 reads the markup
 * as browsers forgive it; this keeps paragraphs, headings, lists, quotes, code and links with their
 * bold/italic marks, and drops scripts, styles and everything else that is not prose.
 */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import { safeUrl } from './blocks-to-html';

type Inline = Record<string, unknown>;
type Block = Record<string, unknown>;
type Marks = Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', true>>;

/** A hostile document nests thousands deep; real bodies stay within a dozen levels. */
const MAX_NESTING = 64;

/** Elements whose content is never prose: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'figcaption',
  'button',
  'select',
  'textarea',
]);

const MARK_OF: Record<string, keyof Marks> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
};

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_ELEMENTS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'li', ...HEADINGS]);

function isElement(node: ChildNode): node is Element {
  // htmlparser2 gives <script> and <style> their own node types; both are dropped anyway.
  return node.type === 'tag';
}

/** HTML collapses ASCII whitespace only: a no-break space is text, kept as it is. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ');
}

/** Inline children of `nodes` as Strapi text and link nodes; block elements inside read as inline text. */
function inlineNodes(nodes: readonly ChildNode[], marks: Marks, depth: number): Inline[] {
  const out: Inline[] = [];
  if (depth > MAX_NESTING) return out;
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push({ type: 'text', text: collapse(node.data), ...marks });
    } else if (isElement(node) && !DROPPED.has(node.name)) {
      if (node.name === 'br') out.push({ type: 'text', text: '\n', ...marks });
      else if (node.name === 'a' && safeUrl(node.attribs.href)) {
        const children = inlineNodes(node.children, marks, depth + 1);
        out.push({ type: 'link', url: safeUrl(node.attribs.href), children: ensureText(children) });
      } else {
        const mark = MARK_OF[node.name];
        out.push(
          ...inlineNodes(node.children, mark ? { ...marks, [mark]: true } : marks, depth + 1)
        );
      }
    }
  }
  return out;
}

/** Trims the run's outer spaces (HTML does not show them) and merges nothing: Strapi accepts split text. */
function trimInline(nodes: Inline[]): Inline[] {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first && typeof first.text === 'string') first.text = first.text.replace(/^ +/, '');
  if (last && typeof last.text === 'string') last.text = last.text.replace(/ +$/, '');
  return nodes.filter((node) => typeof node.text !== 'string' || node.text !== '');
}

/** Strapi's editor needs at least one text child in every element. */
function ensureText(children: Inline[]): Inline[] {
  return children.length > 0 ? children : [{ type: 'text', text: '' }];
}

function hasText(children: readonly Inline[]): boolean {
  return children.some((child) =>
    typeof child.text === 'string'
      ? child.text.trim() !== ''
      : Array.isArray(child.children) && hasText(child.children as Inline[])
  );
}

function textBlock(type: string, nodes: readonly ChildNode[], depth: number, extra = {}) {
  const children = trimInline(inlineNodes(nodes, {}, depth + 1));
  return hasText(children) ? { type, ...extra, children } : null;
}

function listBlock(element: Element, depth: number): Block | null {
  if (depth > MAX_NESTING) return null;
  const items: Block[] = [];
  for (const child of element.children) {
    if (!isElement(child) || child.name !== 'li') continue;
    const inline = child.children.filter((node) => !(isElement(node) && /^[ou]l$/.test(node.name)));
    const item = textBlock('list-item', inline, depth + 1);
    if (item) items.push(item);
    for (const nested of child.children) {
      if (isElement(nested) && /^[ou]l$/.test(nested.name)) {
        const list = listBlock(nested, depth + 1);
        if (list) items.push(list);
      }
    }
  }
  const format = element.name === 'ol' ? 'ordered' : 'unordered';
  return items.length > 0 ? { type: 'list', format, children: items } : null;
}

function elementBlock(element: Element, depth: number): Block | null {
  const { name } = element;
  if (name === 'p') return textBlock('paragraph', element.children, depth);
  if (HEADINGS.has(name))
    return textBlock('heading', element.children, depth, { level: Number(name[1]) });
  if (name === 'blockquote') return textBlock('quote', element.children, depth);
  if (name === 'ul' || name === 'ol') return listBlock(element, depth);
  if (name === 'li') return textBlock('paragraph', element.children, depth);
  // name === 'pre': code keeps its line breaks and spacing.
  const text = textOf(element.children, depth + 1);
  return text.trim() ? { type: 'code', children: [{ type: 'text', text }] } : null;
}

function textOf(nodes: readonly ChildNode[], depth: number): string {
  if (depth > MAX_NESTING) return '';
  return nodes
    .map((node) =>
      node.type === 'text' ? node.data : isElement(node) ? textOf(node.children, depth + 1) : ''
    )
    .join('');
}

/**
 * Block elements become blocks; a run of loose text and inline elements between them (a `<div>`
 * holding bare text, text after a heading) becomes a paragraph of its own.
 */
function collectBlocks(nodes: readonly ChildNode[], out: Block[], depth: number): void {
  if (depth > MAX_NESTING) return;
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    const paragraph = textBlock('paragraph', loose, depth);
    if (paragraph) out.push(paragraph);
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.type === 'text') loose.push(node);
      continue;
    }
    if (DROPPED.has(node.name)) continue;
    if (BLOCK_ELEMENTS.has(node.name)) {
      flushLoose();
      const block = elementBlock(node, depth);
      if (block) out.push(block);
    } else if (isInline(node)) loose.push(node);
    else {
      flushLoose();
      collectBlocks(node.children, out, depth + 1);
    }
  }
  flushLoose();
}

const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

function isInline(element: Element): boolean {
  return INLINE_ELEMENTS.has(element.name);
}

/** The blocks of an HTML fragment or document; a link to `javascript:` and the like keeps only its text. */
export function htmlToBlocks(html: string): Block[] {
  const document = parseDocument(html, { decodeEntities: true });
  const blocks: Block[] = [];
  collectBlocks(document.children, blocks, 0);
  return blocks;
}
