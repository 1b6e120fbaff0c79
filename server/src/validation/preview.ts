import { z } from 'zod';

import { settingsSchema } from '../config/schema';

const text = z.string().max(10_000).nullish();

/** `POST /newsroom/preview`: unsaved article fields, as the edit form holds them (docs/admin.md). */
export const previewSchema = z
  .object({
    headline: z.string().max(300).nullish(),
    slug: z.string().max(300).nullish(),
    deck: z.string().max(500).nullish(),
    // Strapi blocks (an array of nodes) or plain text, one paragraph per line.
    body: z
      .union([z.string().max(200_000), z.array(z.record(z.string(), z.unknown())).max(5_000)])
      .nullish(),
    datelineCity: text,
    datelineCountry: text,
    datelineTimeZone: text,
    agency: text,
    datelineLocked: z.boolean().nullish(),
    dateline: text,
    firstPublishedAt: z.iso.datetime({ offset: true }).nullish(),
    locale: z.string().max(32).nullish(),
    documentId: z.string().max(64).nullish(),
    /** Not in docs/admin.md: a style to try before saving it (the settings page's live example). */
    datelineStyle: settingsSchema.shape.datelineStyle.optional(),
  })
  .strict();

export type PreviewInput = z.infer<typeof previewSchema>;
