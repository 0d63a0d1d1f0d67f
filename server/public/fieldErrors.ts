// The API's errors ({code, errors: {"field.path": message}}) as messages people read next to each form field.
import type { ApiError } from '../http/errors.ts';
import type { Lang } from './language.ts';
import { WORDS } from './texts.ts';

/** Field name → its messages, in form order once rendered. `_form` holds what concerns no single field. */
export type FieldErrors = Map<string, string[]>;
export const FORM_LEVEL = '_form';

type Both = Record<Lang, string>;

/** The validation messages of server/domain/dsa/noticeRules.ts, translated. */
const KNOWN: Record<string, Both> = {
  'choose the kind of illegal content': { en: 'Choose the kind of illegal content', fr: 'Choisissez le type de contenu illicite' },
  'explain why the content is illegal': { en: 'Explain why the content is illegal', fr: 'Expliquez pourquoi le contenu est illicite' },
  'explain why the content is illegal (20 characters at least)': {
    en: 'Explain why the content is illegal (20 characters at least)',
    fr: 'Expliquez pourquoi le contenu est illicite (20 caractères au moins)',
  },
  'at most 10,000 characters': { en: 'At most 10,000 characters', fr: '10 000 caractères au plus' },
  'an address is at most 500 characters': { en: 'An address is at most 500 characters', fr: 'Une adresse fait 500 caractères au plus' },
  'give the exact location of the content (a review number or an address)': {
    en: 'Give the exact location of the content (a review number or an address)',
    fr: "Indiquez l'emplacement exact du contenu (un numéro d'avis ou une adresse)",
  },
  'at most 20 items per notice': { en: 'At most 20 items per notice', fr: '20 éléments au plus par signalement' },
  'a review number (e.g. 123) or a web address starting with https://': {
    en: 'A review number (e.g. 123) or a web address starting with https://',
    fr: "Un numéro d'avis (par exemple 123) ou une adresse web commençant par https://",
  },
  'a valid e-mail address': {
    en: 'Enter a valid e-mail address, like name@example.com',
    fr: 'Saisissez une adresse e-mail valide, comme nom@exemple.fr',
  },
  'confirm that the notice is accurate and complete, in good faith': {
    en: 'Confirm in good faith that the notice is accurate and complete',
    fr: 'Confirmez de bonne foi que le signalement est exact et complet',
  },
  'an EU/EEA country code': { en: 'Choose a country of the EU or the EEA', fr: "Choisissez un pays de l'UE ou de l'EEE" },
  'your name is required (except for child sexual abuse material)': {
    en: 'Enter your name (required except for child sexual abuse material)',
    fr: 'Saisissez votre nom (obligatoire, sauf pour des abus sexuels sur enfants)',
  },
  'your e-mail address is required (except for child sexual abuse material)': {
    en: 'Enter your e-mail address (required except for child sexual abuse material)',
    fr: 'Saisissez votre adresse e-mail (obligatoire, sauf pour des abus sexuels sur enfants)',
  },
  'the reference of the decision': { en: 'Enter the reference of the decision', fr: 'Saisissez la référence de la décision' },
  'the reference of the decision (notice reference or statement id)': {
    en: 'Enter the reference of the decision (notice reference or statement id)',
    fr: "Saisissez la référence de la décision (référence du signalement ou de l'exposé des motifs)",
  },
  'explain why you contest the decision': {
    en: 'Explain why you contest the decision',
    fr: 'Expliquez pourquoi vous contestez la décision',
  },
  'explain why you contest the decision (20 characters at least)': {
    en: 'Explain why you contest the decision (20 characters at least)',
    fr: 'Expliquez pourquoi vous contestez la décision (20 caractères au moins)',
  },
};

