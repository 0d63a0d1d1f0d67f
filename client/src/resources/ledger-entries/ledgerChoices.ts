import { ACTOR_KINDS, LEDGER_KINDS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const ledgerKindChoices = enumChoices('ledger_kind', LEDGER_KINDS);
export const actorKindChoices = enumChoices('actor_kind', ACTOR_KINDS);
