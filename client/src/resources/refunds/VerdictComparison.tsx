import ChangedIcon from '@mui/icons-material/ChangeCircle';
import { alpha, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { VerdictRecord } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { useVerdictCellText } from './useVerdictCellText.ts';
import { verdictRows } from './verdictRows.ts';

interface VerdictComparisonProps {
  /** The facts as the customer asked (null on a request older than their recording; undefined: one column only). */
  before?: VerdictRecord | null;
  after: VerdictRecord;
  /** i18n keys of the two columns, e.g. "When asked" and "Now". */
  beforeLabel?: string;
  afterLabel: string;
  testId?: string;
  /** Only the verdict and what changed, with a button for every fact (in dialogs). */
  compact?: boolean;
}

/** The lines a compact comparison always shows. */
const ALWAYS = new Set(['eligibility', 'proposed']);

/**
 * The verdict and its facts side by side, as asked and as now (or as decided): each line that
 * changed in between is highlighted and marked, so finance sees at once what moved and why.
 */
export const VerdictComparison = ({
  before,
  after,
  beforeLabel,
  afterLabel,
  testId = 'verdict-comparison',
  compact = false,
}: VerdictComparisonProps) => {
  const translate = useTranslate();
  const [all, setAll] = useState(!compact);
  const rows = verdictRows(before ?? null, after);
  const twoColumns = before !== undefined;
  const shown = all ? rows : rows.filter((row) => row.changed || ALWAYS.has(row.key));
  const cell = useVerdictCellText();
  const { time } = useFormatters();
  const head = (label: string | undefined, record: VerdictRecord | null) => (
    <TableCell>
      {label && translate(label)}
      {record && (
        <Typography variant="caption" component="div" color="text.secondary">
          {time(record.assessedAt)}
        </Typography>
      )}
    </TableCell>
  );
  return (
    <>
      <Table size="small" data-testid={testId} sx={{ '& td, & th': { px: 1 }, '& tbody tr:last-child > *': { borderBottom: 0 } }}>
        <TableHead>
          <TableRow>
            <TableCell />
            {twoColumns && head(beforeLabel, before ?? null)}
            {head(afterLabel, after)}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map(({ key, changed }) => (
            <TableRow
              key={key}
              data-testid={`verdict-row-${key}`}
              data-changed={changed}
              sx={changed ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.14) } : undefined}
            >
              <TableCell component="th" scope="row" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                {translate(`resources.refunds.compare.rows.${key}`)}
                {changed && (
                  <ChangedIcon
                    fontSize="inherit"
                    color="warning"
                    titleAccess={translate('resources.refunds.compare.changed')}
                    sx={{ ml: 0.5, verticalAlign: 'middle' }}
                  />
                )}
              </TableCell>
              {twoColumns && <TableCell>{before ? cell(key, before) : '—'}</TableCell>}
              <TableCell sx={changed ? { fontWeight: 600 } : undefined}>{cell(key, after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length < rows.length && (
        <Button size="small" onClick={() => setAll(true)} data-testid="verdict-all-facts">
          {translate('resources.refunds.compare.all_facts', { smart_count: rows.length - shown.length })}
        </Button>
      )}
      {before === null && (
        <Typography variant="caption" color="text.secondary" data-testid="verdict-then-missing">
          {translate('resources.refunds.compare.then_missing')}
        </Typography>
      )}
    </>
  );
};
