import { z } from 'zod';

/** `POST /newsroom/import` (docs/admin.md, docs/import.md). */
export const importSchema = z
  .object({
    text: z.string().max(1_000_000),
    publish: z.boolean().optional(),
    dryRun: z.boolean().optional(),
    locale: z.string().max(32).optional(),
  })
  .strict();

export type ImportInput = z.infer<typeof importSchema>;
