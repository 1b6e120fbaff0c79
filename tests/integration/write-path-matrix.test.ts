import {
  expectedTopNews,
  parallelRestCreates,
  type CreateStatus,
} from './helpers/parallel-creates';
import { useStrapi } from './helpers/suite';
import { REUTERS_MONTHS } from './helpers/reuters-months';
import {
  ARTICLE,
  WRITE_PATHS,
  type WriteClients,
  type WriteInput,
  type WritePath,
} from './helpers/write-paths';

/**
 * The write-path matrix of spec §12: every rule of §4 on every way a client writes. Rows are the
 * paths of helpers/write-paths; columns are the scenarios below; each cell writes once and then
 * checks every rule — slug, dateline, first publication, last significant update and edition
 * date, quotes, top news — on the stored rows and as the public reads them. The expectations are computed here from the spec
 * (with `Intl` for calendars), not from the plugin's code.
 */

const QUOTE = 'plugin::newsroom.quote';
const CITY = 'Istanbul';
const CITY_ZONE = 'Europe/Istanbul';
// The playground's settings (playground/config/plugins.ts): style reuters, agency China Daily.
const EDITION_ZONE = 'Asia/Shanghai';

interface Scenario {
  name: string;
  /** The article that already holds the headline or slug, made (draft, then published) before the cell. */
  holder?: (cell: number) => { headline: string; slug?: string };
  input: (cell: number) => Pick<WriteInput, 'headline' | 'slug'>;
  /** The slug the document ends with; null: the write is refused. */
  slug: (cell: number) => string | null;
  needsSlug?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'a new headline',
    input: (n) => ({ headline: `Truce talks round ${n}` }),
    slug: (n) => `truce-talks-round-${n}`,
  },
  {
    name: 'a headline another article has',
    holder: (n) => ({ headline: `Ceasefire holds round ${n}` }),
    input: (n) => ({ headline: `Ceasefire holds round ${n}` }),
    slug: (n) => `ceasefire-holds-round-${n}-2`,
  },
  {
    name: 'an explicit slug',
    input: (n) => ({ headline: `Envoys meet round ${n}`, slug: `Custom Slug No ${n}!` }),
    slug: (n) => `custom-slug-no-${n}`,
    needsSlug: true,
  },
  {
    name: 'an explicit slug another article holds',
    holder: (n) => ({ headline: `Holder of a slug ${n}`, slug: `held-slug-${n}` }),
    input: (n) => ({ headline: `Newcomer round ${n}`, slug: `held-slug-${n}` }),
    slug: () => null,
    needsSlug: true,
  },
];

const applies = (path: WritePath, scenario: Scenario) =>
  !(scenario.needsSlug && path.takesSlug === false) &&
  !(scenario.slug(0) === null && !path.carriesData);

const CELLS = WRITE_PATHS.flatMap((path) =>
  SCENARIOS.filter((scenario) => applies(path, scenario)).map((scenario) => ({ path, scenario }))
);
const NOT_APPLICABLE = WRITE_PATHS.flatMap((path) =>
  SCENARIOS.filter((scenario) => !applies(path, scenario)).map(
    (scenario) => `${path.name} × ${scenario.name}`
  )
);

const quoteSentence = (n: number) =>
  `"The cease-fire of round ${n} must hold," said Mevlut Cavusoglu, the Turkish foreign minister.`;
const setupQuoteSentence = (n: number) =>
  `"Talks of round ${n} will resume in Berlin," Ghassan Salame told reporters in Geneva.`;

/** The slug of the setup draft's headline (helpers/write-paths: "Setup for <headline>"), plain words and digits only. */
const setupSlug = (headline: string) => `setup for ${headline}`.toLowerCase().replace(/ /g, '-');

const dateIn = (zone: string, instant: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
const reutersDateline = (instant: Date) => {
  const [, month, day] = dateIn(CITY_ZONE, instant).split('-').map(Number);
  return `ISTANBUL, ${REUTERS_MONTHS[month - 1]} ${day} (China Daily) -`;
};

const app = useStrapi();
let clients: WriteClients;

beforeAll(async () => {
  clients = {
    app,
    adminToken: app.adminToken,
    apiToken: app.apiToken,
  };
});

interface Row {
  documentId: string;
  headline: string;
  slug: string;
  dateline: string | null;
  firstPublishedAt: string | null;
  lastSignificantUpdateAt: string | null;
  editionDate: string | null;
  publishedAt: string | null;
  quotes: { text: string; speaker: string }[];
}

const rowsOf = async (documentId: string) =>
  (await app.strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    populate: { quotes: { select: ['text', 'speaker'], orderBy: { text: 'asc' } } },
  })) as Row[];

