import type { QuoteVocabulary } from './types';

/** Passé composé participles stand after "a" (`a déclaré`), so the participle is the cue. */
const VERBS = `dit dire déclaré déclare a-t-il a-t-elle affirmé affirme assuré assure expliqué explique ajouté
  ajoute souligné souligne indiqué indique estimé estime précisé précise annoncé annonce averti avertit
  insisté insiste répondu répond reconnu reconnaît admis écrit écrivait lancé lance martelé martèle
  rappelé rappelle confié confie dénoncé dénonce regretté regrette selon`;

export const fr: QuoteVocabulary = {
  marks: { '«': '»', '"': '"”', '“': '”' },
  // `», a déclaré X`: the auxiliary belongs to the cue, so the speaker follows it.
  verbs: VERBS.split(/\s+/u)
    .filter(Boolean)
    .flatMap((v) => (/é$|u$|is$|it$/u.test(v) ? [v, `a ${v}`] : [v])),
  afterQuoteVerbs: ['poursuit', 'poursuivi', 'continué', 'continue'],
  pronouns: { il: 'm', elle: 'f' },
};
