import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { useState } from 'react';
import { DataTable, List, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { CUSTOMER_NOTICE_STATUSES, type Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { StatusTabs } from '../../components/StatusTabs.tsx';
import { ComposeNoticeDialog } from './ComposeNoticeDialog.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

type Notice = {
  id: number;
  kind: string;
  audience: string;
  countryCode: string | null;
  status: string;
  subjectEn: string;
  recipientCount: number;
  queuedCount: number;
};

const Actions = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const [open, setOpen] = useState(false);
  if (!mayRunAction(permissions ?? [], 'customer-notices.compose')) return <TopToolbar />;
  return (
    <TopToolbar>
      <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="notice-compose-open">
        {translate('resources.customer-notices.compose.button')}
      </Button>
      {open && <ComposeNoticeDialog onClose={() => setOpen(false)} />}
    </TopToolbar>
  );
};

/** Notices to customers (GCU §10.1, GCS §10.2): drafts, those being sent in batches, those sent. */
export const NoticeList = () => {
  const translate = useTranslate();
  return (
    <List pagination={<ListPagination />} exporter={csvExporter} actions={<Actions />} sort={{ field: 'createdAt', order: 'DESC' }}>
      <StatusTabs statuses={CUSTOMER_NOTICE_STATUSES} enumName="notice_status" label="resources.customer-notices.tabs_label" />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col<Notice> source="kind" disableSort render={(r) => translate(`enums.notice_kind.${r.kind}`)} />
        <DataTable.Col source="subjectEn" disableSort />
        <DataTable.Col<Notice>
          source="audience"
          disableSort
          render={(r) => `${translate(`enums.notice_audience.${r.audience}`)}${r.countryCode ? ` (${r.countryCode})` : ''}`}
        />
        <DataTable.Col<Notice>
          source="recipientCount"
          render={(r) => (r.status === 'draft' ? '—' : `${r.queuedCount} / ${r.recipientCount}`)}
        />
        <DataTable.Col source="sentAt" field={DateTimeField} />
        <DataTable.Col<Notice> source="status" render={(r) => translate(`enums.notice_status.${r.status}`)} />
      </DataTable>
    </List>
  );
};
