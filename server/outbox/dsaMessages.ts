// What notifiers, authors, reporters and complainants are told (DSA Art. 16(4), 16(5), 17, 20(5)), in their language.
import type { OutgoingMessage } from './outbox.ts';

export type Locale = 'fr' | 'en';
export interface Recipient {
  email: string;
  locale: Locale;
  accountId?: number | null;
}
type Words = Record<Locale, string>;

const COMPLAINT_URL = 'https://kolet.com/dsa-complaint';
const ODS_URL = 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement';

/** Art. 17(3)(f) / 20(5): every way to contest, with the reference to quote. */
export const redress = (reference: string): Words => ({
  fr: `Vous pouvez contester cette décision : (1) par une réclamation interne gratuite dans les 6 mois, sur ${COMPLAINT_URL} avec la référence ${reference} ; (2) devant un organisme de règlement extrajudiciaire des litiges certifié (liste : ${ODS_URL}) ; (3) devant les tribunaux compétents.`,
  en: `You can contest this decision: (1) with a free internal complaint within 6 months at ${COMPLAINT_URL} quoting ${reference}; (2) before a certified out-of-court dispute settlement body (list: ${ODS_URL}); (3) before the competent courts.`,
});

const automation = (detection: boolean, decision: string): Words => {
  const auto = decision !== 'AUTOMATED_DECISION_NOT_AUTOMATED';
  return {
    fr: `Moyens automatisés : ${detection ? 'la détection a été automatisée' : 'aucune détection automatisée'} ; ${auto ? 'la décision a été en partie automatisée' : 'la décision a été prise par une personne'}.`,
    en: `Automated means: ${detection ? 'the content was detected automatically' : 'no automated detection'}; ${auto ? 'the decision was partly automated' : 'the decision was taken by a person'}.`,
  };
};

function message(
  to: Recipient,
  template: string,
  related: { entity: string; id: number | string },
  dedupe: string,
  subject: Words,
  body: Words,
): OutgoingMessage {
  return {
    accountId: to.accountId ?? null,
    channel: 'email',
    to: to.email,
    template,
    locale: to.locale,
    subject: subject[to.locale],
    body: body[to.locale],
    related,
    dedupeKey: dedupe,
  };
}

export const noticeAcknowledged = (to: Recipient, noticeId: number, reference: string) =>
  message(
    to,
    'dsa_acknowledgement',
    { entity: 'dsa-notices', id: noticeId },
    `dsa-notice:${noticeId}:ack`,
    { fr: `Signalement ${reference} reçu`, en: `Notice ${reference} received` },
    {
      fr: `Nous avons bien reçu votre signalement, référence ${reference}. Nous l'examinons et vous informerons de notre décision.`,
      en: `We received your notice, reference ${reference}. We are examining it and will tell you our decision.`,
    },
  );

const DECISION_WORDS: Record<string, Words> = {
  no_action: { fr: 'après examen, nous laissons le contenu en ligne', en: 'after examination, we keep the content online' },
  visibility_restriction: { fr: 'nous avons restreint la visibilité du contenu', en: 'we restricted the visibility of the content' },
  service_suspension: {
    fr: 'nous avons retiré le contenu et suspendu le service de son auteur',
    en: "we removed the content and suspended its author's service",
  },
};

/** Art. 16(5): the notifier learns the decision, whether it was automated, and how to contest it. */
export const noticeDecided = (
  to: Recipient,
  noticeId: number,
  reference: string,
  decision: string,
  reasons: string,
  auto: { detection: boolean; decision: string },
  at: Date,
) =>
  message(
    to,
    'dsa_decision',
    { entity: 'dsa-notices', id: noticeId },
    `dsa-notice:${noticeId}:decision:${at.toISOString()}`,
    { fr: `Décision sur le signalement ${reference}`, en: `Decision on notice ${reference}` },
    {
      fr: `Décision : ${DECISION_WORDS[decision]!.fr}. Motifs : ${reasons}\n${automation(auto.detection, auto.decision).fr}\n${redress(reference).fr}`,
      en: `Decision: ${DECISION_WORDS[decision]!.en}. Reasons: ${reasons}\n${automation(auto.detection, auto.decision).en}\n${redress(reference).en}`,
    },
  );

