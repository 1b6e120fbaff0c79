import type { QuoteVocabulary } from './types';

/** Chinese is written without spaces: the speaker is the run of characters before the verb. */
const VERBS = '表示 说 说道 指出 强调 称 透露 介绍 认为 回应 补充 坦言 宣布 写道 据';

export const zh: QuoteVocabulary = {
  marks: { '「': '」', '『': '』', '“': '”', '"': '"' },
  verbs: VERBS.split(/\s+/u),
  afterQuoteVerbs: [],
  pronouns: { 他: 'm', 她: 'f' },
  unspaced: true,
};
