// The words of the public DSA pages, in French and English.
import type { Lang } from './language.ts';

const fr = {
  skipLink: 'Aller au contenu',
  languageNav: 'Langue',
  switchTo: 'English',
  required: '(obligatoire)',
  optional: '(facultatif)',
  errorPrefix: 'Erreur :',
  errorSummaryTitle: 'Le formulaire contient des erreurs',
  titlePrefixOnError: 'Erreur : ',
  choose: '— Choisir —',
  line: (n: number) => `ligne ${n}`,
  footer: 'Kolet — service hébergeur soumis au règlement (UE) 2022/2065 sur les services numériques.',

  noticeTitle: 'Signaler un contenu illicite',
  noticeIntro:
    "Ce formulaire permet à toute personne, avec ou sans compte Kolet, de nous signaler un contenu (par exemple un avis client) qu'elle estime illicite (règlement sur les services numériques, article 16).",
  contentLegend: 'Le contenu signalé',
  category: 'Type de contenu illicite',
  explanation: 'Pourquoi ce contenu est-il illicite ?',
  explanationHint: 'Expliquez précisément les raisons, de 20 à 10 000 caractères.',
  locations: 'Emplacement exact du contenu',
  locationsHint:
    "Un élément par ligne : le numéro de l'avis (par exemple 123) ou son adresse web commençant par https://. Jusqu'à 20 éléments.",
  legalGround: 'Texte de loi enfreint',
  legalGroundHint: 'Par exemple : « Loi du 29 juillet 1881, article 29 (diffamation) », si vous le connaissez.',
  memberState: 'Pays où le contenu est illicite',
  memberStateNone: '— Aucun en particulier —',
  youLegend: 'Vous',
  youHint:
    'Votre nom et votre adresse e-mail sont obligatoires, sauf si vous signalez des abus sexuels sur enfants : vous pouvez alors rester anonyme.',
  notifierName: "Nom et prénom, ou nom de l'organisation",
  notifierEmail: 'Adresse e-mail',
  notifierEmailHint: "Nous y envoyons l'accusé de réception et notre décision.",
  declarationsLegend: 'Déclarations',
  threatToLife: "Ce contenu laisse craindre une menace pour la vie ou la sécurité d'une personne",
  threatToLifeHint: "Nous le traitons en priorité et, si nécessaire, prévenons les autorités. En cas d'urgence, appelez le 112.",
  goodFaith: 'Je déclare de bonne foi que les informations et allégations de ce signalement sont exactes et complètes',
  submitNotice: 'Envoyer le signalement',

  noticeReceivedTitle: 'Signalement reçu',
  yourReference: 'Votre référence',
  receivedOn: 'Reçu le',
  acknowledgementSent:
    "Un accusé de réception avec cette référence est envoyé à l'adresse e-mail indiquée. Nous vous y informerons de notre décision.",
  noAcknowledgement:
    "Vous n'avez pas indiqué d'adresse e-mail : aucun accusé de réception ne vous est envoyé et nous ne pourrons pas vous informer de notre décision. Conservez cette référence.",
  complaintRoute:
    'Si vous êtes informé de notre décision et la contestez, vous pourrez déposer une réclamation gratuite pendant 6 mois avec cette référence :',
  complaintLink: 'contester une décision',
  anotherNotice: 'Faire un autre signalement',

  complaintTitle: 'Contester une décision',
  complaintIntro:
    "L'auteur d'un contenu que nous avons restreint, ou la personne qui nous l'a signalé, peut contester notre décision gratuitement pendant 6 mois après en avoir été informé. Une personne qui n'a pas pris la décision initiale examinera votre réclamation.",
  reference: 'Référence de la décision',
  referenceHint: "La référence du signalement (DSA-…) ou de l'exposé des motifs (kolet-sor-…) figurant dans notre message.",
  email: 'Adresse e-mail',
  emailHint: "L'adresse à laquelle nous vous avons écrit.",
  name: 'Nom',
  text: 'Pourquoi contestez-vous la décision ?',
  textHint: 'De 20 à 10 000 caractères.',
  submitComplaint: 'Envoyer la réclamation',
  complaintReceivedTitle: 'Réclamation reçue',
  complaintAcknowledged:
    'Un accusé de réception est envoyé à votre adresse e-mail. Nous vous enverrons une réponse motivée, avec les autres voies de recours (organisme de règlement extrajudiciaire des litiges certifié, tribunaux).',

  tooLargeTitle: 'Envoi trop volumineux',
  tooLarge: (limit: string) =>
    `Votre envoi dépasse la taille maximale acceptée (${limit}). Les textes sont limités à 10 000 caractères. Revenez au formulaire et raccourcissez votre texte.`,
  tooManyTitle: "Trop d'envois",
  tooMany: (minutes: number) => `Trop d'envois depuis votre connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  notFoundTitle: 'Page introuvable',
  notFound: 'Cette référence est inconnue.',
  brokenTitle: 'Une erreur est survenue',
  broken: (id: string) => `Votre envoi n'a pas pu être traité. Réessayez plus tard (référence technique ${id}).`,
  badRequestTitle: 'Envoi illisible',
  badRequest: "Votre envoi n'a pas pu être lu. Revenez au formulaire et réessayez.",
  backToForm: 'Revenir au formulaire',
};

