import type { QuoteVocabulary } from './types';

/** Present, preterite and participle: `sagte Merkel`, `Merkel sagt`, `hat … gesagt`. */
const VERBS = `sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten fügte fügt
  hinzu sagte: meinte meint warnte warnt kündigte kündigt schrieb schreibt antwortete antwortet fragte
  fragt räumte räumt forderte fordert bekräftigte bekräftigt versicherte versichert unterstrich
  behauptete behauptet kritisierte kritisiert laut zufolge`;

export const de: QuoteVocabulary = {
  marks: { '„': '“"', '»': '«', '"': '"”', '‚': '‘' },
  verbs: VERBS.split(/\s+/u).filter((v) => v && !v.endsWith(':')),
  afterQuoteVerbs: ['fuhr'],
  pronouns: { er: 'm', sie: 'f' },
};
