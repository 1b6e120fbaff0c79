import type { CorrectionKind } from '../../api/types';

/** The kinds a note may have, in the order the panel offers them (the server's CORRECTION_KINDS). */
export const NOTE_KINDS = [
  'correction',
  'clarification',
  'update',
] as const satisfies readonly CorrectionKind[];

export const NOTE_KIND_LABELS: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};
