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

/**
 * Reads before the timed ones: a Strapi process extracts quotes on every save, so what counts is
 * the extractor once V8 has compiled it. With one read first, the median of the next thirty was
 * mostly compilation (the first read took 27 ms; reads 31 to 60 were under 1 ms).
 */
const WARM_UP_READS = 100;

function medianMs(paragraphs: string[], runs: number, warmUps: number): number {
  for (let read = 0; read < warmUps; read += 1) extractQuotes(paragraphs);
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
    libya_ms: medianMs(LIBYA, sizes.runs * 10, WARM_UP_READS),
    // One read of 10,000 paragraphs runs every function thousands of times: warm enough.
    large_ms: medianMs(large, sizes.runs, 1),
    paragraphs: sizes.paragraphs,
  };
}
