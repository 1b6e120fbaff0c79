import type { Core } from '@strapi/strapi';

import { ARTICLE, QUOTE } from '../content-types/uids';
import { withoutEditorsQuotations, type ExtractedQuote } from '../domain/quotes';
import { metadataOf } from './metadata';
import { withinTransaction } from './within-transaction';

/**
 * Rows per statement: SQLite answers a many-row insert as one compound SELECT of at most 500 terms,
 * and PostgreSQL takes at most 65,535 parameters (a quote row has 14 columns).
 */
const BATCH_ROWS = 200;

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_ROWS)
    result.push(items.slice(start, start + BATCH_ROWS));
  return result;
}

/**
 * The article's generated quote entries (docs/quotes.md). Entries an editor made or edited
 * (`generated: false`) are never touched.
 *
 * Entries are written and removed in bulk (batches of BATCH_ROWS) — one insert for the entries,
 * one for their links to the article — because a document-service call per quote cost more than
 * the article's own create (npm run bench, createOverhead). They are stored as the document
 * service stores an entry of a type without drafts (a document id, the locale, publishedAt,
 * timestamps) and linked as its relation connect links them: to every row of the article in that
 * locale (draft and published), after the article's other quotes. What they lack is an
 * `entry.create` or `entry.delete` event each (webhooks).
 */
