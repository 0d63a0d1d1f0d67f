import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFromApi } from '../components/download.ts';
import type { ReportPeriod } from './reportTypes.ts';
import { reportQuery } from './useTransparencyReport.ts';

/** The report as a file: JSON (machine-readable, Art. 15(1)) or CSV, one line per figure (`&format=csv`). */
export const ReportDownloads = ({ period, disabled }: { period: ReportPeriod; disabled: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState<'json' | 'csv' | null>(null);
  const download = async (format: 'json' | 'csv') => {
    setPending(format);
    try {
      const path = format === 'csv' ? `${reportQuery(period)}&format=csv` : reportQuery(period);
      await downloadFromApi(path, `kolet-transparency-${period.from}-${period.to}.${format}`);
    } catch {
      notify('dsa_transparency.download_failed', { type: 'error' });
    } finally {
      setPending(null);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      {(['json', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="outlined"
          sx={{ whiteSpace: 'nowrap' }}
          startIcon={<DownloadIcon />}
          disabled={disabled || pending !== null}
          onClick={() => void download(format)}
          data-testid={`report-download-${format}`}
        >
          {translate(`dsa_transparency.download_${format}`)}
        </Button>
      ))}
    </Stack>
  );
};
