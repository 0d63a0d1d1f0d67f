import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatEuros } from '../../units.ts';
import { useLocale } from '../../components/useLocale.ts';
import type { PriceChangeResult } from './planTypes.ts';

/** The dry run of a bulk price change: each plan's price now and after, exactly as the change will set it. */
export const PriceChangePreview = ({ changes }: { changes: PriceChangeResult['changes'] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string) => translate(`resources.plans.price_change.${key}`);
  return (
    <Table size="small" data-testid="price-change-preview">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.plans.fields.name')}</TableCell>
          <TableCell>{translate('resources.plans.fields.countryCode')}</TableCell>
          <TableCell align="right">{t('old_price')}</TableCell>
          <TableCell align="right">{t('new_price')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.planId} data-testid="price-change-row">
            <TableCell>
              <Link to={`/plans/${c.planId}/show`}>{c.name}</Link>
            </TableCell>
            <TableCell>{c.countryCode ?? '—'}</TableCell>
            <TableCell align="right">{formatEuros(c.oldPriceCents, locale)}</TableCell>
            <TableCell align="right" sx={{ fontWeight: c.newPriceCents !== c.oldPriceCents ? 600 : undefined }}>
              {formatEuros(c.newPriceCents, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
