/** Extracted quotes set beside the ones an editor wrote or fixed. */
import { type ExtractedQuote } from './types';

/** A quotation's words compared as a reader would: case, spacing and punctuation do not tell two apart. */
function quotationKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The extracted quotes whose words no quote of the editor's already holds (docs/quotes.md): an editor who
 * fixed a generated quote (its speaker's spelling, or a word added) made it theirs, and
 * re-extracting the body must not put the same words back beside it under the old attribution.
 */
export function withoutEditorsQuotations(
  extracted: readonly ExtractedQuote[],
  editorsTexts: readonly string[]
): ExtractedQuote[] {
  const held = editorsTexts.map((text) => ` ${quotationKey(text)} `);
  return extracted.filter((quote) => {
    const words = ` ${quotationKey(quote.text)} `;
    return words.trim() === '' || !held.some((text) => text.includes(words));
  });
}
