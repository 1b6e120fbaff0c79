/**
 * Reads PolNeAR (github networkdynamics/PolNeAR) from a local copy: article texts, the brat
 * standoff attributions (.ann: `T1<TAB>Source 89 106<TAB>text`, `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`)
 * and CoreNLP's coreference chains, used to check a speaker given as "he" in the corpus.
 * The corpus is never copied into this repository: it states no licence for that.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

export interface Span {
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: Span;
  contentText: string;
  source: Span | null;
  sourceText: string;
  cue: string;
  kind: 'direct' | 'partial';
}

export interface Article {
  id: string;
  text: string;
  gold: GoldAttribution[];
  /** Texts of the mentions of every coreference chain that has a mention overlapping a span. */
  chainOf: (span: Span) => string[];
}

const QUOTE_MARK = /["“”«»„]/u;
/** Double marks, including two apostrophes typed for one (`''…''`, in some wire copy). */
const DOUBLE_MARK = /["“”]|''/u;

/** brat counts code points; JavaScript strings count UTF-16 units. */
function codePointOffsets(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/u.test(text)) return (cp) => cp;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Quoted sentences (direct) hold nearly all the content's letters between marks; fragments (partial) do not. */
export function goldKind(text: string): 'direct' | 'partial' {
  const content = text.replace(/''/gu, '"');
  let inside = false;
  let outsideLetters = 0;
  for (const ch of content) {
    if (QUOTE_MARK.test(ch)) inside = ch === '"' ? !inside : ch === '“' || ch === '«' || ch === '„';
    else if (!inside && /\p{L}/u.test(ch)) outsideLetters++;
  }
  return outsideLetters <= 3 ? 'direct' : 'partial';
}

export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const at = codePointOffsets(text);
  const spans = new Map<string, Span[]>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!body) continue;
    if (id.startsWith('T')) {
      const ranges = body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number));
      spans.set(
        id,
        ranges.map(([s, e]) => ({ start: at(s), end: at(e) }))
      );
    } else if (id.startsWith('E')) {
      const roles = new Map<string, string>();
      for (const pair of body.trim().split(/\s+/u)) {
        const [role, arg] = pair.split(':');
        if (!roles.has(role.replace(/\d+$/u, ''))) roles.set(role.replace(/\d+$/u, ''), arg);
      }
      events.push(roles);
    }
  }
  const whole = (id: string | undefined): Span | null => {
    const parts = id ? spans.get(id) : undefined;
    return parts
      ? { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) }
      : null;
  };
  const gold: GoldAttribution[] = [];
  for (const roles of events) {
    const content = whole(roles.get('Content'));
    if (!content) continue;
    const contentText = (spans.get(roles.get('Content') ?? '') ?? [])
      .map((p) => text.slice(p.start, p.end))
      .join(' ');
    if (!DOUBLE_MARK.test(contentText)) continue;
    const source = whole(roles.get('Source'));
    const cue = whole(roles.get('Cue'));
    gold.push({
      content,
      contentText,
      source,
      sourceText: source ? text.slice(source.start, source.end) : '',
      cue: cue ? text.slice(cue.start, cue.end) : '',
      kind: goldKind(contentText),
    });
  }
  return gold;
}

/** CoreNLP XML: token offsets per sentence, then the coreference chains as character spans. */
function readChains(xml: string, text: string): Span[][] {
  const tokens: Span[][] = [];
  for (const sentence of xml.matchAll(
    /<sentence id="(\d+)"[^>]*>\s*<tokens>([\s\S]*?)<\/tokens>/gu
  )) {
    const row: Span[] = [];
    for (const t of sentence[2].matchAll(
      /<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)</gu
    )) {
      row.push({ start: Number(t[1]), end: Number(t[2]) });
    }
    tokens[Number(sentence[1])] = row;
  }
  const at = codePointOffsets(text);
  const chains: Span[][] = [];
  const coref = xml.slice(xml.indexOf('<coreference>'));
  for (const chain of coref.matchAll(
    /<coreference>\s*((?:<mention[\s\S]*?<\/mention>\s*)+)<\/coreference>/gu
  )) {
    const mentions: Span[] = [];
    for (const m of chain[1].matchAll(
      /<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>/gu
    )) {
      const row = tokens[Number(m[1])];
      const first = row?.[Number(m[2]) - 1];
      const last = row?.[Number(m[3]) - 2];
      if (first && last) mentions.push({ start: at(first.start), end: at(last.end) });
    }
    chains.push(mentions);
  }
  return chains;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The articles of one split. An article annotated by several annotators (the agreement
 * batches) is scored against the first annotator's file in name order.
 */
export function readSplit(dir: string, split: string): Article[] {
  const base = join(dir, 'data', split);
  const annotations = readdirSync(join(base, 'attributions')).sort();
  const articles: Article[] = [];
  for (const file of readdirSync(join(base, 'text')).sort()) {
    const id = file.replace(/\.txt$/u, '');
    const ann = annotations.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    const text = readFileSync(join(base, 'text', file), 'utf8');
    const xmlPath = join(base, 'corenlp', `${file}.xml`);
    const chains = existsSync(xmlPath) ? readChains(readFileSync(xmlPath, 'utf8'), text) : [];
    const chainOf = (span: Span): string[] =>
      chains
        .filter((c) => c.some((m) => overlaps(m, span)))
        .flatMap((c) => c.map((m) => text.slice(m.start, m.end)));
    articles.push({
      id,
      text,
      gold: parseAnn(readFileSync(join(base, 'attributions', ann), 'utf8'), text),
      chainOf,
    });
  }
  return articles;
}
