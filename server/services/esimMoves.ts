import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';
import type { EsimMovesRow, EsimsRow } from '../db/rows.generated.ts';

export interface EsimMove {
  fromEsimId: number | null;
  fromIccid: string | null;
  toEsimId: number;
  toIccid: string | null;
  movedAt: string;
}

/** A move with the ICCIDs of both eSIMs (left joins: null when the eSIM row is gone). */
type EsimMoveJoinRow = Pick<EsimMovesRow, 'from_esim_id' | 'to_esim_id' | 'moved_at'> & {
  from_iccid: EsimsRow['iccid'] | null;
  to_iccid: EsimsRow['iccid'] | null;
};

/** A plan's moves to a new eSIM after a change of device (GCS §5.4), newest first; ICCIDs only for those who read eSIMs. */
export async function esimMovesOf(db: Knex, accountPlanId: number, withIccids: boolean): Promise<EsimMove[]> {
  const rows: EsimMoveJoinRow[] = await db('esim_moves as m')
    .leftJoin('esims as f', 'f.id', 'm.from_esim_id')
    .leftJoin('esims as t', 't.id', 'm.to_esim_id')
    .where('m.account_plan_id', accountPlanId)
    .orderBy('m.moved_at', 'desc')
    .orderBy('m.id', 'desc')
    .select('m.from_esim_id', 'm.to_esim_id', 'm.moved_at', 'f.iccid as from_iccid', 't.iccid as to_iccid');
  return rows.map((r) => ({
    fromEsimId: r.from_esim_id ?? null,
    toEsimId: r.to_esim_id,
    movedAt: toIso(r.moved_at)!,
    fromIccid: withIccids ? (r.from_iccid ?? null) : null,
    toIccid: withIccids ? (r.to_iccid ?? null) : null,
  }));
}
