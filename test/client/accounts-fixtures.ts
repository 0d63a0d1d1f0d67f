// A customer 360 as GET /api/accounts/:id/overview answers it (docs/ACCOUNTS.md), for the account console's client tests.
import type { AccountOverview, OverviewPlan, UsageAlertRule } from '../../client/src/resources/accounts/accountTypes.ts';

const at = (day: string, time = '09:30:00') => `${day}T${time}.000Z`;

export const alertRule = (
  id: number,
  accountPlanId: number,
  thresholdPercent: number,
  overrides: Partial<UsageAlertRule> = {},
): UsageAlertRule => ({
  id,
  accountPlanId,
  thresholdPercent,
  channel: 'email',
  destination: null,
  enabled: true,
  firedAt: null,
  firedUsageRecordId: null,
  createdAt: at('2026-10-28'),
  updatedAt: at('2026-10-28'),
  version: 1,
  ...overrides,
});

const plan = (overrides: Partial<OverviewPlan> & Pick<OverviewPlan, 'id' | 'name'>): OverviewPlan => ({
  accountId: 116,
  orderId: null,
  origin: 'paid',
  status: 'active',
  dataTotalMb: 5120,
  dataUsedMb: 0,
  dataRemainingMb: 5120,
  dataGiftedMb: 0,
  unlimited: false,
  dataBlocked: false,
  countryCode: 'JP',
  regionName: null,
  esimId: 301,
  orderedAt: at('2026-10-28'),
  activatedAt: at('2026-11-02'),
  expiresAt: at('2026-11-17'),
  alerts: [],
  sendableGb: 0,
  notSendableBecause: 'source_not_active',
  esimMoves: [],
  ...overrides,
});

export const japan = plan({
  id: 562,
  orderId: 471,
  name: 'Japan 5 GB – 15 days',
  dataUsedMb: 1024,
  dataRemainingMb: 4096,
  alerts: [alertRule(901, 562, 90), alertRule(902, 562, 100)],
  // A welcome bonus inside the paid plan: 1 GB of the 4 GB left is gifted, 3 GB can be sent.
  dataGiftedMb: 1024,
  sendableGb: 3,
  notSendableBecause: null,
  esimMoves: [{ fromEsimId: 300, toEsimId: 301, movedAt: at('2026-11-03', '16:20:00') }],
});
export const europe = plan({
  id: 563,
  orderId: 472,
  name: 'Europe Unlimited – 7 days',
  countryCode: null,
  regionName: 'Europe',
  unlimited: true,
  dataTotalMb: null,
  dataUsedMb: 2300,
  dataRemainingMb: 0,
  expiresAt: at('2026-11-12'),
  notSendableBecause: 'source_unlimited',
});
export const usa = plan({
  id: 540,
  orderId: 455,
  name: 'USA 3 GB – 7 days',
  countryCode: 'US',
  dataTotalMb: 3072,
  dataUsedMb: 2900,
  dataRemainingMb: 172,
  dataBlocked: true,
  notSendableBecause: 'source_blocked',
  alerts: [
    alertRule(880, 540, 75, { firedAt: at('2026-10-20', '18:02:11') }),
    alertRule(881, 540, 90, { firedAt: at('2026-10-21', '07:45:00') }),
    alertRule(882, 540, 100),
  ],
});

/** Finished plans: nothing to block or watch there. */
export const finishedPlans = [
  plan({
    id: 520,
    name: 'Spain 1 GB – 7 days',
    status: 'expired',
    countryCode: 'ES',
    dataTotalMb: 1024,
    dataUsedMb: 300,
    dataRemainingMb: 724,
  }),
  plan({
    id: 521,
    name: 'Italy 1 GB – 7 days',
    status: 'exhausted',
    countryCode: 'IT',
    dataTotalMb: 1024,
    dataUsedMb: 1024,
    dataRemainingMb: 0,
  }),
  plan({ id: 522, name: 'Greece 1 GB – 7 days', status: 'refunded', countryCode: 'GR', dataTotalMb: 1024, dataRemainingMb: 1024 }),
  plan({ id: 523, name: 'Portugal 1 GB – 7 days', status: 'cancelled', countryCode: 'PT', dataTotalMb: 1024, dataRemainingMb: 1024 }),
  plan({
    id: 524,
    name: 'Croatia 1 GB – 7 days',
    status: 'expired',
    countryCode: 'HR',
    dataTotalMb: 1024,
    dataRemainingMb: 1024,
    dataBlocked: true,
  }),
];

