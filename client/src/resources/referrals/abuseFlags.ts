import type { AbuseFlag } from '../../../../server/domain/accounts/promotions.ts';

/** The abuse flags the API sets on referrals and redemptions (docs/ACCOUNTS.md "Abuse flags"). */
export const ABUSE_FLAGS = ['same_device', 'same_payment', 'disposable_domain', 'account_cluster'] as const satisfies readonly AbuseFlag[];