/** Art. 17: the author receives the statement of reasons, with redress. */
export const statementToAuthor = (
  to: Recipient,
  s: {
    id: number;
    puid: string;
    measure: string;
    ground: string;
    explanation: string;
    facts: string;
    scope: string;
    until: string | null;
    automated: string;
  },
) =>
  message(
    to,
    'dsa_statement_of_reasons',
    { entity: 'statements-of-reasons', id: s.id },
    `sor:${s.puid}`,
    { fr: 'Votre avis a été restreint : exposé des motifs', en: 'Your review was restricted: statement of reasons' },
    {
      fr: `Mesure : ${s.measure} (territoire : ${s.scope}${s.until ? `, jusqu'au ${s.until}` : ', sans limite de durée'}).\nFondement : ${s.ground}\nPourquoi : ${s.explanation}\nFaits : ${s.facts}\nMoyens automatisés : ${s.automated}.\n${redress(s.puid).fr}`,
      en: `Measure: ${s.measure} (territory: ${s.scope}${s.until ? `, until ${s.until}` : ', with no end date'}).\nGround: ${s.ground}\nWhy: ${s.explanation}\nFacts: ${s.facts}\nAutomated means: ${s.automated}.\n${redress(s.puid).en}`,
    },
  );

export const reviewRestored = (to: Recipient, reviewId: number, why: string, at: Date) =>
  message(
    to,
    'review_restored',
    { entity: 'reviews', id: reviewId },
    `review:${reviewId}:restored:${at.toISOString()}`,
    { fr: 'Votre avis est de nouveau publié', en: 'Your review is published again' },
    {
      fr: `Après un nouvel examen, votre avis est de nouveau en ligne. ${why}`,
      en: `After a new examination, your review is online again. ${why}`,
    },
  );

/** Reporters are told what became of the review they reported. */
export const reportOutcome = (to: Recipient, reportId: number, outcome: 'removed' | 'kept') =>
  message(
    to,
    `review_report_${outcome}`,
    { entity: 'review-reports', id: reportId },
    `review-report:${reportId}:${outcome}`,
    { fr: "Votre signalement d'un avis", en: 'Your report of a review' },
    outcome === 'removed'
      ? {
          fr: "Merci pour votre signalement : l'avis ne respectait pas nos conditions (§8) et a été retiré.",
          en: 'Thank you for your report: the review broke our terms (§8) and was removed.',
        }
      : {
          fr: "Merci pour votre signalement : après examen, l'avis respecte nos conditions (§8) et reste publié.",
          en: 'Thank you for your report: after examination, the review complies with our terms (§8) and stays published.',
        },
  );

export const complaintAcknowledged = (to: Recipient, complaintId: number, reference: string, deadline: string) =>
  message(
    to,
    'dsa_complaint_acknowledgement',
    { entity: 'dsa-complaints', id: complaintId },
    `dsa-complaint:${complaintId}:ack`,
    { fr: `Réclamation ${reference} reçue`, en: `Complaint ${reference} received` },
    {
      fr: `Nous avons reçu votre réclamation (référence ${reference}). Une personne qui n'a pas pris la décision initiale l'examinera. Délai de réclamation : ${deadline}.`,
      en: `We received your complaint (reference ${reference}). A person other than the original decider will examine it. Complaint window: ${deadline}.`,
    },
  );

/** Art. 20(5): a reasoned reply, and the other ways to contest. */
export const complaintDecided = (to: Recipient, complaintId: number, reference: string, upheld: boolean, note: string) =>
  message(
    to,
    'dsa_complaint_decision',
    { entity: 'dsa-complaints', id: complaintId },
    `dsa-complaint:${complaintId}:decision`,
    { fr: `Réponse à votre réclamation ${reference}`, en: `Answer to your complaint ${reference}` },
    {
      fr: `${upheld ? 'Votre réclamation est fondée : nous revenons sur la décision.' : 'Après un nouvel examen, nous maintenons la décision.'} Motifs : ${note}\nVous pouvez encore saisir un organisme de règlement extrajudiciaire des litiges certifié (${ODS_URL}) ou les tribunaux.`,
      en: `${upheld ? 'Your complaint is well founded: we are reversing the decision.' : 'After a new examination, we maintain the decision.'} Reasons: ${note}\nYou can still turn to a certified out-of-court dispute settlement body (${ODS_URL}) or the courts.`,
    },
  );

/** Staff alerts: a declared threat to life at intake, an Art. 18 referral. */
export const staffAlert = (
  to: Recipient,
  template: 'dsa_threat_received' | 'dsa_escalated',
  noticeId: number,
  reference: string,
  detail: string,
  at: Date,
) =>
  message(
    to,
    template,
    { entity: 'dsa-notices', id: noticeId },
    `dsa-notice:${noticeId}:${template}:${to.email}:${at.toISOString()}`,
    template === 'dsa_threat_received'
      ? { fr: `URGENT : menace pour la vie signalée (${reference})`, en: `URGENT: threat to life reported (${reference})` }
      : { fr: `Signalement ${reference} transmis aux autorités`, en: `Notice ${reference} referred to law enforcement` },
    { fr: `${detail}\nOuvrir : /#/dsa-notices/${noticeId}/show`, en: `${detail}\nOpen: /#/dsa-notices/${noticeId}/show` },
  );
