// What customers are told about transfers, in their language (fr by default).
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';
interface Party {
  accountId: number | null;
  email: string;
  locale: Locale;
}

const gbOrMb = (mb: number, locale: Locale) => {
  const text = mb % 1024 === 0 ? `${mb / 1024} ${locale === 'fr' ? 'Go' : 'GB'}` : `${mb} ${locale === 'fr' ? 'Mo' : 'MB'}`;
  return text;
};

function message(
  to: Party,
  template: string,
  transferId: number,
  key: string,
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
    related: { entity: 'transfers', id: transferId },
    dedupeKey: `transfer:${transferId}:${key}`,
  };
}

export const transferSent = (sender: Party, transferId: number, mb: number, recipientEmail: string) =>
  message(
    sender,
    'transfer_sent',
    transferId,
    'sent',
    { fr: 'Votre envoi de data est parti', en: 'Your data is on its way' },
    { fr: `Vous avez envoyé ${gbOrMb(mb, 'fr')} à ${recipientEmail}.`, en: `You sent ${gbOrMb(mb, 'en')} to ${recipientEmail}.` },
  );

export const transferReceived = (recipient: Party, transferId: number, mb: number, senderEmail: string) =>
  message(
    recipient,
    'transfer_received',
    transferId,
    `received:${recipient.email}`,
    { fr: 'Vous avez reçu de la data', en: 'You received data' },
    {
      fr: `${senderEmail} vous a envoyé ${gbOrMb(mb, 'fr')} de data Kolet. Elle est disponible dans l'app.`,
      en: `${senderEmail} sent you ${gbOrMb(mb, 'en')} of Kolet data. It is ready in the app.`,
    },
  );

export const transferInvitation = (recipient: Party, transferId: number, mb: number, senderEmail: string) =>
  message(
    recipient,
    'transfer_invitation',
    transferId,
    `invitation:${recipient.email}`,
    { fr: 'De la data Kolet vous attend', en: 'Kolet data is waiting for you' },
    {
      fr: `${senderEmail} vous a envoyé ${gbOrMb(mb, 'fr')}. Créez votre compte Kolet avec cette adresse pour la recevoir.`,
      en: `${senderEmail} sent you ${gbOrMb(mb, 'en')}. Create your Kolet account with this address to receive it.`,
    },
  );

export const transferFixedForSender = (
  sender: Party,
  transferId: number,
  kind: 'redirect' | 'reverse',
  recoveredMb: number,
  unrecoverableMb: number,
  to: string | null,
) => {
  const lost = {
    fr: unrecoverableMb ? ` ${gbOrMb(unrecoverableMb, 'fr')} n'ont pas pu être récupérés (déjà utilisés, renvoyés ou expirés).` : '',
    en: unrecoverableMb ? ` ${gbOrMb(unrecoverableMb, 'en')} could not be recovered (already used, sent on or expired).` : '',
  };
  return message(
    sender,
    kind === 'redirect' ? 'transfer_redirected' : 'transfer_reversed',
    transferId,
    'fixed:sender',
    { fr: 'Votre envoi de data a été corrigé', en: 'Your data transfer was fixed' },
    kind === 'redirect'
      ? {
          fr: `Notre équipe a redirigé ${gbOrMb(recoveredMb, 'fr')} vers ${to}.${lost.fr}`,
          en: `Our team redirected ${gbOrMb(recoveredMb, 'en')} to ${to}.${lost.en}`,
        }
      : {
          fr: `Notre équipe vous a rendu ${gbOrMb(recoveredMb, 'fr')}.${lost.fr}`,
          en: `Our team returned ${gbOrMb(recoveredMb, 'en')} to you.${lost.en}`,
        },
  );
};

export const transferWithdrawn = (wrongRecipient: Party, transferId: number, mb: number) =>
  message(
    wrongRecipient,
    'transfer_withdrawn',
    transferId,
    'withdrawn',
    { fr: 'Data reçue par erreur', en: 'Data received by mistake' },
    {
      fr: `${gbOrMb(mb, 'fr')} de data vous avaient été envoyés par erreur ; ils ont été retirés de votre compte.`,
      en: `${gbOrMb(mb, 'en')} of data had been sent to you by mistake and were withdrawn from your account.`,
    },
  );
