import { z } from 'zod';

/** A real calendar date: 2020-02-30 is refused, not rolled over to March. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a calendar date');

/** `GET /api/newsroom/top-news` and `GET /newsroom/top-news` query strings (docs/api.md, docs/admin.md). */
export const topNewsQuerySchema = z
  .object({
    date: calendarDate.optional(),
    locale: z.string().max(32).optional(),
    limit: z.coerce.number().int().min(1).max(50).optional(),
    exclude: z.string().max(300).optional(),
  })
  .strict();

export type TopNewsQueryInput = z.input<typeof topNewsQuerySchema>;
