// What customers are told about their refund requests, in their language.
import type { REFUND_REJECT_CODES } from '../domain/enums.ts';
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';
interface Customer {
  accountId: number;
  email: string;
  locale: Locale;
}

const euros = (cents: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function message(
  to: Customer,
  template: string,
  refundId: number,
  subject: Record<Locale, string>,
  body: Record<Locale, string>,
): OutgoingMessage {
  return {
    accountId: to.accountId,
    channel: 'email',
    to: to.email,
    template,
    locale: to.locale,
    subject: subject[to.locale],
    body: body[to.locale],
    related: { entity: 'refunds', id: refundId },
    dedupeKey: `refund:${refundId}:${template}`,
  };
}

export const refundReceived = (to: Customer, refundId: number, orderId: number) =>
  message(
    to,
    'refund_received',
    refundId,
    { fr: 'Nous avons reçu votre demande de remboursement', en: 'We received your refund request' },
    {
      fr: `Votre demande de remboursement pour la commande n°${orderId} est enregistrée. Nous vous répondrons sous 5 jours ouvrés.`,
      en: `Your refund request for order #${orderId} is registered. We will answer within 5 working days.`,
    },
  );

export const refundApproved = (to: Customer, refundId: number, amountCents: number) =>
  message(
    to,
    'refund_approved',
    refundId,
    { fr: 'Votre remboursement est accepté', en: 'Your refund is approved' },
    {
      fr: `Nous vous remboursons ${euros(amountCents, 'fr')} sur votre moyen de paiement d'origine, sous 30 jours au plus tard.`,
      en: `We are refunding ${euros(amountCents, 'en')} to your original payment method, within 30 days at the latest.`,
    },
  );

export const refundRejected = (to: Customer, refundId: number, why: string) =>
  message(
    to,
    'refund_rejected',
    refundId,
    { fr: 'Votre demande de remboursement', en: 'Your refund request' },
    {
      fr: `Nous ne pouvons pas rembourser cette commande : ${why}. Vous pouvez répondre à ce message pour toute question.`,
      en: `We cannot refund this order: ${why}. You can reply to this message with any question.`,
    },
  );

export const refundPaid = (to: Customer, refundId: number, amountCents: number) =>
  message(
    to,
    'refund_paid',
    refundId,
    { fr: 'Votre remboursement a été effectué', en: 'Your refund has been paid' },
    {
      fr: `${euros(amountCents, 'fr')} ont été remboursés sur votre moyen de paiement d'origine.`,
      en: `${euros(amountCents, 'en')} were refunded to your original payment method.`,
    },
  );

/** What the customer reads for each reason code; `other` uses the agent's note. Keyed by the code: a new code does not compile without its words. */
export const REJECTION_WORDS: Record<Exclude<(typeof REFUND_REJECT_CODES)[number], 'other'>, Record<Locale, string>> = {
  late_request: {
    fr: 'la demande est arrivée plus de 30 jours après la commande',
    en: 'the request came more than 30 days after the order',
  },
  data_used: { fr: 'au moins 1 % des données du forfait a été utilisé', en: "at least 1% of the plan's data was used" },
  lost_or_stolen_device: {
    fr: "la perte, le vol ou le changement d'appareil n'ouvre pas droit à remboursement",
    en: 'a lost, stolen or changed device does not give a right to a refund',
  },
  promo_order: {
    fr: 'les offres gratuites ou promotionnelles ne sont pas remboursables',
    en: 'free or promotional offers are not refundable',
  },
  duplicate: { fr: 'une autre demande couvre déjà cette commande', en: 'another request already covers this order' },
};
