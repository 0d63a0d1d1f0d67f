// The catalog's shapes as the API sends them (docs/RULES.md "Countries and plans").
import type { RaRecord } from 'react-admin';
import type { PLAN_STATUSES } from '../../../../server/domain/enums.ts';

export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface Plan extends RaRecord<number> {
  countryCode: string | null;
  regionName: string | null;
  name: string;
  /** null: unlimited, with a fair-use cap. */
  dataMb: number | null;
  fairUseMb: number | null;
  validityDays: number;
  priceCents: number;
  vatRateBp: number;
  status: PlanStatus;
  promotional: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
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
