import frenchMessages from 'ra-language-french';
import { mergeTranslations } from 'react-admin';
import { fr } from './index.ts';

/** React-admin's French and ours: the chunk client/src/i18n/index.ts fetches when the console speaks French. */
export const messages = mergeTranslations(frenchMessages, fr);
