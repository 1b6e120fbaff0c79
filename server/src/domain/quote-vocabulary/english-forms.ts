/** Every form of an English verb used in copy: `warn` → warn, warns, warned, warning. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said', 'saying', 'says'],
  put: ['puts', 'putting'],
  tell: ['told', 'telling', 'tells'],
  write: ['wrote', 'written', 'writing', 'writes'],
  read: ['reads', 'reading'],
  go: ['goes', 'went', 'going'],
  admit: ['admits', 'admitted', 'admitting'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  begin: ['begins', 'began', 'beginning'],
  cry: ['cries', 'cried', 'crying'],
  sing: ['sings', 'sang', 'singing'],
  demur: ['demurs', 'demurred', 'demurring'],
};

const consonantDoubles = (verb: string): boolean =>
  /^(?:[^aeiou]*[aeiou])(?:[bdgmnpt])$/u.test(verb);

export function englishForms(verb: string): string[] {
  if (verb.includes(' ')) {
    const [head, ...rest] = verb.split(' ');
    return englishForms(head).map((form) => [form, ...rest].join(' '));
  }
  const irregular = IRREGULAR[verb];
  if (irregular) return [verb, ...irregular];
  const third = /(?:s|sh|ch|x|z)$/u.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/u.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  let past: string;
  let ing: string;
  if (verb.endsWith('e')) {
    past = `${verb}d`;
    ing = verb.endsWith('ee') ? `${verb}ing` : `${verb.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/u.test(verb)) {
    past = `${verb.slice(0, -1)}ied`;
    ing = `${verb}ing`;
  } else if (consonantDoubles(verb)) {
    past = `${verb}${verb.slice(-1)}ed`;
    ing = `${verb}${verb.slice(-1)}ing`;
  } else {
    past = `${verb}ed`;
    ing = `${verb}ing`;
  }
  return [verb, third, past, ing];
}

export const isParticiple = (form: string): boolean => /ing$/u.test(form.split(' ')[0]);
