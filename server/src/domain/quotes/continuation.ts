/** A quotation with no attribution of its own that goes on from the one before it. */
import { type QuoteSpan, countSentenceEnds, quotedText, sentenceStart } from './marks';
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
