import fs from 'node:fs';
import path from 'node:path';

import type { CreateOverhead } from './measures/create-overhead';
import type { FeedFlat, FeedVsList } from './measures/feeds';
import type { ImportRate } from './measures/import-rate';
import type { PageVsFindOne } from './measures/page-vs-find-one';
import type { QuotesSpeed } from './measures/quotes-speed';
import type { SameHeadlineGrowth } from './measures/same-headline-growth';
import type { TopNewsVsList } from './measures/top-news-vs-list';

export interface Results {
  createOverhead: CreateOverhead;
  publishOverhead: CreateOverhead;
  sameHeadlineGrowth: SameHeadlineGrowth;
  topNewsVsList: TopNewsVsList;
  pageVsFindOne: PageVsFindOne;
  feedVsList: FeedVsList;
  feedFlat: FeedFlat;
  quotesSpeed: QuotesSpeed;
  importRate: ImportRate;
}

export interface Report {
  machine: string;
  database: string;
  quick: boolean;
  results: Partial<Results>;
}

type Target = { max: number } | { min: number };

/** Spec §11 and issue 21 (pageVsFindOne). importRate is reported only. */
const TARGETS: Record<
  | 'createOverhead'
  | 'publishOverhead'
  | 'sameHeadlineGrowth'
  | 'topNewsVsList'
  | 'pageVsFindOne'
  | 'feedVsList'
  | 'feedFlat',
  Target
> = {
  createOverhead: { max: 1.5 },
  publishOverhead: { max: 2.0 },
  sameHeadlineGrowth: { max: 1.3 },
  topNewsVsList: { min: 0.8 },
  pageVsFindOne: { min: 1.0 },
  feedVsList: { min: 0.8 },
  feedFlat: { min: 0.8 },
};

/** Issue 20: the quote extractor's own speed, in milliseconds (not a ratio: it has no baseline). */
const QUOTES_MS = { libya: 1, large: 200 };

const RESULTS_FILE = path.join(__dirname, 'results', 'latest.json');

const met = (ratio: number, target: Target) =>
  'max' in target ? ratio <= target.max : ratio >= target.min;
const targetText = (target: Target) => ('max' in target ? `<= ${target.max}` : `>= ${target.min}`);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** One line per measure: what was measured, against what, the ratio, the target and PASS/MISS. */
function rows({ results }: Report): string[][] {
  const {
    createOverhead,
    publishOverhead,
    sameHeadlineGrowth,
    topNewsVsList,
    pageVsFindOne,
    feedVsList,
    feedFlat,
    quotesSpeed,
    importRate,
  } = results;
  const verdict = (name: keyof typeof TARGETS, ratio: number) => [
    ratio.toFixed(2),
    targetText(TARGETS[name]),
    met(ratio, TARGETS[name]) ? 'PASS' : 'MISS',
  ];
  /** The line of a measure given as a ratio, or none when the measure did not run. */
  const ratioRow = <Result extends { ratio: number }>(
    name: keyof typeof TARGETS,
    result: Result | undefined,
    describe: (result: Result) => [measured: string, against: string]
  ) => (result ? [[name, ...describe(result), ...verdict(name, result.ratio)]] : []);
  return [
    ['measure', 'measured', 'against', 'ratio', 'target', ''],
    ...ratioRow('createOverhead', createOverhead, (r) => [
      `plugin ${round(r.plugin_ms, 0)} ms`,
      `baseline ${round(r.baseline_ms, 0)} ms`,
    ]),
    ...ratioRow('publishOverhead', publishOverhead, (r) => [
      `plugin ${round(r.plugin_ms, 0)} ms`,
      `baseline ${round(r.baseline_ms, 0)} ms`,
    ]),
    ...ratioRow('sameHeadlineGrowth', sameHeadlineGrowth, (r) => [
      `last 10% ${round(r.last_ms, 2)} ms/create`,
      `first 10% ${round(r.first_ms, 2)} ms/create`,
    ]),
    ...ratioRow('topNewsVsList', topNewsVsList, (r) => [
      `top news ${round(r.topNews_rps, 0)} req/s`,
      `list ${round(r.list_rps, 0)} req/s`,
    ]),
    ...ratioRow('pageVsFindOne', pageVsFindOne, (r) => [
      `page ${round(r.page_rps, 0)} req/s`,
      `findOne ${round(r.findOne_rps, 0)} req/s`,
    ]),
    ...ratioRow('feedVsList', feedVsList, (r) => [
      `RSS ${round(r.rss_rps, 0)} req/s`,
      `list ${round(r.list_rps, 0)} req/s`,
    ]),
    ...ratioRow('feedFlat', feedFlat, (r) => [
      `news sitemap at ${r.large}: ${round(r.large_rps, 0)} req/s`,
      `at ${r.small}: ${round(r.small_rps, 0)} req/s`,
    ]),
    ...(quotesSpeed
      ? [
          [
            'quotesSpeed',
            `Libya story ${round(quotesSpeed.libya_ms, 2)} ms`,
            '',
            '',
            '<= 1 ms',
            quotesSpeed.libya_ms <= QUOTES_MS.libya ? 'PASS' : 'MISS',
          ],
          [
            'quotesSpeed',
            `${quotesSpeed.paragraphs} paragraphs ${round(quotesSpeed.large_ms, 0)} ms`,
            '',
            '',
            '<= 200 ms',
            quotesSpeed.large_ms <= QUOTES_MS.large ? 'PASS' : 'MISS',
          ],
        ]
      : []),
    ...(importRate
      ? [
          [
            'importRate',
            `${round(importRate.storiesPerSecond)} stories/s`,
            `peak RSS ${round(importRate.peakRssMb, 0)} MB`,
            '',
            'reported',
            '',
          ],
        ]
      : []),
  ];
}

export function formatTable(report: Report): string {
  const table = rows(report);
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  );
  return [
    `${report.database}, ${report.quick ? 'quick' : 'full'} run; ${report.machine}`,
    ...lines,
  ].join('\n');
}

export function allTargetsMet({ results }: Report): boolean {
  const { quotesSpeed } = results;
  const quotesMet =
    !quotesSpeed ||
    (quotesSpeed.libya_ms <= QUOTES_MS.libya && quotesSpeed.large_ms <= QUOTES_MS.large);
  return (
    quotesMet &&
    (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).every((name) => {
      const result = results[name];
      return !result || met(result.ratio, TARGETS[name]);
    })
  );
}

export function writeReport(report: Report): string {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return RESULTS_FILE;
}
