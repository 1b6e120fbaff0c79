/**
 * Quote vocabulary per article locale (docs/quotes.md): quotation marks, reporting verbs,
 * pronouns. Data, so a newsroom can see and extend exactly what counts as an attribution.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { QuoteVocabulary } from './types';
import { zh } from './zh';

export type { QuoteVocabulary } from './types';

const BY_LANGUAGE: Readonly<Record<string, QuoteVocabulary>> = { en, es, fr, de, zh };

/** `fr-CA` → French, `zh-Hans-CN` → Chinese; an unknown or missing locale reads as English. */
export function vocabularyFor(locale?: string | null): QuoteVocabulary {
  const language = typeof locale === 'string' ? locale.toLowerCase().split(/[-_]/u)[0] : 'en';
  return BY_LANGUAGE[language] ?? en;
}
