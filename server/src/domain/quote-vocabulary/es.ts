import type { QuoteVocabulary } from './types';

/** Preterite, present and gerund of the verbs Spanish wire copy attributes with. */
const VERBS = `dijo dice dicen dijeron diciendo afirmó afirma afirmaron afirmando declaró declara declararon
  aseguró asegura aseguraron señaló señala señalaron indicó indica indicaron explicó explica explicaron
  añadió añade agregó agrega agregaron añadieron manifestó manifiesta sostuvo sostiene subrayó subraya
  advirtió advierte insistió insiste respondió responde contestó preguntó pregunta comentó comenta
  reconoció reconoce admitió anunció anuncia escribió escribe tuiteó denunció denuncia recordó recuerda
  apuntó apunta concluyó expresó expresa destacó destaca precisó criticó lamentó según`;

export const es: QuoteVocabulary = {
  marks: { '"': '"”', '“': '"”', '«': '»' },
  verbs: VERBS.split(/\s+/u).filter(Boolean),
  afterQuoteVerbs: ['continuó', 'prosiguió'],
  pronouns: { él: 'm', ella: 'f' },
};
