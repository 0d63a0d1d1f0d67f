// Human names of the Transparency Database categories (server/domain/dsa/tdb.ts), as the public form offers them.
import { CATEGORIES } from '../domain/dsa/tdb.ts';
import type { Lang } from './language.ts';

const LABELS: Record<string, Record<Lang, string>> = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: { fr: 'Bien-être animal', en: 'Animal welfare' },
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: {
    fr: 'Information des consommateurs (publicité cachée, prix, informations trompeuses)',
    en: 'Consumer information (hidden advertising, pricing, misleading information)',
  },
  STATEMENT_CATEGORY_CYBER_VIOLENCE: {
    fr: 'Cyberviolence (harcèlement, intimidation, images intimes diffusées sans consentement)',
    en: 'Cyber violence (harassment, bullying, intimate images shared without consent)',
  },
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: {
    fr: "Cyberviolence à l'égard des femmes et des filles",
    en: 'Cyber violence against women and girls',
  },
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: {
    fr: 'Données personnelles et vie privée',
    en: 'Data protection and privacy',
  },
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: {
    fr: 'Propos illicites (diffamation, discours de haine, discrimination)',
    en: 'Illegal speech (defamation, hate speech, discrimination)',
  },
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: {
    fr: "Propriété intellectuelle (droit d'auteur, marques…)",
    en: 'Intellectual property (copyright, trademarks…)',
  },
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: {
    fr: 'Atteinte au débat public ou aux élections',
    en: 'Harm to civic discourse or elections',
  },
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: {
    fr: 'Contenu contraire à nos conditions générales',
    en: 'Content against our terms and conditions',
  },
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: {
    fr: 'Protection des mineurs, dont les abus sexuels sur enfants',
    en: 'Protection of minors, including child sexual abuse',
  },
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: {
    fr: 'Sécurité publique (terrorisme, organisations illégales, santé publique)',
    en: 'Public security (terrorism, illegal organisations, public health)',
  },
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: { fr: 'Escroquerie et fraude (dont les faux avis)', en: 'Scams and fraud (including fake reviews)' },
  STATEMENT_CATEGORY_SELF_HARM: { fr: "Incitation à l'automutilation ou au suicide", en: 'Self-harm or suicide promotion' },
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: { fr: 'Produits dangereux ou interdits', en: 'Unsafe or prohibited products' },
  STATEMENT_CATEGORY_VIOLENCE: {
    fr: 'Violence (incitation, exploitation, traite des êtres humains)',
    en: 'Violence (incitement, exploitation, human trafficking)',
  },
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: { fr: 'Autre, ou je ne sais pas', en: 'Other, or I do not know' },
};

/** The label of a category; the code itself if we have no name for it yet (the list is the TDB's). */
export const categoryLabel = (category: string, lang: Lang): string => LABELS[category]?.[lang] ?? category;

/** The categories in the order of the select: by name, "other" last. */
export function categoryOptions(lang: Lang): { value: string; label: string }[] {
  const named = CATEGORIES.filter((c) => c !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE')
    .map((c) => ({ value: c, label: categoryLabel(c, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return CATEGORIES.includes('STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE')
    ? [
        ...named,
        { value: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', label: categoryLabel('STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', lang) },
      ]
    : named;
}
