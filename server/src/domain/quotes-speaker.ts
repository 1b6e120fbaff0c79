/**
 * Who is speaking: reads the noun phrase next to a reporting verb ("Turkish Foreign
 * Minister Mevlut Cavusoglu", "the joint statement", "he", "X, the CEO of Y,") and splits
 * a title from a name. Precision over recall: anything that does not read as a speaker
 * gives null, and then no quote is made.
 */
import { FIRST_NAMES } from './quote-vocabulary/gender';

export interface Speaker {
  name: string;
  title: string | null;
  /** "he" / "she": to be resolved to an earlier named person by the caller. */
  pronoun: boolean;
  /** A named person (not an organisation, document or group): a pronoun may refer to it. */
  person: boolean;
  /** The honorific dropped from the name (`Mrs.` of "Mrs. Okafor"): it still tells "she" from "he". */
  honorific?: string;
}

/** `start`/`end`: offsets of the whole phrase in the string that was parsed. */
export interface SpeakerMatch {
  speaker: Speaker;
  start: number;
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation cut off the end of the word (after-verb parsing only): the phrase stops there. */
  trail: string;
}

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

const TITLES =
  wordSet(`president vice-president president-elect minister secretary secretary-general
  undersecretary chancellor premier king queen prince princess emperor pope governor mayor senator
  sen gov rep representative congressman congresswoman lawmaker ambassador envoy spokesman spokeswoman
  spokesperson chairman chairwoman chair chief ceo cfo coo cto founder director director-general
  commissioner general gen admiral adm colonel col lieutenant lt major maj captain capt sergeant sgt
  commander marshal judge justice attorney prosecutor professor prof dr mr mrs ms sir dame lord lady
  sheikh emir sultan head leader counterpart deputy adviser advisor economist analyst executive
  officer official diplomat coach manager lawyer councilman councilwoman councillor councilor`);
/** Words that continue a title after "of"/"for": Secretary of State, head of state, Minister of Foreign Affairs. */
const DEPARTMENTS =
  wordSet(`state affairs foreign home interior defense defence finance commerce health
  education trade energy agriculture labor labour transport treasury security public national`);
const CONNECTORS = wordSet(
  'of for al bin ibn bint de da di del della der van von du la le y el dos das'
);
const STOP =
  wordSet(`the a an this that these those it its they their them we our us i you your he she
  his her him there here some many most others other all both few several every everyone nobody someone
  anyone one however but and or so yet also meanwhile earlier later then now today yesterday tomorrow
  tonight last next on in at by for from with without after before during since until when while as if
  because although though despite under over about according asked monday tuesday wednesday thursday
  friday saturday sunday january february march july september october november december`);
/**
 * Ends a descriptive phrase ("the joint statement"): a clause or preposition has begun.
 * Compared case-sensitively, so "Theresa May" and "Will Smith" stay names.
 */
const BOUNDARY =
  wordSet(`and but or nor that which who whom whose when while because if as after before
  since although though where to in on at by with from into during is was were are be been being has
  have had will would can could should may might must it its they them their he she his her we our i
  you not no`);
const GROUPS =
  wordSet(`officials analysts experts witnesses residents sources police lawmakers diplomats
  critics observers authorities investigators prosecutors researchers scientists activists protesters
  organizers organisers economists traders doctors officers spokesmen lawyers attorneys`);
const ORGANISATIONS = wordSet(`union ministry department government council commission office agency
  company corporation corp inc ltd group bank army forces court parliament assembly congress senate
  house committee organization organisation nations association federation institute university party
  authority administration kremlin pentagon embassy service board fund statement report network times
  post news daily press`);
/** Words between a speaker and the verb: "he also said", "Putin has said". */
const SOFTENERS =
  wordSet(`also later then again further separately earlier previously once reportedly
  repeatedly publicly recently firmly flatly bluntly openly privately simply has have had`);
