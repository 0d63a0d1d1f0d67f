import type { Knex } from 'knex';
import { toIso } from '../db/values.ts';

export interface EsimMove {
  fromEsimId: number | null;
  fromIccid: string | null;
  toEsimId: number;
  toIccid: string | null;
  movedAt: string;
}

/** A plan's moves to a new eSIM after a change of device (GCS §5.4), newest first; ICCIDs only for those who read eSIMs. */
export async function esimMovesOf(db: Knex, accountPlanId: number, withIccids: boolean): Promise<EsimMove[]> {
  const rows = await db('esim_moves as m')
    .leftJoin('esims as f', 'f.id', 'm.from_esim_id')
    .leftJoin('esims as t', 't.id', 'm.to_esim_id')
    .where('m.account_plan_id', accountPlanId)
    .orderBy('m.moved_at', 'desc')
    .orderBy('m.id', 'desc')
    .select('m.from_esim_id', 'm.to_esim_id', 'm.moved_at', 'f.iccid as from_iccid', 't.iccid as to_iccid');
  return rows.map((r: Record<string, unknown>) => ({
    fromEsimId: (r.from_esim_id as number | null) ?? null,
    toEsimId: r.to_esim_id as number,
    movedAt: toIso(r.moved_at)!,
    fromIccid: withIccids ? ((r.from_iccid as string | null) ?? null) : null,
    toIccid: withIccids ? ((r.to_iccid as string | null) ?? null) : null,
  }));
}
