/** What an article's language brings to quote extraction: its marks and its reporting verbs. */
export interface QuoteVocabulary {
  /** Opening mark → the marks that may close it. Only these delimit quotations. */
  marks: Readonly<Record<string, string>>;
  /** Reporting verbs in every form used in copy; the speaker stands before or after them. */
  verbs: readonly string[];
  /** Verbs that attribute only right after a quotation (`"…," he continued`): elsewhere they are about things. */
  afterQuoteVerbs: readonly string[];
  /** Third-person pronouns a speaker may be given as, with the gender they carry. */
  pronouns: Readonly<Record<string, 'm' | 'f'>>;
  /** Scripts written without spaces (Chinese): the speaker is read by characters, not words. */
  unspaced?: boolean;
}
