// What a customer is told about their written complaint (GCU §14, GCS §14, §18): it was received and
// when to expect the answer; the answer; and, when they are not satisfied, the consumer mediator.
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';
type To = { accountId: number; email: string; locale: Locale };

const message = (
  to: To,
  template: string,
  id: number,
  step: string,
  text: Record<Locale, { subject: string; body: string }>,
): OutgoingMessage => ({
  accountId: to.accountId,
  channel: 'email',
  to: to.email,
  template,
  locale: to.locale,
  subject: text[to.locale].subject,
  body: text[to.locale].body,
  related: { entity: 'customer-complaints', id },
  dedupeKey: `complaint:${id}:${step}`,
});

const day = (at: Date, locale: Locale) =>
  at.toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });

export function complaintAcknowledged(to: To, c: { id: number; subject: string; dueAt: Date }): OutgoingMessage {
  return message(to, 'complaint_acknowledged', c.id, 'acknowledged', {
    fr: {
      subject: `Nous avons bien reçu votre réclamation n° ${c.id}`,
      body: `Votre réclamation « ${c.subject} » est enregistrée sous le n° ${c.id}. Notre service client vous répondra par écrit au plus tard le ${day(c.dueAt, 'fr')}.`,
    },
    en: {
      subject: `We have received your complaint no. ${c.id}`,
      body: `Your complaint "${c.subject}" is registered as no. ${c.id}. Our customer service will answer you in writing by ${day(c.dueAt, 'en')} at the latest.`,
    },
  });
}

export function complaintAnswered(to: To, c: { id: number; answer: string }): OutgoingMessage {
  return message(to, 'complaint_answered', c.id, 'answered', {
    fr: {
      subject: `Réponse à votre réclamation n° ${c.id}`,
      body: `${c.answer}\n\nSi cette réponse ne vous satisfait pas, dites-le-nous en répondant à ce message : nous vous indiquerons comment saisir le médiateur de la consommation.`,
    },
    en: {
      subject: `Our answer to your complaint no. ${c.id}`,
      body: `${c.answer}\n\nIf this answer does not satisfy you, tell us by replying to this message: we will tell you how to refer the dispute to the consumer mediator.`,
    },
  });
}

export function mediatorReferral(to: To, c: { id: number; mediator: string }): OutgoingMessage {
  return message(to, 'complaint_mediator', c.id, 'mediator', {
    fr: {
      subject: `Votre réclamation n° ${c.id} : le médiateur de la consommation`,
      body: `Vous nous avez dit ne pas être satisfait de notre réponse à votre réclamation n° ${c.id}. Vous pouvez soumettre gratuitement le litige au médiateur de la consommation dont Kolet relève (article L.616-1 du Code de la consommation) :\n\n${c.mediator}\n\nJoignez à votre demande la copie de votre réclamation écrite et de notre réponse. La médiation n'est pas obligatoire : chacune des parties peut s'en retirer à tout moment.`,
    },
    en: {
      subject: `Your complaint no. ${c.id}: the consumer mediator`,
      body: `You told us our answer to your complaint no. ${c.id} does not satisfy you. You may refer the dispute, free of charge, to the consumer mediator Kolet belongs to (French Consumer Code, article L.616-1):\n\n${c.mediator}\n\nInclude a copy of your written complaint and of our answer. Mediation is not compulsory: either party may withdraw at any time.`,
    },
  });
}
