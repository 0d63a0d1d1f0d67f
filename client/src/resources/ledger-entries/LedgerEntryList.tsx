import { Datagrid, List, NumberInput, SelectField, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../../components/csvExporter.ts';
import { DataField } from '../../components/DataField.tsx';
import { ExactDataField } from '../../components/ExactDataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { actorKindChoices, ledgerKindChoices } from './ledgerChoices.ts';
import { ListPagination } from '../../components/ListPagination.tsx';

const ledgerFilters = [
  <NumberInput key="accountPlanId" source="accountPlanId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={ledgerKindChoices} />,
  <SelectInput key="actorKind" source="actorKind" choices={actorKindChoices} />,
];

// Append-only: a plan's remaining data is the sum of its entries (docs/RULES.md "data ledger").
export const LedgerEntryList = () => (
  <List pagination={<ListPagination />} exporter={csvExporter} filters={ledgerFilters} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="createdAt" />
      <RefField source="accountPlanId" reference="account-plans" sortable={false} />
      <SelectField source="kind" choices={ledgerKindChoices} />
      <DataField source="deltaMb" signed />
      <DataField source="balanceAfterMb" sortable={false} />
      <ExactDataField source="giftedDeltaMb" signed sortable={false} />
      <SelectField source="actorKind" choices={actorKindChoices} sortable={false} />
    </Datagrid>
  </List>
);
