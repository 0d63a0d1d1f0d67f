import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../client/src/i18n/en/index.ts';
import { fr } from '../../client/src/i18n/fr/index.ts';
import { createI18nProvider, loadI18nProvider, loadMessages } from '../../client/src/i18n/index.ts';
import * as enums from '../../server/domain/enums.ts';
import { RESOURCES } from '../../server/domain/permissions.ts';
import { MENU_GROUPS } from '../../client/src/layout/menuGroups.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// Which enum of server/domain/enums.ts each `enums.<name>` labels.
const LABELLED_ENUMS: Record<keyof typeof en.enums, readonly string[]> = {
  role: enums.ROLES,
  plan_status: enums.PLAN_STATUSES,
  account_status: enums.ACCOUNT_STATUSES,
  esim_status: enums.ESIM_STATUSES,
  payment_method: enums.PAYMENT_METHODS,
  channel: enums.CHANNELS,
  order_status: enums.ORDER_STATUSES,
  plan_origin: enums.PLAN_ORIGINS,
  account_plan_status: enums.ACCOUNT_PLAN_STATUSES,
  ledger_kind: enums.LEDGER_KINDS,
  actor_kind: enums.ACTOR_KINDS,
  transfer_status: enums.TRANSFER_STATUSES,
  transfer_fix_reason: enums.TRANSFER_FIX_REASONS,
  refund_status: enums.REFUND_STATUSES,
  refund_eligibility: enums.REFUND_ELIGIBILITIES,
  refund_reject_code: enums.REFUND_REJECT_CODES,
  refund_source: enums.REFUND_SOURCES,
  referral_status: enums.REFERRAL_STATUSES,
  promo_kind: enums.PROMO_KINDS,
  promo_status: enums.PROMO_STATUSES,
  redemption_status: enums.REDEMPTION_STATUSES,
  review_status: enums.REVIEW_STATUSES,
  review_removal_ground: enums.REVIEW_REMOVAL_GROUNDS,
  review_report_status: enums.REVIEW_REPORT_STATUSES,
  dsa_notice_status: enums.DSA_NOTICE_STATUSES,
  dsa_decision: enums.DSA_DECISIONS,
  dsa_complaint_status: enums.DSA_COMPLAINT_STATUSES,
  dsa_decision_ground: enums.DSA_DECISION_GROUNDS,
  dsa_source_type: enums.DSA_SOURCE_TYPES,
  dsa_automated_decision: enums.DSA_AUTOMATED_DECISIONS,
  alert_channel: enums.ALERT_CHANNELS,
  message_channel: enums.MESSAGE_CHANNELS,
  message_status: enums.MESSAGE_STATUSES,
  delivery_status: enums.DELIVERY_STATUSES,
  sms_encoding: enums.SMS_ENCODINGS,
  alert_set_by: enums.ALERT_SET_BY,
  sms_opt_out_source: enums.SMS_OPT_OUT_SOURCES,
  staff_status: enums.STAFF_STATUSES,
  audit_outcome: enums.AUDIT_OUTCOMES,
  review_report_reason: enums.REVIEW_REPORT_REASONS,
  complainant_role: enums.COMPLAINANT_ROLES,
  misuse_subject: enums.MISUSE_SUBJECTS,
  misuse_measure: enums.MISUSE_MEASURES,
  sor_submission_status: enums.SOR_SUBMISSION_STATUSES,
  sor_batch_channel: enums.SOR_BATCH_CHANNELS,
  sor_batch_status: enums.SOR_BATCH_STATUSES,
  sor_item_outcome: enums.SOR_ITEM_OUTCOMES,
  goodwill_reason: enums.GOODWILL_REASONS,
  goodwill_status: enums.GOODWILL_STATUSES,
  complaint_status: enums.CUSTOMER_COMPLAINT_STATUSES,
  complaint_channel: enums.CUSTOMER_COMPLAINT_CHANNELS,
  complaint_outcome: enums.CUSTOMER_COMPLAINT_OUTCOMES,
  notice_kind: enums.CUSTOMER_NOTICE_KINDS,
  notice_audience: enums.CUSTOMER_NOTICE_AUDIENCES,
  notice_status: enums.CUSTOMER_NOTICE_STATUSES,
  notice_recipient_status: enums.NOTICE_RECIPIENT_STATUSES,
  payout_status: enums.PAYOUT_STATUSES,
  dispute_status: enums.DISPUTE_STATUSES,
  dispute_source: enums.DISPUTE_SOURCES,
  payout_discrepancy_kind: enums.PAYOUT_DISCREPANCY_KINDS,
  provider_event_status: enums.PROVIDER_EVENT_STATUSES,
  document_kind: enums.DOCUMENT_KINDS,
  conversation_status: enums.CONVERSATION_STATUSES,
  conversation_kind: enums.CONVERSATION_KINDS,
  conversation_author: enums.CONVERSATION_AUTHORS,
};

