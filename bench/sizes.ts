/** How much work each measure does: `npm run bench` (full, the sizes of spec §11) or `-- --quick`. */
export interface Sizes {
  /** `creates` per side and repeat, timed in alternating blocks of `block` creates. */
  createOverhead: { creates: number; repeats: number; block: number };
  /** As createOverhead, each create published. */
  publishOverhead: { creates: number; repeats: number; block: number };
  /** `creates` with one headline per repeat (a new headline each repeat). */
  sameHeadlineGrowth: { creates: number; repeats: number };
  /** `rounds` of one load run per route, each `seconds` long with `connections` open. */
  topNewsVsList: {
    articles: number;
    days: number;
    rounds: number;
    seconds: number;
    connections: number;
  };
  /** As topNewsVsList's load, on its archive. */
  pageVsFindOne: { rounds: number; seconds: number; connections: number };
  /** RSS against the list, on an archive of `articles` (topNewsVsList's). */
  feedVsList: { articles: number; rounds: number; seconds: number; connections: number };
  /** The news sitemap with `small` recent articles, then with the archive grown to `articles`. */
  feedFlat: {
    small: number;
    articles: number;
    rounds: number;
    seconds: number;
    connections: number;
  };
  /** The quote extractor alone: `runs` reads of a body of `paragraphs` paragraphs. */
  quotesSpeed: { paragraphs: number; runs: number };
  /** `stories` imported in `batches`, each timed. */
  importRate: { stories: number; batches: number };
}

export const FULL: Sizes = {
  createOverhead: { creates: 1000, repeats: 5, block: 20 },
  publishOverhead: { creates: 1000, repeats: 5, block: 20 },
  sameHeadlineGrowth: { creates: 2000, repeats: 3 },
  topNewsVsList: { articles: 20_000, days: 30, rounds: 5, seconds: 8, connections: 10 },
  pageVsFindOne: { rounds: 5, seconds: 8, connections: 10 },
  feedVsList: { articles: 20_000, rounds: 5, seconds: 8, connections: 10 },
  feedFlat: { small: 100, articles: 20_000, rounds: 5, seconds: 8, connections: 10 },
  quotesSpeed: { paragraphs: 10_000, runs: 7 },
  importRate: { stories: 500, batches: 5 },
};

export const QUICK: Sizes = {
  createOverhead: { creates: 200, repeats: 3, block: 20 },
  publishOverhead: { creates: 200, repeats: 3, block: 20 },
  sameHeadlineGrowth: { creates: 400, repeats: 3 },
  topNewsVsList: { articles: 2_000, days: 30, rounds: 3, seconds: 3, connections: 10 },
  pageVsFindOne: { rounds: 3, seconds: 3, connections: 10 },
  feedVsList: { articles: 20_000, rounds: 3, seconds: 3, connections: 10 },
  feedFlat: { small: 100, articles: 20_000, rounds: 3, seconds: 3, connections: 10 },
  quotesSpeed: { paragraphs: 10_000, runs: 3 },
  importRate: { stories: 100, batches: 4 },
};
