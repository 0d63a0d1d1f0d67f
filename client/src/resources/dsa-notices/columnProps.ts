/** What a Datagrid reads off a computed column (it has no single `source`): its header and how it sorts. */
export interface ColumnProps {
  label?: string;
  sortBy?: string;
  sortable?: boolean;
}
