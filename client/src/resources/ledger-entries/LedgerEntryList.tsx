import { DataTable, List, NumberInput, SelectField, SelectInput } from 'react-admin';
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
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="accountPlanId" disableSort>
        <RefField source="accountPlanId" reference="account-plans" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={ledgerKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="deltaMb">
        <DataField source="deltaMb" signed />
      </DataTable.Col>
      <DataTable.Col source="balanceAfterMb" disableSort field={DataField} />
      <DataTable.Col source="giftedDeltaMb" disableSort>
        <ExactDataField source="giftedDeltaMb" signed />
      </DataTable.Col>
      <DataTable.Col source="actorKind" disableSort>
        <SelectField source="actorKind" choices={actorKindChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