/** A clause, not an apposition, once one of these appears: `according to X, the truce is …`. */
const CLAUSE_WORDS =
  wordSet(`is was were are be been being has have had will would can could should may might
  must not it they he she we i you`);
const DETERMINERS = wordSet('the a an his her its their');
/** Open an anonymous speaker like an article: "one official", "two senior diplomats", "several witnesses". */
const QUANTIFIERS = wordSet('one two three four five six seven eight nine ten several some many');
/** `analysts at Halvorsen Bank`, `lawyers for the family`: a group and whom it belongs to. */
const OWNER_LINKS = wordSet('at from for of with');
const ABBREVIATED_TITLES = wordSet('dr gen sen rep gov lt col capt sgt adm maj prof mr mrs ms st');
/** Honorifics are neither name nor title: "Mr. Smith" is Smith. */
const HONORIFICS = wordSet('mr mrs ms miss');
const PRONOUNS = wordSet('he she');
const POSSESSIVE = /^(?:\p{Lu}\S*(?:['’]s|s['’])|his|her|its|their)$/u;
/** "Spain's", "the European Union's", "Hales’": a name's possessive works as a determiner. */
const PROPER_POSSESSIVE = /^\p{Lu}\S*(?:['’]s|s['’])$/u;

const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u;
const CAPITAL = /^\p{Lu}/u;
/** al-Serraj, el-Sisi: a lower-case particle fused to a name. */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\p{N}.&-]{2,}$/u;

const key = (word: string): string => word.toLowerCase().replace(/\.$/u, '');
const isWord = (word: string): boolean => WORD.test(word);
const isTitle = (word: string): boolean => TITLES.has(key(word));
const isDepartment = (word: string): boolean => DEPARTMENTS.has(key(word));
const isName = (word: string): boolean => {
  if (!(CAPITAL.test(word) || PARTICLE_NAME.test(word)) || !isWord(word)) return false;
  const k = key(word);
  return !STOP.has(k) && !GROUPS.has(k) && !TITLES.has(k) && !DEPARTMENTS.has(k);
};
/**
 * `Mr. King`, `Charlie King`, `Ms. Major`: a title word is a surname right after an honorific
 * or a listed first name, where no title can stand.
 */
const isNameAt = (words: readonly string[], k: number): boolean =>
  isName(words[k]) ||
  (k > 0 &&
    CAPITAL.test(words[k]) &&
    isWord(words[k]) &&
    (HONORIFICS.has(key(words[k - 1])) || FIRST_NAMES[key(words[k - 1])] !== undefined));
const isRunWord = (word: string): boolean =>
  isName(word) || (isWord(word) && (isTitle(word) || isDepartment(word)) && !STOP.has(key(word)));
const isConnector = (word: string): boolean => CONNECTORS.has(word);
/** A lower-case word that can stand before a lower-case title: "mission manager", "central bank governor". */
const isModifier = (word: string): boolean =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
  !STOP.has(word) &&
  !BOUNDARY.has(word) &&
  !GROUPS.has(word) &&
  !CONNECTORS.has(word) &&
  !isTitle(word);
const MAX_MODIFIERS = 3;
/** Words before a group noun that belong to it: "senior officials", "Defence lawyers", "local residents". */
const isGroupModifier = (word: string): boolean =>
  isModifier(word) || isName(word) || (isWord(word) && CAPITAL.test(word) && isDepartment(word));
const opensPhrase = (word: string): boolean =>
  DETERMINERS.has(word.toLowerCase()) || QUANTIFIERS.has(word.toLowerCase());

function tokenize(text: string, cutPunctuation: boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const start = m.index ?? 0;
    let word = m[0];
    let trail = '';
    const cut = cutPunctuation ? /[,.;:!?)"”\uE000]+$/u.exec(word) : null;
    // "U.S." and "Dr." keep their period; "Cavusoglu." ends the phrase.
    if (
      cut &&
      !(cut[0] === '.' && (/^(?:\p{L}\.)+$/u.test(word) || ABBREVIATED_TITLES.has(key(word))))
    ) {
      trail = cut[0];
      word = word.slice(0, cut.index);
    }
    tokens.push({ text: word, start, end: start + word.length, trail });
  }
  return tokens;
}

