import { describe, expect, test } from 'vitest';
import { sendableNow, transferRefusals, type TransferFacts } from '../../server/domain/transfers/transferRules.ts';

const NOW = new Date('2026-11-22T10:00:00Z');

function facts(
  over: { sender?: Partial<TransferFacts['sender']>; source?: Partial<TransferFacts['source']> } & Partial<
    Omit<TransferFacts, 'sender' | 'source'>
  > = {},
): TransferFacts {
  const { sender, source, ...rest } = over;
  return {
    sender: { id: 1, email: 'alice@gmail.com', status: 'active', ...sender },
    source: {
      id: 10,
      accountId: 1,
      origin: 'paid',
      status: 'active',
      expiresAt: '2026-12-01T00:00:00Z',
      dataRemainingMb: 5120,
      dataGiftedMb: 0,
      unlimited: false,
      dataBlocked: false,
      refundOpen: false,
      ...source,
    },
    recipientEmail: 'bob@gmail.com',
    recipient: null,
    amountGb: 2,
    senderBlocked: false,
    ...rest,
  };
}
const codes = (f: TransferFacts) => transferRefusals(f, NOW).map((r) => r.code);

describe('send data to a friend (seed 000)', () => {
  test('accepts 2 GB from an active paid plan with 5 GB left to any e-mail', () => {
    expect(codes(facts())).toEqual([]);
  });
  test('accepts data received by transfer: it counts as paid and may be sent on', () => {
    expect(codes(facts({ source: { origin: 'transfer' } }))).toEqual([]);
  });
  test('accepts a recipient who has no account yet (pending until they register)', () => {
    expect(codes(facts({ recipient: null, recipientEmail: 'newcomer@yahoo.fr' }))).toEqual([]);
  });
  test('refuses when the sender account is deactivated', () => {
    expect(codes(facts({ sender: { status: 'deactivated' } }))).toContain('account_inactive');
  });
  test('refuses a source plan that belongs to someone else', () => {
    expect(codes(facts({ source: { accountId: 2 } }))).toContain('source_not_owned');
  });
  test.each(['promo', 'welcome', 'referral_reward'] as const)('refuses free or gifted data: origin %s', (origin) => {
    expect(codes(facts({ source: { origin } }))).toContain('source_not_paid');
  });
  test.each(['pending', 'expired', 'exhausted', 'refunded', 'cancelled'])('refuses a plan that is not active: %s', (status) => {
    expect(codes(facts({ source: { status } }))).toContain('source_not_active');
  });
  test('refuses a plan whose validity ended even if not yet marked expired', () => {
    expect(codes(facts({ source: { expiresAt: '2026-11-22T09:59:59Z' } }))).toContain('source_not_active');
  });
  test('refuses a plan with less than 1 GB left (1023 MB)', () => {
    expect(codes(facts({ source: { dataRemainingMb: 1023 }, amountGb: 1 }))).toContain('insufficient_data');
  });
  test('accepts exactly 1 GB left and 1 GB sent', () => {
    expect(codes(facts({ source: { dataRemainingMb: 1024 }, amountGb: 1 }))).toEqual([]);
  });
  test('rejects a transfer of 1.5 GB: whole GB only', () => {
    expect(codes(facts({ amountGb: 1.5 }))).toContain('amount_not_whole_gb');
  });
  test.each([0, -1])('rejects %s GB: at least 1 GB', (amountGb) => {
    expect(codes(facts({ amountGb }))).toContain('amount_not_whole_gb');
  });
  test('rejects an amount that is not a number', () => {
    expect(codes(facts({ amountGb: '2' }))).toContain('amount_not_whole_gb');
  });
  test('rejects more than the whole GB remaining: 5 GB from 4.9 GB', () => {
    expect(codes(facts({ source: { dataRemainingMb: 5000 }, amountGb: 5 }))).toContain('amount_too_large');
  });
  test('accepts the whole GB remaining: 4 GB from 4.9 GB', () => {
    expect(codes(facts({ source: { dataRemainingMb: 5000 }, amountGb: 4 }))).toEqual([]);
  });
  test("refuses sending to one's own e-mail, whatever its case or spaces", () => {
    expect(codes(facts({ recipientEmail: '  Alice@GMAIL.com ' }))).toContain('self_transfer');
  });
  test.each(['bob', 'bob@', '@gmail.com', 'bob@gmail', 'b ob@gmail.com'])('refuses an invalid e-mail: %s', (recipientEmail) => {
    expect(codes(facts({ recipientEmail }))).toContain('invalid_email');
  });
  test('refuses a blocked plan or a blocked sender', () => {
    expect(codes(facts({ source: { dataBlocked: true } }))).toContain('source_blocked');
    expect(codes(facts({ senderBlocked: true }))).toContain('source_blocked');
  });
  test('refuses a recipient whose account is closed', () => {
    expect(codes(facts({ recipient: { id: 5, status: 'deactivated' } }))).toContain('recipient_inactive');
  });
  test('lists every rule broken, not only the first', () => {
    expect(codes(facts({ sender: { status: 'deactivated' }, source: { origin: 'promo' }, amountGb: 1.5 }))).toEqual([
      'account_inactive',
      'source_not_paid',
      'amount_not_whole_gb',
    ]);
  });
});

describe('only paid data is sent (seed 000: "données gratuites ou données offertes" never)', () => {
  test('a 1 GB plan with a 1 GB welcome bonus can send 1 GB, not 2', () => {
    const f = facts({ source: { dataRemainingMb: 2048, dataGiftedMb: 1024 } });
    expect(codes({ ...f, amountGb: 2 })).toEqual(['amount_too_large']);
    expect(codes({ ...f, amountGb: 1 })).toEqual([]);
  });
  test('a plan whose paid data is used up and only the bonus is left sends nothing', () => {
    expect(codes(facts({ source: { dataRemainingMb: 1500, dataGiftedMb: 1024 }, amountGb: 1 }))).toEqual([
      'insufficient_data',
      'amount_too_large',
    ]);
  });
  test('an unlimited plan sends nothing of its fair-use allowance', () => {
    expect(codes(facts({ source: { unlimited: true, dataRemainingMb: 51_200 }, amountGb: 5 }))).toEqual(['source_unlimited']);
  });
  test('nothing is sent while a refund request is open on the plan', () => {
    expect(codes(facts({ source: { refundOpen: true } }))).toEqual(['refund_pending']);
  });
});

describe('sendable now', () => {
  test('whole GB of paid data: 5,000 MB left with 1,024 MB gifted → 3 GB', () => {
    expect(sendableNow(facts({ source: { dataRemainingMb: 5000, dataGiftedMb: 1024 } }), NOW)).toEqual({ gb: 3, mb: 3072, refusal: null });
  });
  test('nothing, with the reason, from an unlimited plan, a plan under refund, or with less than 1 GB paid', () => {
    expect(sendableNow(facts({ source: { unlimited: true } }), NOW).refusal?.code).toBe('source_unlimited');
    expect(sendableNow(facts({ source: { refundOpen: true } }), NOW)).toMatchObject({ gb: 0, refusal: { code: 'refund_pending' } });
    expect(sendableNow(facts({ source: { dataRemainingMb: 1500, dataGiftedMb: 600 } }), NOW)).toMatchObject({
      gb: 0,
      refusal: { code: 'insufficient_data' },
    });
  });
});
