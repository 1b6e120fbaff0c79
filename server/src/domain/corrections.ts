/**
 * Correction, clarification and update notes on published articles (docs/corrections.md), pure:
 * what a note may say, and the date readers and crawlers see as the article's last real change.
 */

export const CORRECTION_KINDS = ['correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * How far ahead of the server's clock a note's `at` may be: a client stamping "now" with a clock a
 * little fast is not writing a note from the future.
 */
export const CLOCK_SKEW_MS = 60_000;

/** A note's fields as a write sends them (any may be absent on an update). */
export interface NoteInput {
  kind?: unknown;
  text?: unknown;
  at?: unknown;
}

/** A note's fields as they are stored. */
export interface CheckedNote {
  kind?: CorrectionKind;
  text?: string;
  at?: string;
}

/** A refused field: the shell answers it as a 400 naming `field`. */
export interface NoteProblem {
  field: 'kind' | 'text' | 'at' | 'article';
  message: string;
  value: unknown;
}

const isKind = (value: unknown): value is CorrectionKind =>
  (CORRECTION_KINDS as readonly unknown[]).includes(value);

function instantOf(value: unknown): Date | null {
  if (!(typeof value === 'string' || value instanceof Date)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * The note as it will be stored, or the first field that is wrong. On a create every field is
 * checked and `at` defaults to `now`; on an update only the fields sent. `firstPublishedAt` is the
 * article's: a note cannot predate the story it corrects.
 */
export function checkNote(
  input: NoteInput,
  {
    creating,
    now,
    firstPublishedAt,
  }: { creating: boolean; now: Date; firstPublishedAt: string | Date | null }
): CheckedNote | NoteProblem {
  const note: CheckedNote = {};
  if (creating || input.kind !== undefined) {
    const kind = input.kind ?? 'correction';
    if (!isKind(kind))
      return {
        field: 'kind',
        message: `kind must be one of ${CORRECTION_KINDS.join(', ')}`,
        value: input.kind,
      };
    note.kind = kind;
  }
  if (creating || input.text !== undefined) {
    if (typeof input.text !== 'string' || input.text.trim() === '')
      return { field: 'text', message: 'text must say what was corrected', value: input.text };
    note.text = input.text.trim();
  }
  if (creating || input.at !== undefined) {
    const at = input.at === undefined || input.at === null ? now : instantOf(input.at);
    if (!at)
      return {
        field: 'at',
        message: 'at must be a date and time such as "2020-01-09T08:00:00Z"',
        value: input.at,
      };
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
      return { field: 'at', message: 'at cannot be in the future', value: input.at };
    if (firstPublishedAt && at.getTime() < new Date(firstPublishedAt).getTime())
      return {
        field: 'at',
        message: `at cannot be before the article's first publication (${new Date(firstPublishedAt).toISOString()})`,
        value: input.at,
      };
    note.at = at.toISOString();
  }
  return note;
}

export const isNoteProblem = (value: CheckedNote | NoteProblem): value is NoteProblem =>
  'field' in value;

/**
 * `lastSignificantUpdateAt`: the newest note's time, else the first publication; null for an
 * article never published. A typo fix moves `updatedAt`, never this.
 */
export function lastSignificantUpdate(
  firstPublishedAt: string | Date | null,
  noteTimes: readonly (string | Date | null)[]
): string | null {
  const times = [firstPublishedAt, ...noteTimes]
    .filter((time): time is string | Date => Boolean(time))
    .map((time) => new Date(time).getTime());
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}

/** What a write sends for a to-one relation, as Strapi 5 accepts it. */
export type RelationTarget =
  | { kind: 'unchanged' }
  | { kind: 'none' }
  | { kind: 'document'; documentId: string }
  | { kind: 'row'; id: number }
  | { kind: 'invalid' };

function targetOf(item: unknown): RelationTarget {
  if (typeof item === 'string' && item.trim() !== '') return { kind: 'document', documentId: item };
  if (typeof item === 'number' && Number.isInteger(item)) return { kind: 'row', id: item };
  if (item && typeof item === 'object') {
    const { documentId, id } = item as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId !== '')
      return { kind: 'document', documentId };
    if (typeof id === 'number' && Number.isInteger(id)) return { kind: 'row', id };
  }
  return { kind: 'invalid' };
}

/**
 * The target of a to-one relation in any form Strapi 5 takes: a document id, `{ documentId }`, an
 * entry id, `{ connect: [...] }`, `{ set: [...] }` (the Content Manager sends `connect` and
 * `disconnect`), or null / `disconnect` alone to remove it.
 */
export function relationTarget(value: unknown): RelationTarget {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'none' };
  if (Array.isArray(value)) return value.length === 0 ? { kind: 'none' } : targetOf(value.at(-1));
  if (typeof value === 'object') {
    const { connect, set, disconnect } = value as Record<string, unknown>;
    const list = set ?? connect;
    if (Array.isArray(list) && list.length > 0) return targetOf(list.at(-1));
    if (Array.isArray(set)) return { kind: 'none' };
    if (Array.isArray(disconnect) && disconnect.length > 0) return { kind: 'none' };
    if (Array.isArray(connect) || Array.isArray(disconnect)) return { kind: 'unchanged' };
  }
  return targetOf(value);
}
