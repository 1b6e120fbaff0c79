/**
 * Quotations and their attribution in an article body (docs/api.md quote, docs/quotes.md).
 * Precision over recall: a quotation whose speaker cannot be read with confidence is
 * left out, because a wrong attribution printed in a quotes column is worse than none.
 */
import { vocabularyFor } from '../quote-vocabulary';
import { attribute, looksLikeAName } from './attribute';
import { blankAsides, findAttributions } from './attributions';
import {
  continuesInNextParagraph,
  continuesPrevious,
  interrupts,
  saidJustBefore,
} from './continuation';
import { cuesOf } from './cues';
import { type QuoteSpan, findQuoteSpans, maskQuotes, quotedText } from './marks';
import { possessorOfFragment } from './noun-cues';
import { resolvePeople, resolveSpeaker, resolveSubject } from './people';
import type { Speaker } from './speaker';
import { forgetNames } from './speaker/words';
import { subjectOfFragment } from './subject';
import type { Attribution, Body, ExtractedQuote, QuoteKind } from './types';

/**
 * `''We will win,'' she said`: two apostrophes typed for a double mark (old wire systems). Read
 * as one `"`, padded with a space on the outer side so that offsets do not move.
 */
function doubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  // `'''`: a single mark nested against the double one (`''He said, 'No.'''`), inside it.
  return text.replace(/'''?/gu, (marks: string, at: number) => {
    const after = text[at + marks.length] ?? '';
    const opens = /[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
    if (marks.length === 3) return opens ? ` "'` : `'" `;
    return opens ? ' "' : '" ';
  });
}

/**
 * paragraphs: body paragraphs, index = paragraph number from 0. locale: the article's locale
 * (`fr`, `de-AT`, `zh-CN`…), which picks the quotation marks and reporting verbs; English
 * when missing or unknown. Deterministic; never throws; order = order in the text.
 */
export function extractQuotes(
  paragraphs: readonly string[],
  locale?: string | null
): ExtractedQuote[] {
  try {
    return extract(paragraphs, locale);
  } finally {
    forgetNames();
  }
}

function extract(paragraphs: readonly string[], locale?: string | null): ExtractedQuote[] {
  const vocabulary = vocabularyFor(locale);
  const raw = Array.isArray(paragraphs)
    ? paragraphs.map((p) => (typeof p === 'string' ? doubledApostrophes(p) : ''))
    : [];
  const spans = findQuoteSpans(raw, vocabulary.marks);
  if (spans.length === 0) return [];
  const masked = maskQuotes(raw, spans).map(blankAsides);
  const cues = cuesOf(vocabulary);
  const attributions = masked.map((text) => findAttributions(text, cues));
  const body: Body = {
    raw,
    masked,
    attributions,
    people: resolvePeople(attributions, masked),
    pronouns: vocabulary.pronouns,
  };

  const quotes: ExtractedQuote[] = [];
  let previous = null as {
    quote: ExtractedQuote;
    span: QuoteSpan;
    attribution: Attribution | null;
  } | null;
  for (const span of spans) {
    const text = quotedText(raw, span);
    const found = text === '' ? 'name' : attribute(span, body);
    if (found === 'name' || (found?.kind === 'partial' && looksLikeAName(text))) continue;
    const first = span.ranges[0];
    let quote: ExtractedQuote | null = null;
    if (found) {
      const { attribution, kind } = found;
      if (
        previous?.attribution === attribution &&
        interrupts(previous.span, span, attribution, masked)
      ) {
        // `"The truce," Putin said, "must hold."`: one quotation, interrupted by its attribution.
        previous.quote.text += ` ${text}`;
        previous.span = span;
        continue;
      }
      const speaker = resolveSpeaker(body, attribution);
      if (speaker) {
        quote = {
          text,
          speaker: speaker.name,
          speakerTitle: speaker.title,
          cue: attribution.cue,
          kind,
          paragraph: first.paragraph,
        };
      }
    } else if (
      previous &&
      (continuesPrevious(previous.span, span, masked) ||
        continuesInNextParagraph(previous.span, span, raw, masked))
    ) {
      // `"…," he said. "…"`: a quotation opening the next sentence, or making up the whole next
      // paragraph, is the same speaker's.
      quote = { ...previous.quote, text, kind: 'direct', paragraph: first.paragraph };
    } else {
      const found = unattributed(span, body);
      // A fragment in Title Case names something (`defended "Harbour Values"`), as after a verb.
      if (found && (found.kind === 'direct' || !looksLikeAName(text)))
        quote = {
          text,
          speaker: found.speaker.name,
          speakerTitle: found.speaker.title,
          cue: found.by.cue,
          kind: found.kind,
          paragraph: first.paragraph,
        };
    }
    if (quote) {
      quotes.push(quote);
      previous = { quote, span, attribution: found ? found.attribution : null };
    }
  }
  return quotes;
}

/**
 * A quotation with no verb of its own and no quotation before it to go on from: a whole quoted
 * sentence after a sentence whose verb quoted nothing (direct), else a fragment whose claim's
 * owner (`Trump's claim that "…"`) or sentence subject (`Reid has been pounding Trump as a
 * "…"`) is someone the body names (partial).
 */
function unattributed(
  span: QuoteSpan,
  body: Body
): { by: Attribution; speaker: Speaker; kind: QuoteKind } | null {
  const said = saidJustBefore(span, body.masked, body.attributions);
  if (said) {
    const speaker = resolveSpeaker(body, said);
    return speaker && { by: said, speaker, kind: 'direct' };
  }
  const paragraph = span.ranges[0].paragraph;
  for (const by of [
    possessorOfFragment(span, body.masked),
    subjectOfFragment(span, body.masked, body.attributions),
  ]) {
    const speaker = by && resolveSubject(body, by, paragraph);
    if (by && speaker) return { by, speaker, kind: 'partial' };
  }
  return null;
}

export type { ExtractedQuote, QuoteKind } from './types';
export { withoutEditorsQuotations } from './editors';
