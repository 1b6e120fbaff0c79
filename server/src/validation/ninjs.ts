import { z } from 'zod';

/**
 * The parts of an IPTC ninjs document (docs/ninjs.md) that import reads, checked at the edge.
 * Everything else a ninjs document may hold (renditions, associations, rights …) is let through
 * and ignored, so any valid ninjs 3.x text item is accepted. Lengths are the article columns'.
 */
const textObject = (max: number) =>
  z.looseObject({
    role: z.string().optional(),
    contentType: z.string().optional(),
    value: z.string().max(max),
  });

const named = z.looseObject({
  name: z.string().max(255).optional(),
  literal: z.string().max(255).optional(),
  rel: z.string().optional(),
});

/** ninjs 3 writes RFC 3339 times; a local time without an offset would be read in the server's zone. */
const instant = z.iso.datetime({ offset: true });

export const ninjsSchema = z.looseObject({
  uri: z.string().min(1).max(2_000),
  type: z.literal('text', { error: 'only ninjs items of type "text" become articles' }).optional(),
  language: z.string().max(32).optional(),
  firstCreated: instant.optional(),
  /** ninjs 1.x and 2.x spelled it in lower case. */
  firstcreated: instant.optional(),
  headlines: z
    .array(
      textObject(300).refine((headline) => headline.value.trim() !== '', {
        message: 'a headline must not be empty',
        path: ['value'],
      })
    )
    .min(1, 'a ninjs document needs at least one headline'),
  descriptions: z.array(textObject(500_000)).optional(),
  bodies: z.array(textObject(1_000_000)).optional(),
  by: z.string().max(255).optional(),
  /** ninjs 1.x's byline. */
  byline: z.string().max(255).optional(),
  located: z.string().max(200).optional(),
  places: z.array(named).optional(),
  subjects: z.array(named).max(500).optional(),
  genres: z.array(named).optional(),
});

export type NinjsInput = z.infer<typeof ninjsSchema>;