const pronoun = (word: string): Speaker => ({
  name: word.toLowerCase(),
  title: null,
  pronoun: true,
  person: false,
});
/** "the joint statement", "a spokeswoman for the ministry": no one a pronoun can refer to. */
const described = (words: readonly string[]): Speaker => ({
  name: [
    PROPER_POSSESSIVE.test(words[0]) ? words[0] : words[0].toLowerCase(),
    ...words.slice(1),
  ].join(' '),
  title: null,
  pronoun: false,
  person: false,
});

/**
 * A run of capitalised words, maybe with a title in front: the title is everything up to
 * the last title word that still leaves a name after it ("UN Secretary-General | Antonio
 * Guterres"). A run that ends in a title word is a description, not a name.
 */
function namedSpeaker(words: readonly string[], determiner: boolean): Speaker | null {
  if (words.length === 0 || !isNameAt(words, words.length - 1)) return null;
  let t = -1;
  for (let k = 0; k < words.length - 1; k++) if (isTitle(words[k]) && !isNameAt(words, k)) t = k;
  if (t >= 0 && (words[t + 1] === 'of' || words[t + 1] === 'for')) {
    let k = t + 2;
    while (k < words.length - 1 && isDepartment(words[k])) k++;
    // "spokesman for Northvale Foods": a title for an organisation, with no name of a person after it.
    if (k === t + 2 && words.length - (t + 3) < 2) return null;
    t = k === t + 2 ? t + 2 : k - 1;
  }
  let name = words.slice(t + 1);
  let title: string | null = words.slice(0, t + 1).join(' ') || null;
  const honorific = t === 0 && HONORIFICS.has(key(words[0])) ? words[0] : undefined;
  if (honorific) title = null;
  const last = key(name[name.length - 1] ?? '');
  // "Justice Department" is an organisation, not Justice + a name.
  if (name.length === 0 || !isNameAt(words, t + 1) || ORGANISATIONS.has(last)) {
    name = [...words];
    title = null;
  }
  const organisation =
    ORGANISATIONS.has(key(name[name.length - 1])) || (name.length === 1 && ACRONYM.test(name[0]));
  const text = name.join(' ');
  return {
    name: determiner && !title ? `the ${text}` : text,
    title,
    pronoun: false,
    person: title !== null || (!determiner && !organisation),
    ...(honorific && name.length < words.length ? { honorific } : {}),
  };
}

/** `… World War II. Trump said`: a word closing a sentence ends a name run (initials and `Sen.` do not). */
const endsSentence = (word: string): boolean =>
  /[.!?]$/u.test(word) && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREVIATED_TITLES.has(key(word));

function runBack(tokens: readonly Token[], last: number): number {
  let first = last + 1;
  for (let i = last; i >= 0; i--) {
    const word = tokens[i].text;
    if (i < last && endsSentence(word)) break;
    if (isRunWord(word)) first = i;
    // A connector counts only once a run word joins it on the left ("Ursula von der Leyen").
    else if (!(isConnector(word) && first <= last)) break;
  }
  return first;
}

function runForward(tokens: readonly Token[], from: number): number {
  let end = from;
  for (let i = from; i < tokens.length; i++) {
    const { text, trail } = tokens[i];
    if (isRunWord(text)) end = i + 1;
    else if (!(isConnector(text) && end > from && !trail)) break;
    if (trail) break;
  }
  return end;
}

function namedEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  let first = runBack(tokens, last);
  if (first > last) return null;
  let determiner = first > 0 && tokens[first - 1].text.toLowerCase() === 'the';
  let speaker = namedSpeaker(
    tokens.slice(first, last + 1).map((x) => x.text),
    determiner
  );
  if (!speaker) return null;
  // "mission manager Tobias Reinholt", "fisherman Ari Jonsson": lower-case words before a
  // lower-case title, or before a full name with none, describe the person.
  // `former Sen. Ada Moss`, `retired Army Lt. Gen. Omar Reyes`: before any title.
  const titled = speaker.title !== null;
  const untitled = speaker.title === null && speaker.person && speaker.name.includes(' ');
  if (titled || untitled) {
    let k = first;
    while (k > 0 && first - k < MAX_MODIFIERS && isModifier(tokens[k - 1].text)) k--;
    // Without a title word, only from the clause's edge: `"…," fisherman Ari Jonsson said`.
    if (
      untitled &&
      k > 0 &&
      isWord(tokens[k - 1].text) &&
      !DETERMINERS.has(tokens[k - 1].text.toLowerCase())
    )
      k = first;
    if (k < first) {
      const modifiers = tokens
        .slice(k, first)
        .map((x) => x.text)
        .join(' ');
      speaker = {
        ...speaker,
        title: speaker.title === null ? modifiers : `${modifiers} ${speaker.title}`,
      };
      first = k;
      determiner = first > 0 && tokens[first - 1].text.toLowerCase() === 'the';
    }
  }
  return { speaker, start: tokens[determiner ? first - 1 : first].start };
}

function phraseEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  const word = tokens[last].text;
  if (PRONOUNS.has(word.toLowerCase()))
    return { speaker: pronoun(word), start: tokens[last].start };
  // `Hale's tweet`, `the mayor's remarks`: after a possessive the cue is a noun, not a verb.
  if (!isWord(word) || BOUNDARY.has(word) || /['’]s$/u.test(word)) return null;
  const named = namedEndingAt(tokens, last);
  if (named)
    return (
      groupOf(tokens, named, last) ?? memberOf(tokens, named) ?? pairBefore(tokens, named) ?? named
    );
  let article = -1;
  for (let j = last - 1; j >= 0 && j >= last - 8; j--) {
    const w = tokens[j].text;
    const possessive = PROPER_POSSESSIVE.test(w);
    if (opensPhrase(w) || possessive) {
      // "Spain's industry minister", "the European Union's foreign policy chief": the owner's name opens the phrase.
      if (possessive) {
        while (j > 0 && isName(tokens[j - 1].text)) j--;
        if (j > 0 && tokens[j - 1].text.toLowerCase() === 'the') j--;
      }
      article = j;
      // "scientists at the national volcano observatory", "lawyers for the family": the group opens the phrase.
      if (
        j > 1 &&
        OWNER_LINKS.has(tokens[j - 1].text) &&
        GROUPS.has(tokens[j - 2].text.toLowerCase())
      ) {
        article = groupStart(tokens, j - 2);
        break;
      }
      // "a spokeswoman for the ministry", "a narrator in the ad": go on past "for the" to the phrase's own article.
      if (j > 0 && LINKS.has(tokens[j - 1].text)) {
        j--;
        continue;
      }
      break;
    }
    if (!isWord(w) || BOUNDARY.has(w)) break;
  }
  // `Hale's mental state`: a possessive phrase speaks only when it ends in someone who can
  // ("Spain's industry minister", "the party's spokesman"), not in a noun that the cue describes.
  if (
    article >= 0 &&
    PROPER_POSSESSIVE.test(tokens[article].text) &&
    !(isTitle(word) || GROUPS.has(key(word)) || ORGANISATIONS.has(key(word)))
  )
    return null;
  if (article >= 0) {
    return {
      speaker: described(tokens.slice(article, last + 1).map((x) => x.text)),
      start: tokens[article].start,
    };
  }
  if (!GROUPS.has(word.toLowerCase())) return null;
  const first = groupStart(tokens, last);
  return {
    speaker: described(tokens.slice(first, last + 1).map((x) => x.text)),
    start: tokens[first].start,
  };
}

/** Two people speaking as one: "Marlow and Ines". No pronoun refers back to a pair. */
const pairOf = (one: Speaker, other: Speaker): Speaker => ({
  name: `${one.name} and ${other.name}`,
  title: null,
  pronoun: false,
  person: false,
});

/** `Ana Ruiz and Tom Hale said`: two named people, joined by "and" alone (no comma, no third). */
function pairBefore(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number }
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (!named.speaker.person || i < 2 || tokens[i - 1].text !== 'and') return null;
  const other = namedEndingAt(tokens, i - 2);
  if (!other?.speaker.person) return null;
  return { speaker: pairOf(other.speaker, named.speaker), start: other.start };
}

