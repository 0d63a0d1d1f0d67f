import { describe, expect, test } from 'vitest';
import { planFix, type FixFacts } from '../../server/domain/transfers/fixPlan.ts';

const NOW = new Date('2026-11-22T10:00:00Z');
const FUTURE = '2026-12-10T00:00:00Z';
const PAST = '2026-11-20T00:00:00Z';

function facts(
  over: Partial<Omit<FixFacts, 'transfer' | 'source'>> & {
    transfer?: Partial<FixFacts['transfer']>;
    source?: Partial<FixFacts['source']>;
  } = {},
): FixFacts {
  const { transfer, source, ...rest } = over;
  return {
    transfer: { id: 7, status: 'delivered', amountMb: 2048, recipientEmail: 'bob@gmial.com', ...transfer },
    sender: { id: 1, email: 'alice@gmail.com', status: 'active' },
    source: { id: 10, status: 'active', expiresAt: FUTURE, ...source },
    recipientPlan: { id: 20, dataRemainingMb: 2048, expiresAt: FUTURE },
    spent: { usedMb: 0, sentOnMb: 0, expiredMb: 0 },
    ...rest,
  };
}

describe('support fixes a mistaken transfer', () => {
  test('a pending transfer is recovered whole, back to the active source plan', () => {
    const p = planFix('reverse', facts({ transfer: { status: 'pending' }, recipientPlan: null }), NOW);
    expect(p).toMatchObject({
      recoverableMb: 2048,
      unrecoverableMb: 0,
      destination: { kind: 'source_plan', accountPlanId: 10 },
      refusal: null,
    });
  });
  test('a delivered transfer recovers only what the wrong recipient has not used', () => {
    const p = planFix(
      'reverse',
      facts({ recipientPlan: { id: 20, dataRemainingMb: 1500, expiresAt: FUTURE }, spent: { usedMb: 548, sentOnMb: 0, expiredMb: 0 } }),
      NOW,
    );
    expect(p).toMatchObject({ recoverableMb: 1500, unrecoverableMb: 548, unrecoverable: { usedMb: 548, sentOnMb: 0 } });
  });
  test('data the wrong recipient already sent on is not recovered here', () => {
    const p = planFix(
      'reverse',
      facts({ recipientPlan: { id: 20, dataRemainingMb: 1024, expiresAt: FUTURE }, spent: { usedMb: 0, sentOnMb: 1024, expiredMb: 0 } }),
      NOW,
    );
    expect(p).toMatchObject({ recoverableMb: 1024, unrecoverableMb: 1024, unrecoverable: { sentOnMb: 1024 } });
  });
  test('a reverse to a source plan that is no longer active goes to a new plan expiring as the source would have', () => {
    const p = planFix('reverse', facts({ source: { status: 'exhausted' } }), NOW);
    expect(p.destination).toEqual({ kind: 'new_plan', accountId: 1, expiresAt: FUTURE });
    expect(p.recoverableMb).toBe(2048);
  });
  test('nothing is recoverable once the source plan has expired: the data would be dead on arrival', () => {
    const p = planFix(
      'reverse',
      facts({ transfer: { status: 'pending' }, recipientPlan: null, source: { status: 'expired', expiresAt: PAST } }),
      NOW,
    );
    expect(p).toMatchObject({
      recoverableMb: 0,
      unrecoverableMb: 2048,
      unrecoverable: { expiresBeforeUseMb: 2048 },
      refusal: { kind: 'rule', code: 'nothing_recoverable' },
    });
  });
  test('everything used by the wrong recipient: nothing recoverable, and the result says so', () => {
    const p = planFix(
      'redirect',
      facts({
        recipientPlan: { id: 20, dataRemainingMb: 0, expiresAt: FUTURE },
        spent: { usedMb: 2048, sentOnMb: 0, expiredMb: 0 },
        target: { email: 'bob@gmail.com', account: null },
      }),
      NOW,
    );
    expect(p).toMatchObject({ recoverableMb: 0, unrecoverableMb: 2048, refusal: { code: 'nothing_recoverable' } });
  });
  test('a transfer already redirected or reversed cannot be fixed again (409)', () => {
    for (const status of ['redirected', 'reversed'] as const) {
      expect(planFix('reverse', facts({ transfer: { status } }), NOW).refusal).toMatchObject({
        kind: 'already_done',
        code: 'transfer_already_fixed',
      });
    }
  });
  test('a redirect to an address with an account delivers into a new plan for it', () => {
    const p = planFix('redirect', facts({ target: { email: 'Bob@Gmail.com', account: { id: 3, status: 'active' } } }), NOW);
    expect(p).toMatchObject({ recoverableMb: 2048, destination: { kind: 'new_plan', accountId: 3, expiresAt: FUTURE }, refusal: null });
  });
  test('a redirect to an address without an account waits for its registration', () => {
    const p = planFix('redirect', facts({ target: { email: 'bob@gmail.com', account: null } }), NOW);
    expect(p.destination).toEqual({ kind: 'pending_registration', email: 'bob@gmail.com', expiresAt: FUTURE });
  });
  test("a redirect to the same wrong address, the sender's own, an invalid one, or a closed account is refused", () => {
    expect(planFix('redirect', facts({ target: { email: 'BOB@gmial.com', account: null } }), NOW).refusal?.code).toBe('same_recipient');
    expect(planFix('redirect', facts({ target: { email: 'alice@gmail.com', account: null } }), NOW).refusal?.code).toBe('self_transfer');
    expect(planFix('redirect', facts({ target: { email: 'not-an-email', account: null } }), NOW).refusal?.code).toBe('invalid_email');
    expect(
      planFix('redirect', facts({ target: { email: 'bob@gmail.com', account: { id: 3, status: 'deactivated' } } }), NOW).refusal?.code,
    ).toBe('recipient_inactive');
  });
  test('a reverse to a closed sender account is refused', () => {
    const p = planFix('reverse', { ...facts(), sender: { id: 1, email: 'a@b.fr', status: 'deactivated' } }, NOW);
    expect(p.refusal?.code).toBe('account_inactive');
  });
});
