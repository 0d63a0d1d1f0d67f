// What customers are told about their data: consumption alerts (seed 002), rewards.
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';

/**
 * A consumption alert by e-mail or SMS (the SMS text stays under 160 characters). On an unlimited
 * plan it is a fair-use reminder: the customer is close to being a heavy user (seed 002).
 */
export function usageAlert(
  to: { accountId: number; address: string; channel: 'email' | 'sms'; locale: Locale },
  a: { alertId: number; planId: number; planName: string; percent: number; remainingMb: number; fairUse?: boolean },
): OutgoingMessage {
  const left = a.remainingMb >= 1024 ? `${(a.remainingMb / 1024).toFixed(1)} GB` : `${a.remainingMb} MB`;
  const text = a.fairUse
    ? {
        fr:
          a.percent >= 100
            ? `Kolet : vous avez atteint l'usage raisonnable de votre forfait illimité ${a.planName}.`
            : `Kolet : vous avez utilisé ${a.percent} % de l'usage raisonnable de votre forfait illimité ${a.planName}.`,
        en:
          a.percent >= 100
            ? `Kolet: you have reached the fair-use allowance of your unlimited ${a.planName} plan.`
            : `Kolet: you have used ${a.percent}% of the fair-use allowance of your unlimited ${a.planName} plan.`,
      }
    : {
        fr:
          a.percent >= 100
            ? `Kolet : les données de votre forfait ${a.planName} sont épuisées.`
            : `Kolet : vous avez utilisé ${a.percent} % de votre forfait ${a.planName}. Il reste ${left}.`,
        en:
          a.percent >= 100
            ? `Kolet: the data of your ${a.planName} plan is used up.`
            : `Kolet: you have used ${a.percent}% of your ${a.planName} plan. ${left} left.`,
      };
  return {
    accountId: to.accountId,
    channel: to.channel,
    to: to.address,
    template: 'usage_alert',
    locale: to.locale,
    subject: to.channel === 'sms' ? 'SMS' : text[to.locale].replace(/^Kolet ?: /, ''),
    body: text[to.locale],
    related: { entity: 'account-plans', id: a.planId },
    dedupeKey: `usage-alert:${a.alertId}:${a.percent}`,
  };
}

export function referralRewarded(
  to: { accountId: number; email: string; locale: Locale },
  referralId: number,
  mb: number,
): OutgoingMessage {
  const gb = (mb / 1024).toFixed(mb % 1024 ? 1 : 0);
  return {
    accountId: to.accountId,
    channel: 'email',
    to: to.email,
    template: 'referral_rewarded',
    locale: to.locale,
    subject: to.locale === 'fr' ? 'Votre parrainage vous rapporte des données' : 'Your referral earned you data',
    body:
      to.locale === 'fr'
        ? `Merci ! Votre filleul a profité de son premier forfait : ${gb} Go vous sont offerts.`
        : `Thank you! Your friend enjoyed their first plan: here are ${gb} GB for you.`,
    related: { entity: 'referrals', id: referralId },
    dedupeKey: `referral:${referralId}:rewarded`,
  };
}
