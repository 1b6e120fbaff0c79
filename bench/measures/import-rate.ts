import type { Core } from '@strapi/strapi';

import type { Sizes } from '../sizes';
import { median, timed } from '../stats';
import { storyFiles } from '../story-files';

export interface ImportRate {
  storiesPerSecond: number;
  peakRssMb: number;
}

const RSS_SAMPLE_MS = 20;

/** The highest resident set size seen while `work` runs, in MB (the whole Strapi process). */
async function peakRssDuring(work: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(
    () => (peak = Math.max(peak, process.memoryUsage.rss())),
    RSS_SAMPLE_MS
  );
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
}

/**
 * Spec §11: story files (§8) imported and published one after another through the plugin's import
 * service — parse, article, slug, dateline, quotes, pins and the day's top news — as the
 * `npm run import` CLI does. Reported, with no target: stories per second (the median of the
 * batches the stories are imported in) and the process's peak memory while importing.
 */
export async function measureImportRate(
  strapi: Core.Strapi,
  sizes: Sizes['importRate']
): Promise<ImportRate> {
  const stories = strapi.plugin('newsroom').service('stories');
  const perBatch = Math.ceil(sizes.stories / sizes.batches);
  const rates: number[] = [];
  const peakRssMb = await peakRssDuring(async () => {
    for (let first = 0; first < sizes.stories; first += perBatch) {
      const files = storyFiles(first, Math.min(perBatch, sizes.stories - first));
      const ms = await timed(async () => {
        for (const file of files) await stories.importStory(file, { publish: true });
      });
      rates.push(files.length / (ms / 1000));
    }
  });
  return { storiesPerSecond: median(rates), peakRssMb };
}