/** `reply Marlow and Ines.`: the same after the verb. */
function pairAfter(
  tokens: readonly Token[],
  end: number,
  speaker: Speaker
): { speaker: Speaker; end: number } | null {
  if (tokens[end]?.text !== 'and' || tokens[end].trail) return null;
  const stop = runForward(tokens, end + 1);
  if (stop <= end + 1) return null;
  const other = namedSpeaker(
    tokens.slice(end + 1, stop).map((t) => t.text),
    false
  );
  return other?.person ? { speaker: pairOf(speaker, other), end: stop } : null;
}

/** Words that tie a description to what it belongs to: "a spokeswoman for …", "a narrator in …". */
const LINKS = wordSet('for of in at');

/**
 * `Mr. Abebe of the Riverkeepers Trust said`: a person named before "of the …" is the speaker, and
 * what follows describes them.
 */
function memberOf(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number }
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (i < 3 || tokens[i].text !== 'the' || tokens[i - 1].text !== 'of') return null;
  const person = namedEndingAt(tokens, i - 2);
  if (!person?.speaker.person) return null;
  const of = `of ${named.speaker.name}`;
  return {
    speaker: { ...person.speaker, title: [person.speaker.title, of].filter(Boolean).join(' ') },
    start: person.start,
  };
}

/** Where a group phrase ending in the group noun at `at` starts: "the senior officials", "Defence lawyers". */
function groupStart(tokens: readonly Token[], at: number): number {
  let first = at;
  while (first > 0 && at - first < MAX_MODIFIERS && isGroupModifier(tokens[first - 1].text))
    first--;
  if (first > 0 && opensPhrase(tokens[first - 1].text)) first--;
  return first;
}

/** `analysts at Halvorsen Bank said`: the speakers are the analysts, not the bank. */
function groupOf(
  tokens: readonly Token[],
  named: { speaker: Speaker; start: number },
  last: number
): { speaker: Speaker; start: number } | null {
  const i = tokens.findIndex((t) => t.start === named.start);
  if (
    i < 2 ||
    !OWNER_LINKS.has(tokens[i - 1].text) ||
    !GROUPS.has(tokens[i - 2].text.toLowerCase())
  )
    return null;
  const first = groupStart(tokens, i - 2);
  return {
    speaker: described(tokens.slice(first, last + 1).map((x) => x.text)),
    start: tokens[first].start,
  };
}

const withoutArticle = (words: readonly string[]): string =>
  (DETERMINERS.has(words[0].toLowerCase()) ? words.slice(1) : words).join(' ');
/** A description that can stand as a title: "the EU's foreign policy chief" → "EU's foreign policy chief". */
const asTitle = (speaker: Speaker): string | null =>
  speaker.person || speaker.pronoun || !speaker.name.split(' ').some(isTitle)
    ? null
    : withoutArticle(speaker.name.split(' '));

/**
 * "X, the CEO of Y" → title "CEO of Y". Only a title word in it ("CEO", "spokesman") makes
 * X a person: "Gazprom, the Russian gas producer," is not one.
 */