export function generatedQuotes(strapi: Core.Strapi) {
  const quoteAttributes = () => metadataOf(strapi, QUOTE).attributes;
  /** The quote → article link table (a quote belongs to one article). */
  const articleLink = () => quoteAttributes().article.joinTable!;

  /**
   * Read from the article's side: the link table's index on the article answers it, where a filter
   * on the quotes' side (`article.documentId`) scanned every quote (20 ms at 18,000 quotes on SQLite).
   */
  async function quotesOf(articleDocumentId: string, locale: string | undefined) {
    const rows = (await strapi.db.query(ARTICLE).findMany({
      where: { documentId: articleDocumentId, ...(locale && { locale }) },
      select: ['id'],
      populate: { quotes: { select: ['id', 'text', 'generated'] } },
    })) as { quotes: { id: number; text: string; generated: boolean }[] }[];
    // The draft and the published row link the same entries.
    return [
      ...new Map(rows.flatMap((row) => row.quotes).map((quote) => [quote.id, quote])).values(),
    ];
  }

  /**
   * Deletes the article's generated quotes, their links first, in batches (an article of a thousand
   * quotations is not a thousand document-service deletes); answers the texts of the editor's own
   * quotes, which stay.
   */
  async function removeGenerated(
    articleDocumentId: string,
    locale: string | undefined
  ): Promise<string[]> {
    const all = await quotesOf(articleDocumentId, locale);
    const joinTable = articleLink();
    const { tableName } = metadataOf(strapi, QUOTE);
    await withinTransaction(strapi, async (trx) => {
      for (const batch of batches(
        all.filter((entry) => entry.generated).map((entry) => entry.id)
      )) {
        await trx(joinTable.name).whereIn(joinTable.joinColumn.name, batch).delete();
        await trx(tableName).whereIn('id', batch).delete();
      }
    });
    return all.filter((entry) => !entry.generated).map((entry) => entry.text);
  }

  /** The article's rows in the locale (draft and published), each with the order of its last quote. */
  async function articleRows(articleDocumentId: string, locale: string) {
    const joinTable = articleLink();
    const articles = metadataOf(strapi, ARTICLE).tableName;
    return withinTransaction(strapi, async (trx) => {
      const rows: { id: number; last: number | null }[] = await trx(`${articles} as a`)
        .leftJoin(`${joinTable.name} as l`, `l.${joinTable.inverseJoinColumn.name}`, 'a.id')
        .select('a.id')
        .max(`l.${joinTable.inverseOrderColumnName!}`, { as: 'last' })
        .where({ 'a.document_id': articleDocumentId, 'a.locale': locale })
        .groupBy('a.id');
      return rows.map((row) => ({ id: Number(row.id), last: Number(row.last ?? 0) }));
    });
  }

  /** Links the new quotes, in order, to every article row, after the quotes that row has already. */
  async function link(
    quoteIds: readonly number[],
    articles: readonly { id: number; last: number }[]
  ) {
    const joinTable = articleLink();
    const links = articles.flatMap((article) =>
      quoteIds.map((quoteId, index) => ({
        [joinTable.joinColumn.name]: quoteId,
        [joinTable.inverseJoinColumn.name]: article.id,
        [joinTable.inverseOrderColumnName!]: article.last + index + 1,
      }))
    );
    await withinTransaction(strapi, async (trx) => {
      for (const batch of batches(links)) await trx(joinTable.name).insert(batch);
    });
  }

  /** Table rows of new generated entries, as the document service stores a type without drafts. */
  function entryRows(
    extracted: readonly ExtractedQuote[],
    locale: string
  ): Record<string, unknown>[] {
    const attributes = quoteAttributes();
    // The attribute's own default (cuid2): the document id Strapi would give the entry.
    const newDocumentId = attributes.documentId.default as () => string;
    const now = new Date();
    return extracted.map(({ text, speaker, speakerTitle, cue, kind, paragraph }) => {
      const entry = {
        text,
        speaker,
        speakerTitle,
        cue,
        kind,
        paragraph,
        generated: true,
        featured: false,
        documentId: newDocumentId(),
        locale,
      };
      const stamped = { ...entry, publishedAt: now, createdAt: now, updatedAt: now };
      return Object.fromEntries(
        Object.entries(stamped).map(([name, value]) => [attributes[name].columnName!, value])
      );
    });
  }

  /**
   * Adds `extracted` as generated quotes of the article in that locale. `newDraftId`: the article
   * was just created as a draft, so that row is its only one and has no quotes yet.
   */
  async function appendGenerated(
    articleDocumentId: string,
    locale: string,
    extracted: readonly ExtractedQuote[],
    newDraftId?: number
  ) {
    if (extracted.length === 0) return;
    const rows = entryRows(extracted, locale);
    const { tableName, attributes } = metadataOf(strapi, QUOTE);
    const documentIdColumn = attributes.documentId.columnName!;
    const documentIds = rows.map((row) => row[documentIdColumn] as string);
    await withinTransaction(strapi, async (trx) => {
      const articles =
        newDraftId === undefined
          ? await articleRows(articleDocumentId, locale)
          : [{ id: newDraftId, last: 0 }];
      // Ids matched by document id, as neither RETURNING (PostgreSQL, SQLite) promises the rows'
      // order; MySQL has no RETURNING and answers a many-row insert with its first id only.
      const created: Record<string, unknown>[] = [];
      for (const batch of batches(rows)) {
        const ids = batch.map((row) => row[documentIdColumn] as string);
        created.push(
          ...(strapi.db.dialect.useReturning()
            ? await trx(tableName).insert(batch).returning(['id', documentIdColumn])
            : await trx(tableName)
                .insert(batch)
                .then(() =>
                  trx(tableName).select('id', documentIdColumn).whereIn(documentIdColumn, ids)
                ))
        );
      }
      const idOf = new Map(created.map((row) => [row[documentIdColumn], Number(row.id)]));
      await link(
        documentIds.map((documentId) => idOf.get(documentId) as number),
        articles
      );
    });
  }

  return {
    removeGenerated,
    appendGenerated,

    /** Replaces the article's generated quotes in that locale with `extracted`. */
    async replaceGenerated(
      articleDocumentId: string,
      locale: string,
      extracted: readonly ExtractedQuote[]
    ) {
      const editorsTexts = await removeGenerated(articleDocumentId, locale);
      await appendGenerated(
        articleDocumentId,
        locale,
        withoutEditorsQuotations(extracted, editorsTexts)
      );
    },
  };
}
