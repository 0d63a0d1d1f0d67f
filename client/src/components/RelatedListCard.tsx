import { Card, CardContent, Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { DataTable, ReferenceManyField, useTranslate, type DataTableProps } from 'react-admin';

interface RelatedListCardProps {
  /** i18n keys of the card's title and of the line shown when there is nothing. */
  title: string;
  empty: string;
  reference: string;
  /** The field of `reference` that points at the record on screen. */
  target: string;
  perPage: number;
  rowClick?: DataTableProps['rowClick'];
  pagination?: ReactElement;
  testId: string;
  /** The columns: `DataTable.Col`s. */
  children: ReactNode;
}

/** A titled card listing the records of another resource that point at this one, newest first. */
export const RelatedListCard = ({
  title,
  empty,
  reference,
  target,
  perPage,
  rowClick = 'show',
  pagination,
  testId,
  children,
}: RelatedListCardProps) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        <ReferenceManyField
          reference={reference}
          target={target}
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={perPage}
          {...(pagination ? { pagination } : {})}
          empty={
            <Typography variant="body2" color="textSecondary">
              {translate(empty)}
            </Typography>
          }
        >
          <DataTable bulkActionButtons={false} rowClick={rowClick} data-testid={testId}>
            {children}
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};
