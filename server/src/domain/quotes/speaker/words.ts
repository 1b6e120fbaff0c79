/**
 * The words a speaker phrase is made of: titles, names, groups, organisations and the words that
 * end a phrase, with the tests on them (the tokenizer every reader shares is in tokens.ts).
 */
import { FIRST_NAMES } from '../../quote-vocabulary/gender';
import { keyedSet } from './keyed';
import { isAsciiLetter, lowerCase } from '../chars';
import type { Speaker } from './types';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation cut off the end of the word (after-verb parsing only): the phrase stops there. */
  trail: string;
}

export const wordSet = (list: string): ReadonlySet<string> =>
  new Set(list.split(/\s+/u).filter(Boolean));

export const TITLES =
  wordSet(`president vice-president president-elect minister secretary secretary-general
  undersecretary chancellor premier king queen prince princess emperor pope governor mayor senator
  sen gov rep representative congressman congresswoman lawmaker ambassador envoy spokesman spokeswoman
  spokesperson chairman chairwoman chair chief ceo cfo coo cto founder director director-general
  commissioner general gen admiral adm colonel col lieutenant lt major maj captain capt sergeant sgt
  commander marshal judge justice attorney prosecutor professor prof dr mr mrs ms sir dame lord lady
  sheikh emir sultan head leader counterpart deputy adviser advisor economist analyst executive
  officer official diplomat coach manager lawyer councilman councilwoman councillor councilor
  strategist pollster aide consultant operative organizer organiser activist candidate nominee hopeful
  host anchor correspondent reporter editor columnist historian scholar physician surgeon neurosurgeon
  superintendent sheriff rabbi pastor reverend rev bishop imam publisher opponent rival challenger
  incumbent ally supporter critic expert researcher scientist author novelist delegate member doctor
  democrat republican friend wife husband widow widower son daughter mother father brother sister
  nephew niece cousin uncle aunt neighbor neighbour colleague employee worker staffer volunteer
  teacher student voter resident`);
/** Words that continue a title after "of"/"for": Secretary of State, head of state, Minister of Foreign Affairs. */
export const DEPARTMENTS =
  wordSet(`state affairs foreign home interior defense defence finance commerce health
  education trade energy agriculture labor labour transport treasury security public national`);
const CONNECTORS = wordSet(
  'of for al bin ibn bint de da di del della der van von du la le y el dos das'
);
export const STOP =
  wordSet(`the a an this that these those it its they their them we our us i you your he she
  his her him there here some many most others other all both few several every everyone nobody someone
  anyone one however but and or so yet also even only just once meanwhile earlier later then now today
  yesterday tomorrow
  tonight last next on in at by for from with without after before during since until when while as if
  because although though despite under over about according asked following including amid among
  beyond within
  monday tuesday wednesday thursday
  friday saturday sunday january february march july september october november december`);
/**
 * Ends a descriptive phrase ("the joint statement"): a clause or preposition has begun.
 * Compared case-sensitively, so "Theresa May" and "Will Smith" stay names.
 */
export const BOUNDARY =
  wordSet(`and but or nor that which who whom whose when while because if as after before
  since although though where to in on at by with from into during is was were are be been being has
  have had will would can could should may might must it its they them their he she his her we our i
  you not no`);
export const GROUPS =
  wordSet(`officials analysts experts witnesses residents sources police lawmakers diplomats
  critics observers authorities investigators prosecutors researchers scientists activists protesters
  organizers organisers economists traders doctors officers spokesmen lawyers attorneys`);
export const ORGANISATIONS =
  wordSet(`union ministry department government council commission office agency
  company corporation corp inc ltd group bank army forces court parliament assembly congress senate
  house committee organization organisation nations association federation institute university party
  authority administration kremlin pentagon embassy service board fund statement report network times
  post news daily press editorial study survey poll memo campaign foundation center centre
  coalition alliance caucus institution`);
/** Words between a speaker and the verb: "he also said", "Putin has said", "Carter however said". */
export const SOFTENERS =
  wordSet(`also later then again further separately earlier previously once reportedly
  repeatedly publicly recently firmly flatly bluntly openly privately simply has have had did does
  however
  meanwhile though too instead nevertheless nonetheless`);
/** Lower-case words in -ly that are nouns, not adverbs: `the family said`, `an ally said`. */
const LY_NOUNS = wordSet('family ally rally assembly daily weekly monthly quarterly reply supply');
/** `Gingrich cynically dismissed`, `Trump openly admires`: an adverb in -ly is passed over too. */
export const isSoftener = (word: string): boolean =>
  SOFTENERS.has(word) || (/^\p{Ll}{3,}ly$/u.test(word) && !LY_NOUNS.has(word));