/** Everything a refused write must leave as it was. */
async function snapshot() {
  const articles = await app.strapi.db.query(ARTICLE).findMany({
    select: ['documentId', 'headline', 'slug', 'publishedAt'],
    orderBy: { id: 'asc' },
  });
  const quotes = await app.strapi.db.query(QUOTE).count();
  const claims = await app.strapi.db
    .connection('newsroom_slug_claims')
    .select('slug', 'document_id')
    .orderBy(['slug', 'document_id']);
  return { articles, quotes, claims };
}

async function makeHolder(data: { headline: string; slug?: string }) {
  const holder = await app.strapi.documents(ARTICLE).create({ data } as never);
  await app.strapi.documents(ARTICLE).publish({ documentId: holder.documentId } as never);
  return holder.documentId as string;
}

const publicTopNews = async (date: string) =>
  (await app.http().get('/api/newsroom/top-news').query({ date }).expect(200)).body.data.items as {
    slug: string;
    position: number;
  }[];

let cellNumber = 0;

describe(`the write-path matrix (§12): ${WRITE_PATHS.length} paths × ${SCENARIOS.length} scenarios, ${CELLS.length} cells`, () => {
  it('lists the cells that do not apply, and why, so that none is left out silently', () => {
    // Import's story format and ninjs have no slug; publish, unpublish, discard, delete and bulk publish carry no slug to refuse.
    expect(NOT_APPLICABLE).toEqual([
      'Content Manager unpublish × an explicit slug another article holds',
      'Content Manager discard draft × an explicit slug another article holds',
      'Content Manager delete × an explicit slug another article holds',
      'Content Manager bulk publish × an explicit slug another article holds',
      'strapi.documents publish × an explicit slug another article holds',
      'import (publish off) × an explicit slug',
      'import (publish off) × an explicit slug another article holds',
      'import (publish on) × an explicit slug',
      'import (publish on) × an explicit slug another article holds',
      'ninjs import (publish off) × an explicit slug',
      'ninjs import (publish off) × an explicit slug another article holds',
      'ninjs import (publish on) × an explicit slug',
      'ninjs import (publish on) × an explicit slug another article holds',
    ]);
  });

  it.each(CELLS.map((cell) => [cell.path.name, cell.scenario.name, cell] as const))(
    '%s × %s',
    async (_path, _scenario, { path, scenario }) => {
      const n = (cellNumber += 1);
      const holderId = scenario.holder ? await makeHolder(scenario.holder(n)) : null;
      const input: WriteInput = {
        ...scenario.input(n),
        paragraph: quoteSentence(n),
        datelineCity: CITY,
        topNewsPriority: 1000 + n,
      };
      const setupStarted = new Date();
      const setupId = path.setup
        ? await path.setup(clients, input, setupQuoteSentence(n))
        : undefined;

      const before = await snapshot();
      const started = new Date();
      const outcome = await path.write(clients, input, setupId);
      const finished = new Date();
      // A published article keeps its slug through headline edits (§4.1.6); an explicit one still changes it.
      const keepsPublishedSlug = path.publishedBefore && !input.slug;
      const expectedSlug = keepsPublishedSlug ? setupSlug(input.headline) : scenario.slug(n);

      if (expectedSlug === null) {
        // §4.1.3: the plugin's own 400, naming the field and the holder; nothing written.
        expect(outcome).toMatchObject({ ok: false, status: 400 });
        if (outcome.ok) return;
        expect(outcome.error.message).toContain(holderId!);
        expect(outcome.error.details?.errors?.[0]?.path).toEqual(['slug']);
        expect(await snapshot()).toEqual(before);
        return;
      }

      expect(outcome).toMatchObject({ ok: true });
      if (!outcome.ok) return;
      const { documentId } = outcome;
      const rows = await rowsOf(documentId);
      const draft = rows.find((row) => row.publishedAt === null);
      const published = rows.find((row) => row.publishedAt !== null);

      if (path.state === 'gone') {
        expect(rows).toEqual([]);
        // Its slug is free again, and none of its quotes is left.
        const claims = await app.strapi.db
          .connection('newsroom_slug_claims')
          .where({ document_id: documentId });
        expect(claims).toEqual([]);
        expect(
          await app.strapi.db.query(QUOTE).count({ where: { text: { $contains: `round ${n} ` } } })
        ).toBe(0);
        return;
      }

      // Slug (§4.1): one slug for the document, on every row.
      expect(draft?.slug).toBe(expectedSlug);
      if (published) expect(published.slug).toBe(expectedSlug);
      expect(Boolean(published)).toBe(path.state === 'published');

      // First publication and edition (§4.3).
      const everPublished = path.state !== 'draft';
      if (everPublished) {
        const first = new Date(draft!.firstPublishedAt!);
        // Published by the write, or (unpublish, discard) by its setup.
        expect(first.getTime()).toBeGreaterThanOrEqual(
          (path.carriesData && !path.publishedBefore ? started : setupStarted).getTime()
        );
        expect(first.getTime()).toBeLessThanOrEqual(finished.getTime());
        expect(draft!.editionDate).toBe(dateIn(EDITION_ZONE, first));
        if (published)
          expect([published.firstPublishedAt, published.editionDate]).toEqual([
            draft!.firstPublishedAt,
            draft!.editionDate,
          ]);
      } else {
        expect([draft!.firstPublishedAt, draft!.editionDate]).toEqual([null, null]);
      }
      // Last significant update (docs/corrections.md): with no notes, the first publication, on every row.
      for (const row of rows) expect(row.lastSignificantUpdateAt).toBe(draft!.firstPublishedAt);

      // Dateline (§4.2): the filing city's date, of the first publication or (a draft) of now.
      const datedBy = everPublished ? [new Date(draft!.firstPublishedAt!)] : [started, finished];
      expect(datedBy.map(reutersDateline)).toContain(draft!.dateline);
      if (published) expect(published.dateline).toBe(draft!.dateline);

      // Quotes (§4.4): exactly the body's quotation, on every row; none of an earlier body's.
      const expectedQuotes = [
        { text: `The cease-fire of round ${n} must hold`, speaker: 'Mevlut Cavusoglu' },
      ];
      for (const row of rows)
        expect(row.quotes.map(({ text, speaker }) => ({ text, speaker }))).toEqual(expectedQuotes);

      // As the public reads it (§5): the published article with its quotes, or nothing.
      const read = await app
        .http()
        .get(`/api/newsroom/articles/${documentId}`)
        .query({ populate: 'quotes' });
      if (path.state === 'published') {
        expect(read.status).toBe(200);
        expect(read.body.data.slug).toBe(expectedSlug);
        expect(read.body.data.quotes.map((quote: { text: string }) => quote.text)).toEqual([
          expectedQuotes[0].text,
        ]);
      } else {
        expect(read.status).toBe(404);
      }

      // Top news (§4.5): its day's box leads with it (the highest priority so far), or leaves it out.
      // A path without a priority (ninjs) publishes at priority 0, behind the other cells' articles.
      const day = draft!.editionDate ?? dateIn(EDITION_ZONE, finished);
      const items = await publicTopNews(day);
      if (path.state !== 'published')
        expect(items.map((item) => item.slug)).not.toContain(expectedSlug);
      else if (path.takesPriority !== false) expect(items[0]?.slug).toBe(expectedSlug);
      expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
    }
  );
});

describe('concurrent writes of one headline, published and draft, over REST (§4.1.7, §4.5)', () => {
  it('20 parallel creates (14 published, 6 drafts) all succeed with distinct slugs, and the day’s top news is exact', async () => {
    const day = '2021-03-15';
    const statuses: CreateStatus[] = Array.from({ length: 20 }, (_, i) =>
      i % 10 < 3 ? 'draft' : i % 2 ? 'published' : undefined
    );
    const responses = await parallelRestCreates(
      () => app.http(),
      clients.apiToken,
      'Parallel truce story',
      day,
      statuses
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const slugs = responses.map((response) => response.body.data.slug as string);
    expect(new Set(slugs).size).toBe(20);
    expect([...slugs].sort()).toEqual(
      ['', ...Array.from({ length: 19 }, (_, i) => `-${i + 2}`)]
        .map((suffix) => `parallel-truce-story${suffix}`)
        .sort()
    );

    expect((await publicTopNews(day)).map((item) => item.slug)).toEqual(
      expectedTopNews(statuses, slugs)
    );
  });
});
