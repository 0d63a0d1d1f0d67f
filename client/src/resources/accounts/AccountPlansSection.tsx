import { DataTable, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import type { AccountOverview } from './accountTypes.ts';
import { OverviewSection } from './OverviewSection.tsx';
import { PlanActionsField } from './PlanActionsField.tsx';
import { PlanDataField } from './PlanDataField.tsx';
import { PlanNameField } from './PlanNameField.tsx';
import { PlanSendableField } from './PlanSendableField.tsx';
import { PlanStatusField } from './PlanStatusField.tsx';
import { useRoles } from './useRoles.ts';

/** Plans blocked by staff: the plan's own `block` when the API sends it, else its open block in `blocks`, else its flag. */
export function blockedPlanIds(overview: AccountOverview): Set<number> {
  const open = new Set(overview.blocks.filter((b) => b.accountPlanId !== null && !b.liftedAt).map((b) => b.accountPlanId!));
  return new Set(overview.plans.filter((p) => (p.block ? !p.block.liftedAt : false) || open.has(p.id) || p.dataBlocked).map((p) => p.id));
}

/**
 * The customer's plans: data left (bars) and its gifted part, what can be sent now or why not, moves
 * to a new eSIM, status and blocks, and support's actions on each.
 */
export const AccountPlansSection = ({ overview, onDone }: { overview: AccountOverview; onDone: () => void }) => {
  const translate = useTranslate();
  const blockedIds = blockedPlanIds(overview);
  const iccids = new Map(overview.esims.map((e) => [e.id, String(e.iccid ?? '')]));
  const { isSupport } = useRoles();
  return (
    <OverviewSection
      name="plans"
      resource="account-plans"
      data={overview.plans}
      total={overview.totals.plans}
      filter={{ accountId: overview.account.id }}
      rowClick={false}
    >
      <DataTable.Col source="name">
        <PlanNameField source="name" iccids={iccids} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <PlanStatusField source="status" blockedIds={blockedIds} />
      </DataTable.Col>
      <DataTable.Col source="dataRemainingMb" label="resources.accounts.plans.data" disableSort field={PlanDataField} />
      <DataTable.Col source="sendableGb" label="resources.accounts.plans.sendable" disableSort field={PlanSendableField} />
      <DataTable.Col source="expiresAt">
        <DateTimeField source="expiresAt" emptyText="—" />
      </DataTable.Col>
      {/* Finance reads the plans but acts on none: no empty "Support" column. */}
      {isSupport && (
        <DataTable.Col source="id" label={translate('resources.accounts.plans.actions')} disableSort>
          <PlanActionsField source="id" blockedIds={blockedIds} accountHasPhone={!!overview.account.phone} onDone={onDone} />
        </DataTable.Col>
      )}
    </OverviewSection>
  );
};
