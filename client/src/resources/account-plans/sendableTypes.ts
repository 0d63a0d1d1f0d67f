// What a plan can send now and where its data moved (GET /api/account-plans/:id/sendable, /esim-moves).
import type { TransferRefusalCode } from '../../../../server/domain/transfers/transferRules.ts';

export interface PlanSendable {
  accountPlanId: number;
  dataRemainingMb: number;
  /** The gifted part of what is left: never sendable. */
  dataGiftedMb: number;
  sendableGb: number;
  sendableMb: number;
  notSendableBecause: { code: TransferRefusalCode; message: string } | null;
}

export interface EsimMove {
  fromEsimId: number | null;
  toEsimId: number;
  movedAt: string;
  /** For support only (who reads eSIMs); else null. */
  fromIccid?: string | null;
  toIccid?: string | null;
}
