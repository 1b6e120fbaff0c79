import fs from 'node:fs';
import path from 'node:path';

import { extractQuotes } from '../../server/src/domain/quotes';
import type { Sizes } from '../sizes';
import { median } from '../stats';

export interface QuotesSpeed {
  /** Median ms to read the Libya story's paragraphs. */
  libya_ms: number;
  /** Median ms to read a body of `sizes.paragraphs` paragraphs (the story's, repeated). */
  large_ms: number;
  paragraphs: number;
}

const LIBYA = fs
  .readFileSync(
    path.join(__dirname, '..', '..', 'tests', 'fixtures', 'stories', 'libya-truce.txt'),
    'utf8'
  )
  .split(/\n+/u)
  .filter((paragraph) => paragraph.trim() !== '');

function medianMs(paragraphs: string[], runs: number): number {
  extractQuotes(paragraphs);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    extractQuotes(paragraphs);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/** Issue 20: the quote extractor on the Libya story (≤ 1 ms) and on a 10,000-paragraph body (≤ 200 ms). */
export async function measureQuotesSpeed(
  _strapi: unknown,
  sizes: Sizes['quotesSpeed']
): Promise<QuotesSpeed> {
  const large = Array.from({ length: sizes.paragraphs }, (_x, i) => LIBYA[i % LIBYA.length]);
  return {
    libya_ms: medianMs(LIBYA, sizes.runs * 10),
    large_ms: medianMs(large, sizes.runs),
    paragraphs: sizes.paragraphs,
  };
}
