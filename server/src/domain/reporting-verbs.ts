/**
 * Reporting verbs of English copy ("…," she said), every form. The vocabulary per locale lives
 * in ./quote-vocabulary; this name stays for code that imported the English list.
 */
import { en } from './quote-vocabulary/en';

export const REPORTING_VERBS: readonly string[] = en.verbs;
