import { csvExporter } from '../../components/csvExporter.ts';
import { Button, Stack } from '@mui/material';
import { DataTable, List, SelectInput, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { GOODWILL_STATUSES } from '../../../../server/domain/enums.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

type Credit = { id: number; mb: number; status: string; reasonCode: string };

/** A second support agent confirms or refuses a credit above the four-eyes threshold (the API refuses the one who asked). */
const DecideButtons = () => {
  const record = useRecordContext<Credit>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KoletDataProvider>();
  if (!record || record.status !== 'awaiting_second_approval') return null;
  const decide = async (action: 'approve' | 'reject') => {
    try {
      await dataProvider.action('goodwill-credits', record.id, action, {}, { idempotencyKey: crypto.randomUUID() });
      notify(`resources.goodwill-credits.${action}d`, { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="outlined" onClick={() => void decide('approve')} data-testid={`goodwill-approve-${record.id}`}>
        {translate('resources.goodwill-credits.approve')}
      </Button>
      <Button size="small" color="error" onClick={() => void decide('reject')} data-testid={`goodwill-reject-${record.id}`}>
        {translate('resources.goodwill-credits.reject')}
      </Button>
    </Stack>
  );
};

export const GoodwillCreditList = () => {
  const translate = useTranslate();
  const filters = [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={GOODWILL_STATUSES.map((s) => ({ id: s, name: `enums.goodwill_status.${s}` }))}
    />,
    <ReferenceFilterInput key="accountId" source="accountId" reference="accounts" />,
  ];
  return (
    <List pagination={<ListPagination />} exporter={csvExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col source="accountId" disableSort>
          <RefField source="accountId" reference="accounts" />
        </DataTable.Col>
        <DataTable.Col source="accountPlanId" disableSort>
          <RefField source="accountPlanId" reference="account-plans" />
        </DataTable.Col>
        <DataTable.Col<Credit> source="mb" render={(r) => `${r.mb} MB`} />
        <DataTable.Col<Credit> source="reasonCode" disableSort render={(r) => translate(`enums.goodwill_reason.${r.reasonCode}`)} />
        <DataTable.Col source="transferId" disableSort>
          <RefField source="transferId" reference="transfers" />
        </DataTable.Col>
        <DataTable.Col<Credit> source="status" render={(r) => translate(`enums.goodwill_status.${r.status}`)} />
        <DataTable.Col>
          <DecideButtons />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