function withApposition(speaker: Speaker, words: readonly string[]): Speaker {
  if (speaker.title) return speaker;
  return {
    ...speaker,
    title: withoutArticle(words),
    person: speaker.person && words.some(isTitle),
  };
}

const ASIDE_PREPOSITIONS = wordSet('at in on during after before via through');

const cut = (t: Token): Token => ({ ...t, text: t.text.slice(0, -1), end: t.end - 1 });

/**
 * `Ki Moon, 33, said`, `Moss, speaking to reporters on her plane, said`, `Hale, noting
 * the size of the list, said`: an age or a participle clause between commas says nothing about
 * who speaks; the name before it does.
 */
function asideOf(inner: readonly Token[]): boolean {
  if (inner.length === 1 && /^\d{1,3}$/u.test(inner[0].text)) return true;
  // `Clinton, at a later press gaggle, said`, `Hale, in a statement, said`: where or how, not who.
  if (
    ASIDE_PREPOSITIONS.has(inner[0].text) &&
    inner.length <= 8 &&
    inner.every((t) => isWord(t.text) && !CLAUSE_WORDS.has(t.text))
  )
    return true;
  return (
    /^\p{Ll}+ing$/u.test(inner[0].text) &&
    inner.every((t) => isWord(t.text) || /^[\p{L}\p{N}$%.,'’-]+$/u.test(t.text))
  );
}

/** `X, the CEO of Y, said` and `his Russian counterpart, Sergei Lavrov, said`. */
function appositionEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  let k = last - 1;
  while (k >= 0 && last - k <= 24 && !tokens[k].text.endsWith(',')) k--;
  if (k < 0 || !tokens[k].text.endsWith(',')) return null;
  const inner = [...tokens.slice(k + 1, last), cut(tokens[last])];
  // A comma standing alone (after a blanked party tag) leaves nothing when cut off.
  const head = [...tokens.slice(0, k), cut(tokens[k])].filter((t) => t.text !== '');
  if (head.length === 0) return null;
  const aside = asideOf(inner) ? namedEndingAt(head, head.length - 1) : null;
  if (aside) return aside.speaker.person ? aside : null;
  if (inner.length > 16 || !inner.every((t) => isWord(t.text) && !CLAUSE_WORDS.has(t.text)))
    return null;
  const words = inner.map((t) => t.text);
  if (DETERMINERS.has(words[0].toLowerCase()) || POSSESSIVE.test(words[0]) || isTitle(words[0])) {
    const named = namedEndingAt(head, head.length - 1);
    if (named) return { speaker: withApposition(named.speaker, words), start: named.start };
    // `the witness, a former aide to the senator, testified`: a description with its apposition.
    const description = phraseEndingAt(head, head.length - 1);
    if (!description || description.speaker.pronoun || description.speaker.person) return null;
    return {
      speaker: { ...description.speaker, title: withoutArticle(words) },
      start: description.start,
    };
  }
  const named = namedEndingAt(inner, inner.length - 1);
  const speaker = named && named.start === inner[0].start ? named.speaker : null;
  const description = phraseEndingAt(head, head.length - 1);
  const title = description && asTitle(description.speaker);
  // `her challenger, city councilman Arjun Mehta, said`: a title of the name's own will do too.
  if (!speaker?.person || !description || !(title ?? speaker.title)) return null;
  return { speaker: { ...speaker, title: speaker.title ?? title }, start: description.start };
}

/** `X, who …, said` and `X, which …, said`: the speaker stands before the relative clause. */
function relativeClauseEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  for (let k = last - 1; k > 0 && last - k <= 24; k--) {
    const word = tokens[k].text;
    if ((word === 'who' || word === 'which') && tokens[k - 1].text.endsWith(',')) {
      const head = [...tokens.slice(0, k - 1), cut(tokens[k - 1])];
      const match = phraseEndingAt(head, head.length - 1);
      return match && !match.speaker.pronoun ? match : null;
    }
    if (word.endsWith(',')) return null;
  }
  return null;
}

