import type { Core } from '@strapi/strapi';

import type { ExtractedQuote } from '../domain/quotes';

const QUOTE = 'plugin::newsroom.quote';

/**
 * The article's generated quote entries (spec §4.4), written through the document service like any
 * other write. Entries an editor made or edited (`generated: false`) are never touched.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const quotes = () => strapi.documents(QUOTE);

  async function removeGenerated(articleDocumentId: string, locale: string | undefined) {
    const generated = await quotes().findMany({
      filters: { article: { documentId: articleDocumentId }, generated: true },
      fields: ['documentId', 'locale'],
      ...(locale ? { locale } : { locale: '*' }),
    } as never);
    for (const quote of generated as unknown as { documentId: string; locale: string }[]) {
      await quotes().delete({ documentId: quote.documentId, locale: quote.locale } as never);
    }
  }

  return {
    removeGenerated,

    /** Replaces the article's generated quotes in that locale with `extracted`. */
    async replaceGenerated(articleDocumentId: string, locale: string, extracted: readonly ExtractedQuote[]) {
      await removeGenerated(articleDocumentId, locale);
      for (const quote of extracted) {
        await quotes().create({ data: { ...quote, generated: true, article: articleDocumentId }, locale } as never);
      }
    },
  };
};
