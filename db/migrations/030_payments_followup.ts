import type { Knex } from 'knex';

// Payments follow-up (docs/PAYMENTS.md "Reconciliation"): finance marks a difference the reconciliation found
// between our payouts and the provider's refunds as explained, with the reason, who and when (resolved_at);
// the difference names its refund.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('payout_discrepancies', (t) => {
    // The refund the difference is about, when the reconciliation knows it (a link for finance).
    t.integer('refund_id').references('refunds.id');
    t.text('explanation');
    t.integer('explained_by_staff_id').references('staff.id');
    t.integer('version').notNullable().defaultTo(1);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('payout_discrepancies', (t) => {
    t.dropForeign(['explained_by_staff_id']);
    t.dropForeign(['refund_id']);
  });
  await knex.schema.alterTable('payout_discrepancies', (t) => {
    t.dropColumn('refund_id');
    t.dropColumn('explanation');
    t.dropColumn('explained_by_staff_id');
    t.dropColumn('version');
  });
}
