import { Chip, Stack, Typography } from '@mui/material';
import {
  Link,
  ReferenceManyField,
  useCreatePath,
  useGetRecordRepresentation,
  useListContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { Transfer } from './transferTypes.ts';

const CorrectionChips = () => {
  const { data, isPending } = useListContext<Transfer>();
  const createPath = useCreatePath();
  const represent = useGetRecordRepresentation('transfers');
  const translate = useTranslate();
  if (isPending) return null;
  if (!data?.length)
    return (
      <Typography component="span" variant="body2">
        {translate('resources.transfers.summary.no_corrections')}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {data.map((correction) => (
        <Chip
          key={correction.id}
          size="small"
          clickable
          component={Link}
          to={createPath({ resource: 'transfers', id: correction.id, type: 'show' })}
          label={String(represent(correction))}
          data-testid="correction-link"
        />
      ))}
    </Stack>
  );
};

/** The transfers that correct this one (a redirect makes one), linked both ways with `correctsTransferId`. */
export const TransferCorrectionsField = (_props: FieldProps<Transfer>) => (
  <ReferenceManyField reference="transfers" target="correctsTransferId" sort={{ field: 'id', order: 'ASC' }} perPage={10}>
    <CorrectionChips />
  </ReferenceManyField>
);
