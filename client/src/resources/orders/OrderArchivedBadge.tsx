import ArchiveIcon from '@mui/icons-material/Inventory2Outlined';
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useLocale } from '../../components/useLocale.ts';

interface Retained {
  retainUntil: string | null;
}

/**
 * "Archived 10 years" on an order over 120 € incl. VAT: the law keeps it, and what is needed to
 * produce the contract, for 10 years even after the account is closed (docs/RULES.md "Accounts").
 */
export const OrderArchivedBadge = ({ order }: Partial<FieldProps> & { order?: Retained }) => {
  const record = useRecordContext<Retained & { id: number }>();
  const translate = useTranslate();
  const locale = useLocale();
  const retainUntil = (order ?? record)?.retainUntil;
  if (!retainUntil) return null;
  const until = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(retainUntil));
  return (
    <Tooltip title={translate('resources.refunds.archived.tooltip', { date: until })}>
      <Chip
        size="small"
        color="secondary"
        variant="outlined"
        icon={<ArchiveIcon />}
        label={translate('resources.refunds.archived.badge')}
        data-testid="order-archived"
      />
    </Tooltip>
  );
};
