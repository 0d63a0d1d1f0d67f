// The catalog's shapes as the API sends them (docs/RULES.md "Countries and plans").
import type { RaRecord } from 'react-admin';
import type { PlansRecord } from '../../records.generated.ts';
import type { PLAN_STATUSES } from '../../../../server/domain/enums.ts';

export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A plan of the catalog as GET /api/plans sends it (client/src/records.generated.ts); `dataMb` null: unlimited, with a fair-use cap. */
export interface Plan extends PlansRecord, RaRecord<number> {
  id: number;
}

/** `POST /api/plans/price-change`: the preview (dry run) equals what the change does. */
export interface PriceChangeResult {
  applied: boolean;
  changes: { planId: number; name: string; countryCode: string | null; oldPriceCents: number; newPriceCents: number }[];
}

/** `POST /api/plans/:id/clone`. */
export interface CloneResult {
  created: Plan[];
}