/** A clause, not an apposition, once one of these appears: `according to X, the truce is …`. */
export const CLAUSE_WORDS =
  wordSet(`is was were are be been being has have had will would can could should may might
  must not it they he she we i you`);
export const DETERMINERS = wordSet('the a an his her its their');
/** Open an anonymous speaker like an article: "one official", "two senior diplomats", "several witnesses". */
const QUANTIFIERS = wordSet(
  'one two three four five six seven eight nine ten several some many another this'
);
/** `analysts at Halvorsen Bank`, `lawyers for the family`: a group and whom it belongs to. */
export const OWNER_LINKS = wordSet('at from for of with');
export const ABBREVIATED_TITLES = wordSet(
  'dr gen sen rep gov lt col capt sgt adm maj prof mr mrs ms st'
);
/** Honorifics are neither name nor title: "Mr. Smith" is Smith. */
export const HONORIFICS = wordSet('mr mrs ms miss');
/** "it" stands for a newspaper, a report or a body that spoke before (`"…," it added`). */
export const PRONOUNS = wordSet('he she it');
export const POSSESSIVE = /^(?:\p{Lu}\S*(?:['’]s|s['’])|his|her|its|their)$/u;
/** "Spain's", "the European Union's", "Hales’": a name's possessive works as a determiner. */
export const PROPER_POSSESSIVE = /^\p{Lu}\S*(?:['’]s|s['’])$/u;

const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u;
export const CAPITAL = /^\p{Lu}/u;
/** al-Serraj, el-Sisi: a lower-case particle fused to a name. */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
export const ACRONYM = /^[\p{Lu}\p{N}.&-]{2,}$/u;

