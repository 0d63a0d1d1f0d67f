// Issuing statements of reasons (Art. 17): checked against the TDB rules before they exist,
// stored append-only, sent to the author at the moment the restriction takes effect.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { draftErrors, statementRow, type StatementDraft } from '../domain/dsa/statement.ts';
import { ruleRefused } from '../http/errors.ts';
import * as texts from '../outbox/dsaMessages.ts';
import { queueSubmission } from './sorSubmissions.ts';
import type { Ctx } from './ctx.ts';
import type { AccountsRow, StatementsOfReasonsRow } from '../db/rows.generated.ts';

/** `kolet-sor-<uuid>`: unique, never reused (the table refuses updates and deletes). */
export const newPuid = (): string => `kolet-sor-${randomUUID()}`;

/** The author we can write to, or null (an anonymised, deactivated account): then the statement records `no_contact`. */
export async function authorContact(
  trx: Knex | Knex.Transaction,
  accountId: number,
): Promise<{ email: string; locale: 'fr' | 'en'; accountId: number } | null> {
  const a: Pick<AccountsRow, 'id' | 'email' | 'locale' | 'status'> | undefined = await trx('accounts')
    .where({ id: accountId })
    .first('id', 'email', 'locale', 'status');
  if (!a || a.status !== 'active') return null;
  return { email: a.email, locale: a.locale === 'en' ? 'en' : 'fr', accountId: a.id };
}

const MEASURE: Record<string, string> = {
  DECISION_VISIBILITY_CONTENT_REMOVED: 'review removed',
  DECISION_VISIBILITY_CONTENT_DISABLED: 'review disabled (hidden)',
};

/**
 * Stores the statement (422 `tdb_invalid` when the TDB would refuse it) and queues it to the author,
 * in the caller's transaction: the restriction and its statement exist together or not at all.
 */
export async function issueStatement(ctx: Ctx, draft: Omit<StatementDraft, 'exemption'>): Promise<StatementsOfReasonsRow> {
  const contact = await authorContact(ctx.trx, draft.accountId);
  const full: StatementDraft = { ...draft, exemption: contact ? null : 'no_contact' };
  const errors = draftErrors(full);
  if (Object.keys(errors).length)
    throw ruleRefused(
      'tdb_invalid',
      `The statement of reasons would be refused by the Transparency Database: ${Object.values(errors).join('; ')}`,
      errors,
    );
  const row: StatementsOfReasonsRow = (
    await ctx.trx('statements_of_reasons').insert(statementRow(full, newPuid(), ctx.now.toISOString()), '*')
  )[0];
  // Art. 24(5): the statement waits for the submission job (or the manual export) from the moment it exists.
  await queueSubmission(ctx.trx, row.id, ctx.now);
  if (contact) {
    const measures = [
      draft.visibility ? (MEASURE[draft.visibility] ?? draft.visibility) : null,
      draft.provision ? 'your reviews are suspended' : null,
    ]
      .filter(Boolean)
      .join('; ');
    await ctx.queue(
      texts.statementToAuthor(contact, {
        id: row.id,
        puid: row.puid,
        measure: measures,
        ground:
          draft.ground === 'DECISION_GROUND_ILLEGAL_CONTENT'
            ? `illegal content — ${draft.legalGround}`
            : `our terms — ${draft.termsClause}`,
        explanation: draft.explanation,
        facts: draft.facts,
        scope: draft.territorialScope.length >= 27 ? 'EU/EEA' : draft.territorialScope.join(', '),
        until: draft.endDateService,
        automated: `${draft.automatedDetection ? 'automated detection' : 'no automated detection'}; ${draft.automatedDecision === 'AUTOMATED_DECISION_NOT_AUTOMATED' ? 'decided by a person' : 'partly automated decision'}`,
      }),
    );
  }
  return row;
}
