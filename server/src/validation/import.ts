import { z } from 'zod';

/**
 * `POST /newsroom/import` (docs/admin.md, docs/import.md, docs/ninjs.md): a text story or a ninjs
 * document. The ninjs document itself is checked by the import service, which the CLI shares.
 */
export const importSchema = z
  .object({
    text: z.string().max(1_000_000).optional(),
    ninjs: z.record(z.string(), z.unknown()).optional(),
    publish: z.boolean().optional(),
    dryRun: z.boolean().optional(),
    locale: z.string().max(32).optional(),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.ninjs === undefined), {
    message: 'send either "text" (a story) or "ninjs" (an IPTC ninjs document)',
    path: ['text'],
  });

export type ImportInput = z.infer<typeof importSchema>;
