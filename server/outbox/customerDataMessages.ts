// What customers are told about their own data: a corrected e-mail address (to both addresses),
// a goodwill data credit.
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';

/** The e-mail of the account changed: the old address learns where mail now goes, the new one that it is now the account's. */
export function emailCorrected(
  to: { accountId: number; email: string; locale: Locale },
  change: { id: number; oldEmail: string; newEmail: string },
  side: 'old' | 'new',
): OutgoingMessage {
  const text =
    side === 'old'
      ? {
          fr: {
            subject: 'Votre adresse e-mail Kolet a été modifiée',
            body: `À votre demande, le service client a remplacé l'adresse e-mail de votre compte Kolet par ${change.newEmail}. Si vous n'êtes pas à l'origine de cette demande, répondez à ce message.`,
          },
          en: {
            subject: 'Your Kolet e-mail address was changed',
            body: `As you asked, customer service replaced the e-mail address of your Kolet account with ${change.newEmail}. If you did not ask for this, reply to this message.`,
          },
        }
      : {
          fr: {
            subject: 'Votre compte Kolet utilise désormais cette adresse',
            body: `Cette adresse est désormais celle de votre compte Kolet (elle remplace ${change.oldEmail}). Les données qui vous attendaient à cette adresse sont sur votre compte.`,
          },
          en: {
            subject: 'Your Kolet account now uses this address',
            body: `This address is now the one of your Kolet account (it replaces ${change.oldEmail}). Data that was waiting for you at this address is on your account.`,
          },
        };
  return {
    accountId: to.accountId,
    channel: 'email',
    to: to.email,
    template: `email_corrected_${side}`,
    locale: to.locale,
    subject: text[to.locale].subject,
    body: text[to.locale].body,
    related: { entity: 'accounts', id: to.accountId },
    dedupeKey: `email-change:${change.id}:${side}`,
  };
}

export function goodwillCredited(
  to: { accountId: number; email: string; locale: Locale },
  credit: { id: number; mb: number; planName: string },
): OutgoingMessage {
  const size =
    credit.mb % 1024 === 0 ? `${credit.mb / 1024} ${to.locale === 'fr' ? 'Go' : 'GB'}` : `${credit.mb} ${to.locale === 'fr' ? 'Mo' : 'MB'}`;
  const text = {
    fr: {
      subject: 'Des données offertes sur votre forfait',
      body: `Pour nous excuser de la gêne occasionnée, nous vous offrons ${size} sur votre forfait ${credit.planName}. Ces données offertes ne peuvent pas être envoyées à un ami.`,
    },
    en: {
      subject: 'Data offered on your plan',
      body: `To apologise for the trouble, we have added ${size} to your ${credit.planName} plan. This gifted data cannot be sent to a friend.`,
    },
  };
  return {
    accountId: to.accountId,
    channel: 'email',
    to: to.email,
    template: 'goodwill_credited',
    locale: to.locale,
    subject: text[to.locale].subject,
    body: text[to.locale].body,
    related: { entity: 'goodwill-credits', id: credit.id },
    dedupeKey: `goodwill:${credit.id}:credited`,
  };
}