/** When a message is not one we know (zod's own "Too big…", say): what the field needs. */
const FALLBACK: Record<string, Both> = {
  category: KNOWN['choose the kind of illegal content']!,
  explanation: {
    en: 'Explain why the content is illegal, in 20 to 10,000 characters',
    fr: 'Expliquez pourquoi le contenu est illicite, en 20 à 10 000 caractères',
  },
  locations: {
    en: 'Give the exact location: review numbers or web addresses, one per line, up to 20',
    fr: "Indiquez l'emplacement exact : numéros d'avis ou adresses web, un par ligne, 20 au plus",
  },
  legalGround: { en: 'At most 500 characters', fr: '500 caractères au plus' },
  memberState: KNOWN['an EU/EEA country code']!,
  notifierName: { en: 'Your name: at most 200 characters', fr: 'Votre nom : 200 caractères au plus' },
  notifierEmail: KNOWN['a valid e-mail address']!,
  goodFaith: KNOWN['confirm that the notice is accurate and complete, in good faith']!,
  threatToLife: { en: 'Tick the box or leave it empty', fr: 'Cochez la case ou laissez-la vide' },
  reference: {
    en: 'Enter the reference of the decision, at most 500 characters',
    fr: 'Saisissez la référence de la décision, 500 caractères au plus',
  },
  email: KNOWN['a valid e-mail address']!,
  name: { en: 'Your name: at most 200 characters', fr: 'Votre nom : 200 caractères au plus' },
  text: {
    en: 'Explain why you contest the decision, in 20 to 10,000 characters',
    fr: 'Expliquez pourquoi vous contestez la décision, en 20 à 10 000 caractères',
  },
  [FORM_LEVEL]: { en: 'Check what you entered', fr: 'Vérifiez votre saisie' },
};

/** The complaint rules of server/services/dsaIntake.ts; their English messages carry a date or a reference we keep. */
function ruleMessage(error: ApiError, lang: Lang): { field: string; message: string } | undefined {
  const date = /\d{4}-\d{2}-\d{2}/.exec(error.message)?.[0];
  const reference = /DSA-C-\d{4}-[A-Z0-9]+/.exec(error.message)?.[0];
  const messages: Record<string, { field: string } & Both> = {
    unknown_decision: {
      field: 'reference',
      en: 'No decision has this reference: copy the notice reference (DSA-…) or the statement id (kolet-sor-…) from our message',
      fr: "Aucune décision ne porte cette référence : recopiez la référence du signalement (DSA-…) ou de l'exposé des motifs (kolet-sor-…) figurant dans notre message",
    },
    not_a_party: {
      field: 'email',
      en: 'Only the author of the content or the person who reported it may contest this decision, with the e-mail address we wrote to',
      fr: "Seuls l'auteur du contenu ou la personne qui l'a signalé peuvent contester cette décision, avec l'adresse e-mail à laquelle nous avons écrit",
    },
    complaint_window_closed: {
      field: FORM_LEVEL,
      en: `Complaints about this decision were open until ${date ?? '…'} (6 months after you were informed)`,
      fr: `Les réclamations contre cette décision étaient ouvertes jusqu'au ${date ?? '…'} (6 mois après que vous en avez été informé)`,
    },
    complaint_already_open: {
      field: FORM_LEVEL,
      en: `Your complaint ${reference ?? ''} about this decision is already being examined`,
      fr: `Votre réclamation ${reference ?? ''} contre cette décision est déjà en cours d'examen`,
    },
  };
  const known = messages[error.code];
  return known && { field: known.field, message: known[lang] };
}

/**
 * `locationLines[i]` is the textarea line of the i-th location sent (blank lines are not sent),
 * so "locations.2" can say which line is wrong.
 */
export function fieldErrors(error: ApiError, lang: Lang, locationLines: number[] = []): FieldErrors {
  const out: FieldErrors = new Map();
  const add = (field: string, message: string) => out.set(field, [...(out.get(field) ?? []), message]);
  const rule = ruleMessage(error, lang);
  if (rule) {
    add(rule.field, rule.message);
    return out;
  }
  for (const [path, message] of Object.entries(error.errors ?? {})) {
    const [field = FORM_LEVEL, index] = path.split('.');
    const known = FALLBACK[field] ? (KNOWN[message] ?? FALLBACK[field])[lang] : FALLBACK[FORM_LEVEL]![lang];
    const line = index !== undefined ? locationLines[Number(index)] : undefined;
    add(
      FALLBACK[field] ? field : FORM_LEVEL,
      line ? `${capitalise(WORDS[lang].line(line))}${lang === 'fr' ? ' : ' : ': '}${known}` : known,
    );
  }
  if (!out.size) add(FORM_LEVEL, FALLBACK[FORM_LEVEL]![lang]);
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