export function supportOverview(): AccountOverview {
  return {
    account: {
      id: 116,
      email: 'camille.bernard@gmail.com',
      name: 'Camille Bernard',
      phone: '+33612345678',
      status: 'active',
      locale: 'fr',
      referralCode: 'CAMILLE7Q',
      referredByAccountId: 88,
      signupDeviceId: 'dev-7f3a9c',
      deactivatedAt: null,
      deactivationReason: null,
      dataBlocked: false,
      createdAt: at('2025-03-14'),
      updatedAt: at('2026-11-02'),
      version: 3,
    },
    masked: { email: false, phone: false, name: false },
    esims: [
      {
        id: 301,
        accountId: 116,
        iccid: '8933150319040012345',
        device: 'iPhone 15',
        deviceId: 'dev-7f3a9c',
        status: 'installed',
        installedAt: at('2026-10-28', '10:00:00'),
      },
    ],
    plans: [japan, europe, usa],
    usage: [
      { accountPlanId: 562, day: '2026-11-02', mb: 412 },
      { accountPlanId: 562, day: '2026-11-04', mb: 612 },
      { accountPlanId: 563, day: '2026-11-04', mb: 2300 },
    ],
    orders: [
      {
        id: 472,
        accountId: 116,
        amountCents: 2999,
        paymentMethod: 'apple_pay',
        paymentReference: 'pi_3JkL2svxWZse6i5Y',
        status: 'paid',
        orderedAt: at('2026-11-03'),
      },
      {
        id: 471,
        accountId: 116,
        amountCents: 2499,
        paymentMethod: 'card',
        paymentReference: 'pi_3HxG2svxWZse6i5Y',
        status: 'paid',
        orderedAt: at('2026-10-28'),
      },
    ],
    transfersSent: [
      {
        id: 58,
        senderAccountId: 116,
        recipientEmail: 'charlotte.dufour@orange.fr',
        amountMb: 1024,
        status: 'delivered',
        createdAt: at('2026-11-05'),
      },
    ],
    transfersReceived: [
      {
        id: 44,
        senderAccountId: 131,
        recipientAccountId: 116,
        recipientEmail: 'camille.bernard@gmail.com',
        amountMb: 2048,
        status: 'delivered',
        createdAt: at('2026-09-12'),
      },
    ],
    refunds: [
      {
        id: 11,
        orderId: 455,
        accountId: 116,
        status: 'rejected',
        eligibility: 'not_eligible',
        amountCents: null,
        requestedAt: at('2026-10-22'),
      },
    ],
    reviews: [
      {
        id: 77,
        accountId: 116,
        rating: 4,
        comment: 'Worked as soon as I landed in Osaka.',
        status: 'published',
        publishedAt: at('2026-11-06'),
      },
    ],
    reportsMade: [],
    dsaNotices: [],
    referrals: {
      asSponsor: [
        {
          id: 31,
          sponsorAccountId: 116,
          referredAccountId: 140,
          status: 'qualifying',
          rewardMb: 1024,
          abuseFlags: ['same_device'],
          createdAt: at('2026-10-01'),
        },
      ],
      asReferred: {
        id: 12,
        sponsorAccountId: 88,
        referredAccountId: 116,
        status: 'rewarded',
        rewardMb: 1024,
        abuseFlags: [],
        createdAt: at('2025-03-14'),
      },
    },
    promoRedemptions: [
      { id: 9, promoCodeId: 3, accountId: 116, status: 'active', abuseFlags: ['disposable_domain'], redeemedAt: at('2025-03-14') },
    ],
    blocks: [
      {
        id: 5,
        accountId: 116,
        accountPlanId: 540,
        reason: 'Card chargeback under review',
        createdByStaffId: 2,
        liftedAt: null,
        liftedByStaffId: null,
        liftReason: null,
        createdAt: at('2026-10-25'),
        updatedAt: at('2026-10-25'),
        version: 1,
      },
    ],
    messages: [
      {
        id: 152,
        accountId: 116,
        channel: 'email',
        template: 'usage_alert',
        subject: 'You have used 90 % of USA 3 GB',
        status: 'sent',
        createdAt: at('2026-10-21', '07:45:30'),
      },
      {
        id: 149,
        accountId: 116,
        channel: 'email',
        template: 'transfer_sent',
        subject: 'You sent 1 GB',
        status: 'sent',
        createdAt: at('2026-11-05'),
      },
    ],
    audit: [
      {
        id: 310,
        at: at('2026-10-25'),
        actorEmail: 'support@kolet.demo',
        action: 'account-plans.block',
        entity: 'account-plans',
        entityId: '540',
        reason: 'Card chargeback under review',
        outcome: 'success',
      },
    ],
    totals: {
      esims: 1,
      plans: 3,
      orders: 12,
      transfersSent: 1,
      transfersReceived: 1,
      refunds: 1,
      reviews: 1,
      reportsMade: 0,
      dsaNotices: 0,
      blocks: 1,
      messages: 37,
      audit: 1,
      referralsAsSponsor: 1,
      promoRedemptions: 1,
    },
  };
}

/** What a moderator receives: the id and status, a masked e-mail, no payment data (docs/ACCOUNTS.md "Masking"). */
export function moderatorOverview(): AccountOverview {
  const o = supportOverview();
  return {
    ...o,
    account: { ...o.account, email: 'c•••@gmail.com', name: null, phone: null, signupDeviceId: null },
    masked: { email: true, phone: true, name: true },
    esims: [],
    plans: [],
    usage: [],
    orders: [],
    transfersSent: [],
    transfersReceived: [],
    refunds: [],
    blocks: [],
    messages: [],
    referrals: { asSponsor: [], asReferred: null },
    promoRedemptions: [],
    reportsMade: [{ id: 4, reviewId: 70, reporterAccountId: 116, reason: 'spam', status: 'open', createdAt: at('2026-11-01') }],
    totals: { reviews: 1, reportsMade: 1, dsaNotices: 0, audit: 1 },
  };
}
