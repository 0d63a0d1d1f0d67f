import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { API_URL } from '../../dataProvider.ts';

/** Downloads a country's plans as CSV (`GET /api/countries/:id/plans.csv`), the format the import reads back. */
export const ExportPlansButton = ({ countryCode, label = 'resources.countries.csv.export' }: { countryCode: string; label?: string }) => {
  const notify = useNotify();
  const [isPending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      const response = await fetch(`${API_URL}/countries/${encodeURIComponent(countryCode)}/plans.csv`, {
        credentials: 'same-origin',
        headers: { Accept: 'text/csv' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: `plans-${countryCode}.csv` });
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch {
      notify('resources.countries.csv.export_failed', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label={label} onClick={() => void download()} disabled={isPending}>
      <DownloadIcon />
    </Button>
  );
};