export const key = (word: string): string => {
  const lower = lowerCase(word);
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};
/** WORD over code units: ASCII words (nearly all) without the regular expression. */
export const isWord = (word: string): boolean => {
  const first = word.charCodeAt(0);
  if (!(isAsciiLetter(first) || (first >= 48 && first <= 57)))
    return first >= 128 && WORD.test(word);
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return WORD.test(word);
    if (!(isAsciiLetter(code) || (code >= 45 && code <= 57 && code !== 47) || code === 39))
      return false;
  }
  return true;
};
export const isTitle = keyedSet(TITLES, key);
/** A first name on the short list of quote-vocabulary/gender.ts (`Ed`, `Hillary`). */
export const isListedFirstName = (word: string): boolean => FIRST_NAMES[key(word)] !== undefined;
/** `Presidential`, `Congressional`: a capitalised adjective opens a heading or a body's name, never a person's. */
export const isAdjectival = (word: string): boolean => /^\p{Lu}\p{Ll}+(?:ial|ical)$/u.test(word);
export const isDepartment = keyedSet(DEPARTMENTS, key);
/** `Mr.`, `mrs`: an honorific, by key. */
export const isHonorific = keyedSet(HONORIFICS, key);
export const isOrganisation = keyedSet(ORGANISATIONS, key);
/** Every word of a body is asked whether it is a name: the cheap tests on its first letter go first. */
const startsUpper = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(word);
};
/** Up to three lower-case letters (of one or two code units) before the hyphen of al-Serraj. */
const hasParticle = (word: string): boolean => {
  const hyphen = word.indexOf('-');
  return hyphen >= 1 && hyphen <= 6 && PARTICLE_NAME.test(word);
};
const CONTRACTION = /['’](?:m|re|ve|ll|d)$/iu;
/** Only a word ending in m, d, e or l (any case) can be a contraction: the expression runs on those alone. */
const mayBeContraction = (word: string): boolean => {
  const last = word.charCodeAt(word.length - 1) | 32;
  return (last === 109 || last === 100 || last === 101 || last === 108) && CONTRACTION.test(word);
};
/**
 * `Donald Trump Is Right`, `Chris Christie Calls Hillary Clinton …`, `Hillary Clinton Goes After
 * …`: a headline's capitalised verb ends a name (`Said` may be one: Edward Said). Only verbs no
 * surname spells.
 */
const HEADLINE_VERBS = wordSet(`is are was were has have had says does did goes calls slams blasts
  tells warns urges accuses claims admits denies vows rips praises defends attacks mocks rejects
  responds hits wins gets makes takes gives wants needs thinks sees faces backs pushes`);
const isNotName = keyedSet([...STOP, ...GROUPS, ...TITLES, ...DEPARTMENTS, ...HEADLINE_VERBS], key);
const readsAsName = (word: string): boolean => {
  if (!(startsUpper(word) || hasParticle(word)) || isNotName(word)) return false;
  // `I'm`, `We've`, `They'll`: a contraction opens a clause, it names no one.
  return isWord(word) && !mayBeContraction(word);
};
/**
 * Capitalised words asked before in the body being read: each word of a name run is asked two or
 * three times, and a body names the same people again and again. Lower-case words are answered at
 * once and not kept. Emptied after each body (forgetNames) and past a bound, so that no body makes
 * it grow without end and nothing of a body stays in memory after it.
 */
const NAMES_SEEN = new Map<string, boolean>();
const NAMES_KEPT = 20_000;
export const forgetNames = (): void => NAMES_SEEN.clear();
export const isName = (word: string): boolean => {
  if (!(startsUpper(word) || hasParticle(word))) return false;
  let name = NAMES_SEEN.get(word);
  if (name === undefined) {
    name = readsAsName(word);
    if (NAMES_SEEN.size >= NAMES_KEPT) NAMES_SEEN.clear();
    NAMES_SEEN.set(word, name);
  }
  return name;
};
/**
 * `Mr. King`, `Charlie King`, `Ms. Major`, `Peter T. King`: a title word is a surname right
 * after an honorific, a listed first name or a middle initial, where no title can stand.
 */
export const isNameAt = (words: readonly string[], k: number): boolean =>
  isName(words[k]) ||
  (k > 0 &&
    CAPITAL.test(words[k]) &&
    isWord(words[k]) &&
    // `Virginia Gov. Terry McAuliffe`: an abbreviated title is never a surname.
    !words[k].endsWith('.') &&
    (isHonorific(words[k - 1]) ||
      isListedFirstName(words[k - 1]) ||
      // `Peter T. King`: after a middle initial, a surname.
      (k > 1 && /^\p{Lu}\.$/u.test(words[k - 1]) && isName(words[k - 2]))));
export const RUN_KEYS = new Set([...TITLES, ...DEPARTMENTS].filter((k) => !STOP.has(k)));
const isRunKey = keyedSet(RUN_KEYS, key);
export const isRunWord = (word: string): boolean =>
  isName(word) || (isRunKey(word) && isWord(word));
/** `Police`, `Officials`: a group's word capitalised, as inside an organisation's name. */
export const isCapitalisedGroup = (word: string): boolean =>
  startsUpper(word) && GROUPS.has(key(word));
export const isConnector = (word: string): boolean => CONNECTORS.has(word);
/**
 * A lower-case word that can stand before a lower-case title: "mission manager", "central bank
 * governor"; figures with their lower-case suffix too: `9/11 widow`, `76-year-old retiree`.
 */
export const isModifier = (word: string): boolean =>
  PARTIES.has(word) ||
  (/^(?:\p{Ll}[\p{Ll}-]*|\p{N}[\p{N}/]*(?:-\p{Ll}[\p{Ll}-]*)?)$/u.test(word) &&
    !STOP.has(word) &&
    !BOUNDARY.has(word) &&
    !GROUPS.has(word) &&
    !CONNECTORS.has(word) &&
    !isTitle(word));
/** `said Republican party boss Reince Priebus`: a party, capitalised, may describe like a modifier. */
const PARTIES = new Set(['Republican', 'Democratic', 'Democrat', 'GOP', 'Conservative', 'Labour']);
export const MAX_MODIFIERS = 3;
/** Words before a group noun that belong to it: "senior officials", "Defence lawyers", "local residents". */
export const isGroupModifier = (word: string): boolean =>
  isModifier(word) || isName(word) || (isWord(word) && CAPITAL.test(word) && isDepartment(word));
export const opensPhrase = (word: string): boolean =>
  DETERMINERS.has(lowerCase(word)) || QUANTIFIERS.has(lowerCase(word));

export const pronoun = (word: string): Speaker => ({
  name: lowerCase(word),
  title: null,
  pronoun: true,
  person: false,
});
/**
 * "the joint statement", "a spokeswoman for the ministry": no one a pronoun can refer to. Its
 * first word is lowered (`The`, `Researchers` at a sentence's start) unless it is a name (`Gary
 * Johnson's doctor`).
 */
export const described = (words: readonly string[]): Speaker => ({
  name: [
    opensPhrase(words[0]) || !isName(words[0]) ? lowerCase(words[0]) : words[0],
    ...words.slice(1),
  ].join(' '),
  title: null,
  pronoun: false,
  person: false,
});