/** The speaker phrase that ends where `text` ends (the text just before a reporting verb). */
export function speakerBefore(text: string): SpeakerMatch | null {
  // `…unusual,”Omar Reyes said`: a closing mark against the name parts it from it (same length, same offsets).
  const tokens = tokenize(text.replace(/["”»](?=\p{Lu})/gu, ' '), false);
  let last = tokens.length - 1;
  // `Gov. Omar Reyes (R-OH), said`: the blanked party tag leaves its comma alone; the name stands before it.
  if (last > 0 && tokens[last].text === ',') last--;
  // `Mayor Ana Ruiz, who called the plan "unfit"`: a relative clause of a named person.
  if (last > 0 && tokens[last].text === 'who' && tokens[last - 1].text.endsWith(',')) {
    const head = [...tokens.slice(0, last - 1), cut(tokens[last - 1])];
    const named = head.length > 0 ? namedEndingAt(head, head.length - 1) : null;
    return named?.speaker.person ? { ...named, end: text.length } : null;
  }
  for (let n = 0; n < 3 && last >= 0 && SOFTENERS.has(tokens[last].text); n++) last--;
  if (last < 0) return null;
  const match = tokens[last].text.endsWith(',')
    ? (appositionEndingAt(tokens, last) ?? relativeClauseEndingAt(tokens, last))
    : phraseEndingAt(tokens, last);
  return match && { ...match, end: text.length };
}

/** The speaker phrase that starts where `text` starts (after "said" in `"…," said X`, or after "according to"). */
export function speakerAfter(text: string): SpeakerMatch | null {
  const tokens = tokenize(text, true);
  const first = tokens[0];
  if (!first) return null;
  let end: number;
  let speaker: Speaker | null;
  if (PRONOUNS.has(first.text)) {
    end = 1;
    speaker = pronoun(first.text);
  } else if (opensPhrase(first.text) && !first.trail) {
    end = 1;
    while (
      end < tokens.length &&
      end < 8 &&
      isWord(tokens[end].text) &&
      !BOUNDARY.has(tokens[end].text)
    ) {
      if (tokens[end++].trail) break;
    }
    // "one of them": a phrase does not end on "of".
    while (end > 1 && OWNER_LINKS.has(tokens[end - 1].text)) end--;
    const words = tokens.slice(0, end).map((t) => t.text);
    speaker = end === 1 ? null : (namedSpeaker(words.slice(1), true) ?? described(words));
  } else {
    // `said team captain Lukas Brandt`, `said fisherman Ari Jonsson`: lower-case words before a
    // lower-case title, or before a full name with none, describe the person.
    let m = 0;
    while (
      m < MAX_MODIFIERS &&
      m < tokens.length - 1 &&
      isModifier(tokens[m].text) &&
      !tokens[m].trail
    )
      m++;
    end = runForward(tokens, m);
    speaker = namedSpeaker(
      tokens.slice(m, end).map((t) => t.text),
      false
    );
    if (m > 0) {
      const modifiers = tokens
        .slice(0, m)
        .map((t) => t.text)
        .join(' ');
      const named: Speaker | null = speaker;
      if (named?.title) speaker = { ...named, title: `${modifiers} ${named.title}` };
      else if (named && named.title === null && named.person && named.name.includes(' '))
        speaker = { ...named, title: modifiers };
      else speaker = null;
    }
    if (!speaker && GROUPS.has(first.text.toLowerCase())) {
      end = 1;
      // `according to analysts at Halvorsen Bank`
      if (
        !first.trail &&
        tokens.length > 2 &&
        OWNER_LINKS.has(tokens[1].text) &&
        !tokens[1].trail
      ) {
        const from = tokens[2].text.toLowerCase() === 'the' && !tokens[2].trail ? 3 : 2;
        const owner = runForward(tokens, from);
        if (owner > from) end = owner;
      }
      speaker = described(tokens.slice(0, end).map((t) => t.text));
    }
  }
  if (!speaker) return null;
  const pair = speaker.person && !tokens[end - 1].trail ? pairAfter(tokens, end, speaker) : null;
  if (pair) return { speaker: pair.speaker, start: first.start, end: tokens[pair.end - 1].end };
  const next = tokens[end];
  const afterComma = tokens[end - 1].trail === ',' && next !== undefined;
  // `said the EU's foreign policy chief, Josep Borrell.` — the description is the name's title.
  const title = afterComma ? asTitle(speaker) : null;
  const stop = title ? runForward(tokens, end) : end;
  const named =
    stop > end
      ? namedSpeaker(
          tokens.slice(end, stop).map((t) => t.text),
          false
        )
      : null;
  if (title && named?.person && !named.title)
    return { speaker: { ...named, title }, start: first.start, end: tokens[stop - 1].end };
  // `said X, the CEO of Y.` — an apposition right after a name is its title; `said X, who …` is not.
  if (
    afterComma &&
    speaker.person &&
    !speaker.title &&
    (DETERMINERS.has(next.text.toLowerCase()) || POSSESSIVE.test(next.text) || isTitle(next.text))
  ) {
    let last = end;
    while (
      last < tokens.length - 1 &&
      last - end < 15 &&
      isWord(tokens[last].text) &&
      !tokens[last].trail
    )
      last++;
    const words = tokens.slice(end, last + 1).map((t) => t.text);
    if (words.every((w) => isWord(w) && !CLAUSE_WORDS.has(w))) {
      return { speaker: withApposition(speaker, words), start: first.start, end: tokens[last].end };
    }
  }
  return { speaker, start: first.start, end: tokens[end - 1].end };
}

/** `the Florida senator`, `the retired neurosurgeon`? No: `the state party`, `his aides`: a description that ends in someone who can speak. */
export function canSpeak(speaker: Speaker): boolean {
  if (speaker.pronoun || speaker.person) return true;
  return speaksAs(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1));
}
const speaksAs = (word: string): boolean =>
  TITLES.has(key(word)) || GROUPS.has(key(word)) || SPEAKING_NOUNS.has(key(word));

/**
 * `the billionaire businessman began by …`: a description read from a sentence's start runs on
 * into the verb; it ends at its first word for someone who can speak (null when none).
 */
export function describedSubject(speaker: Speaker): Speaker | null {
  if (canSpeak(speaker)) return speaker;
  const words = speaker.name.split(' ');
  let head = words.findIndex((w, i) => i > 0 && speaksAs(w));
  while (head > 0 && head < words.length - 1 && speaksAs(words[head + 1])) head++;
  return head > 0 && head < words.length - 1
    ? { ...speaker, name: words.slice(0, head + 1).join(' ') }
    : null;
}
/** People who speak, though no title: a description ending in one reads as a speaker. */
const SPEAKING_NOUNS = wordSet(`candidate nominee senator neurosurgeon businessman businesswoman
  billionaire republican democrat campaign frontrunner front-runner congressman congresswoman`);

/**
 * People named anywhere in a text whose quoted words are masked, in text order: every run of
 * capitalised words (with a title in front) that reads as a person. The caller decides which
 * count: a title with a full name introduces someone; a lone surname may refer back to them.
 */
export function peopleNamed(text: string): SpeakerMatch[] {
  const tokens = tokenize(text, true);
  const found: SpeakerMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!isRunWord(tokens[i].text)) {
      i++;
      continue;
    }
    const end = Math.max(runForward(tokens, i), i + 1);
    const speaker = namedSpeaker(
      tokens.slice(i, end).map((t) => t.text),
      false
    );
    if (speaker?.person) found.push({ speaker, start: tokens[i].start, end: tokens[end - 1].end });
    i = end;
  }
  return found;
}
