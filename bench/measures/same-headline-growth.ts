import type { Core } from '@strapi/strapi';

import type { Sizes } from '../sizes';
import { median, timed } from '../stats';
import { ARTICLE, articleFields } from '../story-fields';

export interface SameHeadlineGrowth {
  ratio: number;
  first_ms: number;
  last_ms: number;
}

/**
 * Spec §11 and §4.1.7: creating many articles with one headline must not slow down as `-N`
 * siblings pile up (one read per write, no probing loop). Each repeat creates `creates` articles
 * with one headline; its last tenth is timed create by create, alternating with the first tenth
 * of a second headline, so both windows are measured at the same moment and a change of load on
 * the machine falls on both. Reported: the median ms per create in each window (a passing burst
 * of load does not decide it), and their ratio, each the median of the repeats.
 */
export async function measureSameHeadlineGrowth(
  strapi: Core.Strapi,
  sizes: Sizes['sameHeadlineGrowth']
): Promise<SameHeadlineGrowth> {
  const window = Math.max(1, Math.round(sizes.creates / 10));
  const create = (headline: string) =>
    timed(() =>
      strapi.documents(ARTICLE as never).create({ data: articleFields(headline) } as never)
    );

  const runs: { first: number; last: number }[] = [];
  for (let repeat = 1; repeat <= sizes.repeats; repeat += 1) {
    const crowded = `Cease-fire call for Libya, edition ${repeat}`;
    const fresh = `Truce call for Libya, edition ${repeat}`;
    for (let i = 0; i < sizes.creates - window; i += 1) await create(crowded);
    const first: number[] = [];
    const last: number[] = [];
    for (let i = 0; i < window; i += 1) {
      if (i % 2 === 0) first.push(await create(fresh));
      last.push(await create(crowded));
      if (i % 2 === 1) first.push(await create(fresh));
    }
    runs.push({ first: median(first), last: median(last) });
  }
  return {
    ratio: median(runs.map((run) => run.last / run.first)),
    first_ms: median(runs.map((run) => run.first)),
    last_ms: median(runs.map((run) => run.last)),
  };
}
