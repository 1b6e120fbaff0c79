/** The speaker phrase before a reporting verb, with the appositions and asides between them. */
import { lowerCase } from '../chars';
import { namedEndingAt } from './named';
import { canSpeak, isBody } from './people';
import { asTitle, phraseEndingAt, withApposition, withoutArticle } from './phrase';
import { type Speaker } from './types';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  POSSESSIVE,
  type Token,
  isSoftener,
  isTitle,
  isWord,
  wordSet,
} from './words';
import { tokenize } from './tokens';
import type { SpeakerMatch } from './types';

const ASIDE_ADVERBS = wordSet('meanwhile however too though instead also meantime later earlier');
const ASIDE_PREPOSITIONS = wordSet('at in on during after before via through');

const cut = (t: Token): Token => ({ ...t, text: t.text.slice(0, -1), end: t.end - 1 });

/**
 * `Ki Moon, 33, said`, `Moss, speaking to reporters on her plane, said`, `Hale, noting
 * the size of the list, said`: an age or a participle clause between commas says nothing about
 * who speaks; the name before it does.
 */
function asideOf(inner: readonly Token[]): boolean {
  if (inner.length === 1 && /^\d{1,3}$/u.test(inner[0].text)) return true;
  // `Hunter, meanwhile, told`: a sentence adverb between commas.
  if (inner.length === 1 && ASIDE_ADVERBS.has(inner[0].text)) return true;
  // `Mr. Daniloff, now 81 and retired in Cambridge Mass., said`: what someone is now.
  if (
    inner[0].text === 'now' &&
    inner.length <= 10 &&
    inner.every((t) => isWord(t.text) || /^[\p{L}\p{N}.]+$/u.test(t.text))
  )
    return true;
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

/**
 * `Leonard Burman, director of the Tax Policy Center and a professor at Syracuse University, said`,
 * `Rich Heffley, a top GOP operative who played a major role in … and is now running …, said`:
 * appositions run long in print.
 */
const MAX_APPOSITION = 36;

/** `X, the CEO of Y, said` and `his Russian counterpart, Sergei Lavrov, said`. */
function appositionEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  let k = last - 1;
  while (k >= 0 && last - k <= MAX_APPOSITION + 1 && !tokens[k].text.endsWith(',')) k--;
  if (k < 0 || !tokens[k].text.endsWith(',')) return null;
  const inner = [...tokens.slice(k + 1, last), cut(tokens[last])];
  // A comma standing alone (after a blanked party tag) leaves nothing when cut off.
  const head = [...tokens.slice(0, k), cut(tokens[k])].filter((t) => t.text !== '');
  if (head.length === 0) return null;
  const aside = asideOf(inner) ? namedEndingAt(head, head.length - 1) : null;
  if (aside) return aside.speaker.person ? aside : null;
  if (inner.length > MAX_APPOSITION) return null;
  const plain = inner.every((t) => isWord(t.text) && !CLAUSE_WORDS.has(t.text));
  if (!plain) return describedWithClause(head, inner);
  const words = inner.map((t) => t.text);
  // `Sammy Aaron, vice chairman of Apple,`: lower-case words before a title word are its modifiers.
  const titleAt = words.findIndex(isTitle);
  const titled =
    titleAt === 0 ||
    (titleAt > 0 &&
      titleAt <= 2 &&
      words.slice(0, titleAt).every((w) => /^\p{Ll}+$/u.test(w)) &&
      // `city councilwoman Rosa Diaz` is a name with its title, read below.
      !/^\p{Lu}/u.test(words[titleAt + 1] ?? ''));
  // `Benjamin Rhodes, one of the president's closest aides,`: one of a group describes the name.
  const oneOf = lowerCase(words[0]) === 'one' && words[1] === 'of';
  if (DETERMINERS.has(lowerCase(words[0])) || POSSESSIVE.test(words[0]) || titled || oneOf) {
    const named = namedEndingAt(head, head.length - 1);
    if (named) {
      const speaker = withApposition(named.speaker, words);
      // "one of the organizers" names no title word, but only people are one of a group of them.
      return {
        speaker: oneOf ? { ...speaker, person: named.speaker.person } : speaker,
        start: named.start,
      };
    }
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
  if (!speaker?.person || !description) return null;
  if (title ?? speaker.title)
    return { speaker: { ...speaker, title: speaker.title ?? title }, start: description.start };
  // `Another delegate on the Cruz slate, Jim Poolman, said`: a full name needs no title; the
  // description, too long to be one, is left out.
  return speaker.name.includes(' ') ? { speaker, start: description.start } : null;
}

/**
 * `Pete Seat, an Indiana consultant whose firm was retained by the campaign, said`: an
 * apposition with a clause in it describes the named person before it; its words up to the
 * clause make the title.
 */
function describedWithClause(
  head: readonly Token[],
  inner: readonly Token[]
): { speaker: Speaker; start: number } | null {
  const words = inner.map((t) => t.text);
  if (!DETERMINERS.has(lowerCase(words[0]))) return null;
  const named = namedEndingAt(head, head.length - 1);
  if (!named?.speaker.person || !named.speaker.name.includes(' ')) return null;
  const clause = words.findIndex((w) => RELATIVE.has(lowerCase(w)) || CLAUSE_WORDS.has(w));
  const description = words.slice(0, clause < 0 ? words.length : clause);
  return description.length > 1 && description.every(isWord)
    ? { speaker: withApposition(named.speaker, description), start: named.start }
    : null;
}
const RELATIVE = wordSet('who whose whom which that');

/** `who's thinking about running`, `whose firm`: every opening of a relative clause. */
const RELATIVE_OPENERS = new Set(['who', 'which', "who's", 'who’s', 'whose']);

/** `X, who …, said` and `X, which …, said`: the speaker stands before the relative clause. */
function relativeClauseEndingAt(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  for (let k = last - 1; k > 0 && last - k <= 24; k--) {
    const word = tokens[k].text;
    if (RELATIVE_OPENERS.has(word) && tokens[k - 1].text.endsWith(',')) {
      let head = withoutAge(beforeComma(tokens, k - 1));
      // `Sanders, meanwhile, who sits …, said`: a sentence adverb before the clause.
      const before = head[head.length - 2];
      if (ASIDE_ADVERBS.has(head[head.length - 1].text) && before?.text.endsWith(','))
        head = [...head.slice(0, -2), cut(before)];
      const match = phraseEndingAt(head, head.length - 1);
      return match && !match.speaker.pronoun ? match : null;
    }
    if (word.endsWith(',')) return null;
  }
  return null;
}

/** The tokens before the comma ending at `at`: a comma left alone by a blanked party tag goes whole. */
const beforeComma = (tokens: readonly Token[], at: number): Token[] =>
  tokens[at].text === ',' ? tokens.slice(0, at) : [...tokens.slice(0, at), cut(tokens[at])];
/** `Harry Bond, 30, of Raleigh, N.C., who …`: an age after the name (the hometown is blanked). */
function withoutAge(head: Token[]): Token[] {
  const last = head[head.length - 1];
  return last && /^\d{1,3},?$/u.test(last.text) && head[head.length - 2]?.text.endsWith(',')
    ? beforeComma(head, head.length - 2)
    : head;
}

/**
 * `a White House official who spoke anonymously to discuss internal strategy said`: a
 * description that can speak, with its relative clause and no comma, before the verb.
 */
function describedWithRelative(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null {
  for (let k = last; k > 1 && last - k <= 14; k--) {
    const word = tokens[k].text;
    if (word.endsWith(',') || !isWord(word)) return null;
    // `critics who say he should condemn`: a clause with a subject of its own is not the head's.
    if (CLAUSE_SUBJECTS.has(word)) return null;
    if (word !== 'who') continue;
    const match = phraseEndingAt(tokens, k - 1);
    return match && OPENS_DESCRIPTION.test(match.speaker.name) && canSpeak(match.speaker)
      ? match
      : null;
  }
  return null;
}
const CLAUSE_SUBJECTS = wordSet('he she it they we i you that which');
const OPENS_DESCRIPTION = /^(?:a|an|the|another|one)\s/u;

/** `who in 2010 said`, `which also notes`: a time or an adverb between a relative pronoun and its verb. */
const TIME_WORDS = wordSet('in on last this that early late');

/**
 * The speaker of a verb in a relative clause: `Mayor Ana Ruiz, who called the plan "unfit"`,
 * `McConnell, now the Senate majority leader, who in 2010 said`, a named person; `the Chicago
 * Police Department which reported`, `the study -- which notes that`, a body. Undefined when
 * the verb opens no relative clause; null when it does but its head is no one who speaks.
 */
function relativeSubject(
  tokens: readonly Token[],
  last: number
): { speaker: Speaker; start: number } | null | undefined {
  let k = last;
  for (let n = 0; n < 3 && k >= 0 && isSoftener(tokens[k].text); n++) k--;
  // `who in 2010 said`, `who last week said`: two words of time at most.
  if (
    k >= 2 &&
    TIME_WORDS.has(tokens[k - 1].text) &&
    tokens[k - 2] &&
    RELATIVE_SUBJECTS.has(tokens[k - 2].text)
  )
    k -= 2;
  else if (k >= 1 && TIME_WORDS.has(tokens[k].text) && RELATIVE_SUBJECTS.has(tokens[k - 1].text))
    k -= 1;
  const pronoun = tokens[k]?.text;
  if (k < 1 || !RELATIVE_SUBJECTS.has(pronoun)) return undefined;
  const before = tokens[k - 1];
  const dash = /^[-–—]+$/u.test(before.text);
  const comma = before.text.endsWith(',');
  if (!(dash || comma || pronoun === 'which')) return null;
  const head = dash || !comma ? tokens.slice(0, dash ? k - 1 : k) : beforeComma(tokens, k - 1);
  if (head.length === 0) return null;
  if (pronoun === 'who') {
    // `McConnell, now the Senate majority leader, who …`: the name before an apposition.
    const named =
      namedEndingAt(head, head.length - 1) ?? (comma ? appositionEndingAt(tokens, k - 1) : null);
    return named?.speaker.person ? named : null;
  }
  const match = phraseEndingAt(head, head.length - 1);
  return match && isBody(match.speaker) ? match : null;
}
const RELATIVE_SUBJECTS = wordSet('who which');
const DAYS = wordSet(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight'
);
/** A day, or "on" before one (`on Monday`). */
const isWhen = (tokens: readonly Token[], k: number): boolean =>
  DAYS.has(tokens[k].text) || (tokens[k].text === 'on' && DAYS.has(tokens[k + 1]?.text ?? ''));

/** The speaker phrase that ends where `text` ends (the text just before a reporting verb). */
export function speakerBefore(text: string): SpeakerMatch | null {
  // `…unusual,”Omar Reyes said`: a closing mark against the name parts it from it (same length, same offsets).
  const tokens = tokenize(text.replace(/["”»](?=\p{Lu})/gu, ' '), false);
  let last = tokens.length - 1;
  // `Gov. Omar Reyes (R-OH), said`: the blanked party tag leaves its comma alone; the name stands before it.
  if (last > 0 && tokens[last].text === ',') last--;
  const relative = relativeSubject(tokens, last);
  if (relative !== undefined) return relative && { ...relative, end: text.length };
  // `Priebus later Thursday told`, `Hale on Monday said`: when, between a speaker and the verb.
  for (
    let n = 0;
    n < 4 && last >= 0 && (isSoftener(tokens[last].text) || isWhen(tokens, last));
    n++
  )
    last--;
  if (last < 0) return null;
  const match = tokens[last].text.endsWith(',')
    ? (appositionEndingAt(tokens, last) ?? relativeClauseEndingAt(tokens, last))
    : (phraseEndingAt(tokens, last) ?? describedWithRelative(tokens, last));
  return match && { ...match, end: text.length };
}
