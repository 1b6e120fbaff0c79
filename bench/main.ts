/**
 * `npm run bench [-- --quick] [-- --only NAME…]`: the performance measures of spec §11 on the
 * playground Strapi, booted in-process on a fresh database (SQLite, or the server DATABASE_CLIENT
 * names), as the integration tests boot it. Prints a table, writes bench/results/latest.json, and
 * exits 1 when a target is missed.
 */
import { parseArgs } from 'node:util';

import type { Core } from '@strapi/strapi';

import { bootStrapi, stopStrapi } from '../tests/integration/helpers/strapi';
import { describeDatabase, describeMachine } from './environment';
import { measureCreateOverhead, measurePublishOverhead } from './measures/create-overhead';
import { measureFeedFlat, measureFeedVsList } from './measures/feeds';
import { measureImportRate } from './measures/import-rate';
import { measurePageVsFindOne } from './measures/page-vs-find-one';
import { measureQuotesSpeed } from './measures/quotes-speed';
import { measureSameHeadlineGrowth } from './measures/same-headline-growth';
import { measureTopNewsVsList } from './measures/top-news-vs-list';
import { allTargetsMet, formatTable, writeReport, type Report, type Results } from './report';
import { FULL, QUICK, type Sizes } from './sizes';

// The integration tests' global setup: rebuilds the plugin's dist/ when server/ or admin/ is newer,
// and compiles the playground. The benchmark measures the plugin as users get it, too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildPluginAndPlayground: () => Promise<void> = require('../tests/integration/helpers/global-setup');

type Name = keyof Results;

const MEASURES: { [N in Name]: (strapi: Core.Strapi, sizes: Sizes[N]) => Promise<Results[N]> } = {
  quotesSpeed: measureQuotesSpeed,
  createOverhead: measureCreateOverhead,
  publishOverhead: measurePublishOverhead,
  sameHeadlineGrowth: measureSameHeadlineGrowth,
  // Before the seeding of topNewsVsList: its days' top news is regenerated from the seeded articles.
  importRate: measureImportRate,
  topNewsVsList: measureTopNewsVsList,
  // After topNewsVsList: the page is read on its archive.
  pageVsFindOne: measurePageVsFindOne,
  feedVsList: measureFeedVsList,
  // On a database of its own (OWN_DATABASE): it starts from 100 articles.
  feedFlat: measureFeedFlat,
};

/** Measures that need a fresh database, each booted on its own after the others. */
const OWN_DATABASE: readonly Name[] = ['feedFlat'];

async function run<N extends Name>(
  name: N,
  strapi: Core.Strapi,
  sizes: Sizes
): Promise<Results[N]> {
  process.stderr.write(`${name}…`);
  const started = Date.now();
  const result = await MEASURES[name](strapi, sizes[name]);
  process.stderr.write(
    ` ${JSON.stringify(result)} (${Math.round((Date.now() - started) / 1000)} s)\n`
  );
  return result;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
    },
  });
  const names = (Object.keys(MEASURES) as Name[]).filter(
    (name) => !values.only || values.only.includes(name)
  );
  const sizes = values.quick ? QUICK : FULL;

  await buildPluginAndPlayground();
  const app = await bootStrapi();
  const report: Report = {
    machine: describeMachine(),
    database: await describeDatabase(app.strapi),
    quick: Boolean(values.quick),
    results: {},
  };
  try {
    for (const name of names.filter((name) => !OWN_DATABASE.includes(name)))
      report.results[name] = (await run(name, app.strapi, sizes)) as never;
  } finally {
    await stopStrapi(app);
  }
  for (const name of names.filter((name) => OWN_DATABASE.includes(name))) {
    const own = await bootStrapi();
    try {
      report.results[name] = (await run(name, own.strapi, sizes)) as never;
    } finally {
      await stopStrapi(own);
    }
  }
  console.log(formatTable(report));
  console.log(`written to ${writeReport(report)}`);
  return allTargetsMet(report) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  }
);