export type Words = typeof fr;

const en: Words = {
  skipLink: 'Skip to content',
  languageNav: 'Language',
  switchTo: 'Français',
  required: '(required)',
  optional: '(optional)',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  titlePrefixOnError: 'Error: ',
  choose: '— Choose —',
  line: (n) => `line ${n}`,
  footer: 'Kolet — a hosting service under Regulation (EU) 2022/2065, the Digital Services Act.',

  noticeTitle: 'Report illegal content',
  noticeIntro:
    'Anyone, with or without a Kolet account, can use this form to tell us about content (a customer review, for instance) they consider illegal (Digital Services Act, Article 16).',
  contentLegend: 'The content',
  category: 'Kind of illegal content',
  explanation: 'Why is this content illegal?',
  explanationHint: 'Explain your reasons precisely, in 20 to 10,000 characters.',
  locations: 'Exact location of the content',
  locationsHint: 'One item per line: the review number (for example 123) or its web address starting with https://. Up to 20 items.',
  legalGround: 'Law infringed',
  legalGroundHint: 'For example: "Law of 29 July 1881, Article 29 (defamation)", if you know it.',
  memberState: 'Country where the content is illegal',
  memberStateNone: '— None in particular —',
  youLegend: 'You',
  youHint: 'Your name and e-mail address are required, unless you report child sexual abuse material: then you may stay anonymous.',
  notifierName: 'Full name, or name of the organisation',
  notifierEmail: 'E-mail address',
  notifierEmailHint: 'We send the acknowledgement and our decision there.',
  declarationsLegend: 'Declarations',
  threatToLife: "This content suggests a threat to someone's life or safety",
  threatToLifeHint: 'We handle it first and alert the authorities when needed. In an emergency, call 112.',
  goodFaith: 'I declare in good faith that the information and allegations in this notice are accurate and complete',
  submitNotice: 'Send the notice',

  noticeReceivedTitle: 'Notice received',
  yourReference: 'Your reference',
  receivedOn: 'Received on',
  acknowledgementSent:
    'An acknowledgement with this reference is being sent to the e-mail address you gave. We will tell you our decision there.',
  noAcknowledgement: 'You gave no e-mail address: no acknowledgement is sent and we cannot tell you our decision. Keep this reference.',
  complaintRoute: 'Once informed of our decision, if you disagree, you may lodge a free complaint for 6 months with this reference:',
  complaintLink: 'contest a decision',
  anotherNotice: 'Report other content',

  complaintTitle: 'Contest a decision',
  complaintIntro:
    'The author of content we restricted, or the person who reported it to us, may contest our decision free of charge for 6 months after being informed. Someone who did not take the original decision will examine your complaint.',
  reference: 'Reference of the decision',
  referenceHint: 'The notice reference (DSA-…) or the statement of reasons id (kolet-sor-…) in our message.',
  email: 'E-mail address',
  emailHint: 'The address we wrote to.',
  name: 'Name',
  text: 'Why do you contest the decision?',
  textHint: '20 to 10,000 characters.',
  submitComplaint: 'Send the complaint',
  complaintReceivedTitle: 'Complaint received',
  complaintAcknowledged:
    'An acknowledgement is being sent to your e-mail address. We will send you a reasoned reply, with the other ways to seek redress (a certified out-of-court dispute settlement body, the courts).',

  tooLargeTitle: 'Too much text',
  tooLarge: (limit) =>
    `What you sent is larger than we accept (${limit}). Texts are limited to 10,000 characters. Go back to the form and shorten your text.`,
  tooManyTitle: 'Too many submissions',
  tooMany: (minutes) => `Too many submissions from your connection. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  notFoundTitle: 'Page not found',
  notFound: 'This reference is unknown.',
  brokenTitle: 'Something went wrong',
  broken: (id) => `We could not process what you sent. Please try again later (technical reference ${id}).`,
  badRequestTitle: 'Unreadable submission',
  badRequest: 'We could not read what you sent. Go back to the form and try again.',
  backToForm: 'Back to the form',
};

export const WORDS: Record<Lang, Words> = { fr, en };
