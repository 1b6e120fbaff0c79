import { englishForms } from './english-forms';
import type { QuoteVocabulary } from './types';

/**
 * Left out on purpose: "named", "dubbed" (they introduce names, not words spoken: `the plan,
 * named "Dawn"`). "called" counts: `Trump called the deal "a disaster"`; `a film called
 * "Parasite"` stays a name (NAMING in quotes/attribute.ts looks at the word before the mark). "chanted"
 * is left out: a crowd's chant is not one speaker's words.
 */
const LEMMAS = `say tell add announce state warn note explain insist argue claim confirm declare write ask reply
  respond comment remark stress emphasize emphasise acknowledge admit observe recall reiterate conclude
  caution predict suggest urge tweet testify call joke vow concede pledge promise shout yell scream
  quip muse boast brag complain lament exclaim counter retort maintain contend assert allege charge
  proclaim assure protest demand plead whisper mutter snap agree recount describe accuse blame
  praise blast slam denounce criticize criticise dismiss deride mock hail lambast ridicule decry cite
  condemn liken laud characterize characterise rebuke scold tout portray exhort applaud chide commend
  castigate excoriate berate lambaste answer boom demur wonder surmise rail marvel gush sneer scoff
  chuckle laugh sigh grumble`;
/** `as Hale put it, "…"`: the speaker before "put it", as before any verb. */
const PHRASES = ['point out', 'go on to say', 'put it'];
/** `"…," he continued` / `the sign read, "…"` / `Politifact ruled that …`: a speaker only right next to a quotation or before "that". */
const AFTER_QUOTE = [
  'continue',
  'go on',
  'read',
  'report',
  'post',
  'begin',
  'offer',
  'cry',
  'sing',
  'rule',
];

export const en: QuoteVocabulary = {
  // `”Fear. I am afraid.”`: a closing mark typed as the opening one opens a quotation after a space.
  marks: { '"': '"”', '“': '"”', '”': '"”' },
  verbs: [
    ...new Set([...LEMMAS.split(/\s+/u).filter(Boolean), ...PHRASES].flatMap(englishForms)),
    'according to',
  ],
  afterQuoteVerbs: [...new Set(AFTER_QUOTE.flatMap(englishForms))],
  pronouns: { he: 'm', she: 'f' },
};
