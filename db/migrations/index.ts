import type { Knex } from 'knex';
import * as m001 from './001_platform.ts';
import * as m002 from './002_catalog.ts';
import * as m003 from './003_customers.ts';
import * as m004 from './004_transfers_refunds.ts';
import * as m005 from './005_referrals.ts';
import * as m006 from './006_trust_safety.ts';
import * as m007 from './007_data_ledger.ts';
import * as m008 from './008_trust_safety_workflow.ts';
import * as m010 from './010_job_leases.ts';
import * as m011 from './011_scale_indexes.ts';
import * as m012 from './012_terms_in_sequence.ts';
import * as m013 from './013_security.ts';
import * as m020 from './020_sor_submissions.ts';
import * as m021 from './021_search.ts';
import * as m022 from './022_payments.ts';
import * as m023 from './023_customer_data.ts';
import * as m024 from './024_conversations.ts';
import * as m025 from './025_sms.ts';
import * as m026 from './026_complaints_notices.ts';
import * as m027 from './027_read_performance.ts';
import * as m028 from './028_price_change_reason.ts';
import * as m029 from './029_usage_batch.ts';
import * as m030 from './030_payments_followup.ts';
import * as m031 from './031_fast_fold.ts';
import * as m032 from './032_accounts_search_together.ts';

type Migration = { up: (knex: Knex) => Promise<void>; down: (knex: Knex) => Promise<void>; config?: { transaction?: boolean } };

// Listed explicitly so that migrations run the same under tsx, Vitest and a bundle.
const migrations: Record<string, Migration> = {
  '001_platform': m001,
  '002_catalog': m002,
  '003_customers': m003,
  '004_transfers_refunds': m004,
  '005_referrals': m005,
  '006_trust_safety': m006,
  '007_data_ledger': m007,
  '008_trust_safety_workflow': m008,
  '010_job_leases': m010,
  '011_scale_indexes': m011,
  '012_terms_in_sequence': m012,
  '013_security': m013,
  '020_sor_submissions': m020,
  '021_search': m021,
  '022_payments': m022,
  '023_customer_data': m023,
  '024_conversations': m024,
  '025_sms': m025,
  '026_complaints_notices': m026,
  '027_read_performance': m027,
  '028_price_change_reason': m028,
  '029_usage_batch': m029,
  '030_payments_followup': m030,
  '031_fast_fold': m031,
  '032_accounts_search_together': m032,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};
