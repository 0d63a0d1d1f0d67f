import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps, type Identifier } from 'react-admin';
import { StaffNameText } from '../../components/StaffName.tsx';

/** Who set a price: the staff member's name (the staff directory, every role), or "System". */
export const ChangedByField = (props: FieldProps) => {
  const value: unknown = useFieldValue({ ...props, source: props.source ?? 'changedByStaffId' });
  const translate = useTranslate();
  if (value === null || value === undefined) {
    return (
      <Typography component="span" variant="body2">
        {translate('resources.plan-prices.system')}
      </Typography>
    );
  }
  return <StaffNameText id={value as Identifier} />;
};
