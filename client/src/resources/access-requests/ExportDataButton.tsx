import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { API_URL } from '../../dataProvider.ts';
import { attachmentName } from '../../components/download.ts';

/** Builds the customer's export (a ZIP: data.json and summary.html), saves it, and marks the request answered (audited). */
export const ExportDataButton = () => {
  const record = useRecordContext<{ id: number; accountId: number }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const download = async () => {
    const res = await fetch(`${API_URL}/access-requests/${record.id}/export`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'X-Kolet-CSRF': '1' },
    });
    if (!res.ok) {
      notify('resources.access-requests.export_failed', { type: 'error' });
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = attachmentName(res.headers.get('Content-Disposition')) ?? `kolet-account-${record.accountId}-data.zip`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    refresh();
  };
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<DownloadIcon />}
      onClick={(e) => {
        e.stopPropagation();
        void download();
      }}
      data-testid={`export-data-${record.id}`}
    >
      {translate('resources.access-requests.export')}
    </Button>
  );
};