describe('messages', () => {
  // French is a chunk of its own, fetched before the console starts in it or switches to it.
  beforeAll(() => loadMessages('fr'));

  test('French has exactly the English keys, all non-empty', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    for (const key of keys(fr))
      expect(
        key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], fr),
        key,
      ).not.toBe('');
  });

  test('every API resource has a plural name in both languages', () => {
    for (const locale of ['en', 'fr']) {
      const translate = createI18nProvider(locale).translate;
      for (const resource of RESOURCES) {
        const key = `resources.${resource}.name`;
        expect(translate(key, { smart_count: 2 }), `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  test('every value of every labelled enum has a label, and nothing else', () => {
    for (const [name, values] of Object.entries(LABELLED_ENUMS)) {
      expect(Object.keys(en.enums[name as keyof typeof en.enums]).sort(), name).toEqual([...values].sort());
    }
  });

  test('the refusals of the terms the console can meet read as sentences in both languages (issue 12)', () => {
    const codes = [
      'refund_pending',
      'source_unlimited',
      'source_not_paid',
      'insufficient_data',
      'transfer_final',
      'override_admin_only',
      'backdated_too_far',
      'amount_above_first_approval',
      'amount_above_proposal',
      'sms_needs_number',
      'welcome_already_used',
      'promo_app_only',
      'promo_needs_phone',
      'promo_needs_departure_date',
      'invalid_departure_date',
      'promo_home_market',
      'country_unavailable',
      'plan_not_installable',
      'not_the_author',
      'referral_not_first_order',
      'self_referral',
      'already_referred',
    ];
    for (const locale of ['en', 'fr']) {
      const translate = createI18nProvider(locale).translate;
      for (const code of codes) expect(translate(`errors.${code}`), `${locale} ${code}`).toMatch(/^\p{Lu}.*[.:]$/u);
    }
  });

  test('menu groups are labelled', () => {
    const translate = createI18nProvider('fr').translate;
    for (const group of MENU_GROUPS) expect(translate(`menu.${group.name}`)).not.toBe(`menu.${group.name}`);
    expect(translate('resources.dsa-notices.name', { smart_count: 2 })).toBe('Notifications DSA');
    expect(translate('ra.auth.username')).toBe('E-mail');
  });

  test('the console starts in the language chosen in the locale menu, else English', async () => {
    expect((await loadI18nProvider('fr')).translate('ra.auth.username')).toBe('E-mail');
    const english = await loadI18nProvider('en');
    expect([english.getLocale(), english.translate('ra.auth.username')]).toEqual(['en', 'E-mail']);
    expect((await loadI18nProvider('xx')).getLocale()).toBe('en'); // jsdom's navigator speaks en-US
  });

  test('the locale menu switches the provider to French', async () => {
    const provider = createI18nProvider('en');
    await provider.changeLocale('fr');
    expect([provider.getLocale(), provider.translate('ra.auth.username')]).toEqual(['fr', 'E-mail']);
  });
});
