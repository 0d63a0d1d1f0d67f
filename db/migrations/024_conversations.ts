import type { Knex } from 'knex';
import { mutableRecord } from './helpers.ts';

// The values as they were when this migration was written (docs/ARCHITECTURE.md "Changing the schema").
const CONVERSATION_STATUSES = ['new', 'waiting_us', 'waiting_customer', 'resolved'] as const;
const CONVERSATION_KINDS = ['customer', 'partner'] as const;
const CONVERSATION_CHANNELS = ['app', 'site'] as const;
const CONVERSATION_AUTHORS = ['customer', 'partner', 'staff'] as const;
const LANGUAGES = ['fr', 'en'] as const;

// The support inbox (docs/CONVERSATIONS.md): a customer's messages (GCU §6.2) or a partner's
// enquiry (GCU §6.4), grouped in conversations, claimed and answered by support.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('conversations', (t) => {
    t.increments('id');
    t.enu('kind', CONVERSATION_KINDS).notNullable();
    t.enu('channel', CONVERSATION_CHANNELS).notNullable();
    t.integer('account_id').references('accounts.id'); // null for a partner enquiry
    t.string('partner_name', 120);
    t.string('partner_company', 120);
    t.string('partner_email', 254);
    t.string('subject', 200).notNullable();
    t.enu('language', LANGUAGES).notNullable().defaultTo('fr');
    t.enu('status', CONVERSATION_STATUSES).notNullable().defaultTo('new');
    // What the customer writes about (at most one, checked by the service against the account).
    t.integer('order_id').references('orders.id');
    t.integer('account_plan_id').references('account_plans.id');
    t.integer('transfer_id').references('transfers.id');
    t.integer('claimed_by_staff_id').references('staff.id');
    t.timestamp('claimed_at', { useTz: true });
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('first_response_due_at', { useTz: true }).notNullable();
    t.timestamp('first_responded_at', { useTz: true });
    t.timestamp('last_message_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.integer('message_count').notNullable().defaultTo(0);
    mutableRecord(t);
    t.check(
      "(?? = 'customer' AND ?? IS NOT NULL) OR (?? = 'partner' AND ?? IS NOT NULL)",
      ['kind', 'account_id', 'kind', 'partner_email'],
      'conversations_kind_party',
    );
    t.index(['status', 'first_response_due_at']);
    t.index(['account_id', 'last_message_at']);
    t.index(['claimed_by_staff_id', 'status']);
    t.index(['transfer_id']);
    t.index(['order_id']);
  });

  await knex.schema.createTable('conversation_messages', (t) => {
    t.increments('id');
    t.integer('conversation_id').notNullable().references('conversations.id');
    t.enu('author', CONVERSATION_AUTHORS).notNullable();
    t.integer('staff_id').references('staff.id');
    t.text('body').notNullable(); // plain text, never rendered as HTML
    t.enu('language', LANGUAGES);
    t.string('saved_reply_id', 60); // the saved reply the agent started from (server/domain/conversations/savedReplies.ts)
    t.integer('message_id').references('messages.id'); // the e-mail that carried an answer
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['conversation_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('conversation_messages');
  await knex.schema.dropTableIfExists('conversations');
}
