/** A quotation with no attribution of its own that goes on from the quotation or the reporting verb before it. */
import { type QuoteSpan, MASK, quotedText } from './marks';
import { countSentenceEnds, sentenceEnd, sentenceStart } from './sentences';
import { type Attribution } from './types';

/** `"We have the money," Hale told lawmakers, "but not …"`: the attribution, a few words and a comma between two parts. */
export function interrupts(
  before: QuoteSpan,
  span: QuoteSpan,
  attribution: Attribution,
  masked: readonly string[]
): boolean {
  const first = span.ranges[0];
  if (before.ranges[before.ranges.length - 1].paragraph !== first.paragraph) return false;
  const between = masked[first.paragraph].slice(attribution.end, first.from - 1).trim();
  return between === ',' || /^[^.!?;:"“”\uE000]{1,60},$/u.test(between);
}

/**
 * Wire copy lets a speaker go on in a paragraph of its own: `"…," she told reporters.` then
 * `"We will not …"`. Only a paragraph that is nothing but the quotation, right after a
 * paragraph whose last sentence holds the earlier quotation.
 */
export function continuesInNextParagraph(
  before: QuoteSpan,
  span: QuoteSpan,
  raw: readonly string[],
  masked: readonly string[]
): boolean {
  const end = before.ranges[before.ranges.length - 1];
  const start = span.ranges[0];
  const last = span.ranges[span.ranges.length - 1];
  if (start.paragraph !== end.paragraph + 1) return false;
  const previous = masked[end.paragraph].trimEnd();
  if (countSentenceEnds(previous, end.to, previous.length - 1) > 0) return false;
  const opening = raw[start.paragraph];
  const closing = raw[last.paragraph].trimEnd();
  return (
    opening.length - opening.trimStart().length === start.from - 1 &&
    closing.length === last.to + 1 &&
    /[.!?…]$/u.test(quotedText(raw, span))
  );
}

export function continuesPrevious(
  before: QuoteSpan,
  span: QuoteSpan,
  masked: readonly string[]
): boolean {
  const end = before.ranges[before.ranges.length - 1];
  const start = span.ranges[0];
  if (end.paragraph !== start.paragraph) return false;
  const text = masked[start.paragraph];
  const open = start.from - 1;
  const leadStart = sentenceStart(text, open);
  return (
    leadStart >= end.to &&
    text.slice(leadStart, open).trim() === '' &&
    countSentenceEnds(text, end.to, open) <= 1
  );
}

/**
 * `Schiff said the administration may be reluctant. "The other factor is …"`: a quotation that
 * is a whole sentence of its own, right after a sentence whose reporting verb quoted nothing,
 * goes on with that speaker's words. The verb's sentence must hold no quotation.
 */
export function saidJustBefore(
  span: QuoteSpan,
  masked: readonly string[],
  attributions: readonly (readonly Attribution[])[]
): Attribution | null {
  const first = span.ranges[0];
  const last = span.ranges[span.ranges.length - 1];
  const text = masked[first.paragraph];
  const open = first.from - 1;
  if (text.slice(sentenceStart(text, open), open).trim() !== '') return null;
  const tail = masked[last.paragraph].slice(
    last.to + 1,
    sentenceEnd(masked[last.paragraph], last.to + 1)
  );
  if (tail.replace(/[\s.,!?;]/gu, '') !== '') return null;
  const before = attributions[first.paragraph].filter((a) => a.end <= open && !a.afterQuoteOnly);
  const said = before[before.length - 1];
  if (!said) return null;
  const between = text.slice(sentenceStart(text, said.verbStart), open);
  return countSentenceEnds(text, said.end, open) === 1 && !between.includes(MASK) ? said : null;
}
