/** What extraction gives and what its steps pass between them. */
import type { Gender } from '../quote-vocabulary/gender';
import type { Speaker } from './speaker';

export type QuoteKind = 'direct' | 'partial';

export interface ExtractedQuote {
  text: string;
  speaker: string;
  speakerTitle: string | null;
  cue: string;
  kind: QuoteKind;
  paragraph: number;
}

/** A reporting verb with its speaker, found in a paragraph whose quoted words are masked. */
export interface Attribution {
  /** Start of the whole phrase: the speaker for `X said`, the verb for `said X` / `according to X`. */
  start: number;
  verbStart: number;
  end: number;
  cue: string;
  speaker: Speaker;
  /** `"…," he continued`: a verb that attributes only right after a quotation. */
  afterQuoteOnly: boolean;
  /** `X defended "…," saying …`: the speaker is the sentence's subject, so a quotation just before the verb is not theirs for sure. */
  fromSubject?: boolean;
}

/** One body while its quotations are read: raw and masked text, attributions per paragraph. */
export interface Body {
  raw: readonly string[];
  masked: readonly string[];
  attributions: readonly Attribution[][];
  people: Map<Attribution, People>;
  /** The locale's third-person pronouns with their gender: "she" is never the man named last. */
  pronouns: Readonly<Record<string, Gender>>;
}

export interface People {
  /** The person this attribution names, in full; null for pronouns, groups, organisations, documents. */
  person: Speaker | null;
  /** The people named before this attribution, nearest first (a few). */
  before: readonly Speaker[];
  /** People named after a sentence's subject, nearest first: "she" may mean one whose gender says so. */
  objects: readonly Speaker[];
  /** The newspaper, report or body that last spoke, eight paragraphs back at most: what "it" is. */
  thing: Speaker | null;
}

export interface Attributed {
  attribution: Attribution;
  kind: QuoteKind;
}
