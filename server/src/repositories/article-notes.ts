import type { Core } from '@strapi/strapi';

import { ARTICLE, CORRECTION } from '../content-types/uids';
import { lastSignificantUpdate } from '../domain/corrections';
import { metadataOf } from './metadata';
import { withinTransaction } from './within-transaction';

/** An article's correction notes, and the `lastSignificantUpdateAt` they move (docs/corrections.md). */
export interface ArticleRef {
  documentId: string;
  locale: string;
}

interface ArticleWithNotes {
  id: number;
  firstPublishedAt: string | null;
  corrections: { id: number; at: string | null }[];
}

export function articleNotes(strapi: Core.Strapi) {
  /** The article's rows with their notes; in every locale when `locale` is null. */
  const articleRows = (ref: { documentId: string; locale: string | null }) =>
    strapi.db.query(ARTICLE).findMany({
      where: { documentId: ref.documentId, ...(ref.locale !== null && { locale: ref.locale }) },
      select: ['id', 'firstPublishedAt'],
      populate: { corrections: { select: ['id', 'at'] } },
    }) as Promise<ArticleWithNotes[]>;

  return {
    /**
     * Sets the article's `lastSignificantUpdateAt` (the draft and the published row) from its notes
     * and first publication. Through the query engine, so `updatedAt` does not move: a note is
     * not an edit of the story.
     */
    async refresh(ref: ArticleRef): Promise<void> {
      const rows = await articleRows(ref);
      if (rows.length === 0) return;
      const value = lastSignificantUpdate(
        rows.find((row) => row.firstPublishedAt)?.firstPublishedAt ?? null,
        rows.flatMap((row) => row.corrections.map((note) => note.at))
      );
      await strapi.db.query(ARTICLE).updateMany({
        where: { id: { $in: rows.map((row) => row.id) } },
        data: { lastSignificantUpdateAt: value },
      });
    },

    /**
     * Deletes the article's notes in the locale (every locale for null), with their links: they
     * correct nothing once it is gone.
     */
    async removeAll(ref: { documentId: string; locale: string | null }): Promise<void> {
      const ids = new Set(
        (await articleRows(ref)).flatMap((row) => row.corrections.map((note) => note.id))
      );
      for (const id of ids) await strapi.db.query(CORRECTION).delete({ where: { id } });
    },

    /**
     * Articles published before notes existed have no `lastSignificantUpdateAt`: it is their first
     * publication. One statement at start-up; nothing to do on later starts.
     */
    async backfill(): Promise<void> {
      const { tableName, attributes } = metadataOf(strapi, ARTICLE);
      const column = attributes.lastSignificantUpdateAt.columnName!;
      const first = attributes.firstPublishedAt.columnName!;
      await withinTransaction(strapi, (trx) =>
        trx(tableName)
          .whereNull(column)
          .whereNotNull(first)
          .update({ [column]: trx.ref(first) })
      );
    },
  };
}
