import { Grid } from '@mui/material';
import { BooleanField, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LabeledCell as Cell } from '../../components/LabeledCell.tsx';
import { RefField } from '../../components/RefField.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { ClaimHolderField } from './ClaimHolderField.tsx';
import { noticeStatusChoices } from './noticeChoices.ts';
import { NoticeClockField } from './NoticeClockField.tsx';
import { NoticeFlags } from './NoticeFlags.tsx';
import { CopyField } from '../../components/CopyField.tsx';

/** The notice's facts: reference, status and flags, the 72-hour clock, who holds it, and the Art. 16(2) elements given. */
export const NoticeSummary = () => (
  <Grid container spacing={2} sx={{ mb: 2 }} data-testid="notice-summary">
    <Cell>
      <CopyField source="reference" />
    </Cell>
    <Cell>
      <SelectField source="status" choices={noticeStatusChoices} />
    </Cell>
    <Cell>
      <NoticeFlags label="resources.dsa-notices.fields.flags" />
    </Cell>
    <Cell>
      <SelectField source="category" choices={categoryChoices} />
    </Cell>
    <Cell>
      <DateTimeField source="receivedAt" />
    </Cell>
    <Cell>
      <DateTimeField source="acknowledgedAt" emptyText="—" />
    </Cell>
    <Cell>
      <DateTimeField source="decisionDueAt" />
    </Cell>
    <Cell>
      <NoticeClockField label="resources.dsa-notices.fields.clock" />
    </Cell>
    <Cell>
      <ClaimHolderField label="resources.dsa-notices.fields.lockedByStaffId" />
    </Cell>
    <Cell>
      <RefField source="trustedFlaggerId" reference="trusted-flaggers" emptyText="—" />
    </Cell>
    <Cell>
      <TextField source="legalGround" emptyText="—" />
    </Cell>
    <Cell>
      <TextField source="memberState" emptyText="—" />
    </Cell>
    <Cell>
      <BooleanField source="complete" />
    </Cell>
    <Cell>
      <BooleanField source="goodFaith" />
    </Cell>
    <Cell>
      <TextField source="language" emptyText="—" />
    </Cell>
    <Cell>
      <DateTimeField source="escalatedAt" emptyText="—" />
    </Cell>
  </Grid>
);
