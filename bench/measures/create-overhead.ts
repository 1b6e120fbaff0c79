import type { Core } from '@strapi/strapi';

import type { Sizes } from '../sizes';
import { median, timed } from '../stats';
import { ARTICLE, BASELINE_ARTICLE, articleFields } from '../story-fields';

export interface CreateOverhead {
  ratio: number;
  plugin_ms: number;
  baseline_ms: number;
}

const SIDES = { plugin: ARTICLE, baseline: BASELINE_ARTICLE } as const;
type Side = keyof typeof SIDES;
const WARM_UP_CREATES = 20;

/**
 * Spec §11: N article creates through `strapi.documents` with every plugin hook (slug claim,
 * dateline, quote extraction; for `status: 'published'` also the first-publication stamp and the
 * day's top-news regeneration) against N creates of the same fields in the baseline type, which
 * no hook touches. The sides alternate in blocks, the first side swapping each block, so load
 * from other processes falls on both alike. `plugin_ms` and `baseline_ms`: the time of N creates,
 * median of the repeats; `ratio`: the median, over every pair of neighbouring blocks, of their
 * time ratio (a burst of load spoils a pair or two, not the result).
 */
async function measureOverhead(
  strapi: Core.Strapi,
  sizes: Sizes['createOverhead'],
  status: 'draft' | 'published'
): Promise<CreateOverhead> {
  let serial = 0;
  const createBlock = (side: Side, count: number) =>
    timed(async () => {
      for (let i = 0; i < count; i += 1) {
        serial += 1;
        const data = articleFields(`Libya truce talks, ${status} dispatch ${serial}`);
        await strapi.documents(SIDES[side] as never).create({ data, status } as never);
      }
    });

  await createBlock('plugin', WARM_UP_CREATES);
  await createBlock('baseline', WARM_UP_CREATES);

  const totals: Record<Side, number>[] = [];
  const pairRatios: number[] = [];
  for (let repeat = 0; repeat < sizes.repeats; repeat += 1) {
    const total = { plugin: 0, baseline: 0 };
    for (let block = 0; block * sizes.block < sizes.creates; block += 1) {
      const count = Math.min(sizes.block, sizes.creates - block * sizes.block);
      const order: Side[] =
        (repeat + block) % 2 === 0 ? ['plugin', 'baseline'] : ['baseline', 'plugin'];
      const pair = { plugin: 0, baseline: 0 };
      for (const side of order) pair[side] = await createBlock(side, count);
      pairRatios.push(pair.plugin / pair.baseline);
      total.plugin += pair.plugin;
      total.baseline += pair.baseline;
    }
    totals.push(total);
  }
  return {
    ratio: median(pairRatios),
    plugin_ms: median(totals.map((total) => total.plugin)),
    baseline_ms: median(totals.map((total) => total.baseline)),
  };
}

/** createOverhead: drafts, as an editor's first save makes them. */
export const measureCreateOverhead = (strapi: Core.Strapi, sizes: Sizes['createOverhead']) =>
  measureOverhead(strapi, sizes, 'draft');

/** publishOverhead: creates asked for `status: 'published'`, as REST's default create is. */
export const measurePublishOverhead = (strapi: Core.Strapi, sizes: Sizes['createOverhead']) =>
  measureOverhead(strapi, sizes, 'published');
