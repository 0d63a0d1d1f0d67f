import { Typography } from '@mui/material';
import { DataTable, SelectField, useTranslate } from 'react-admin';
import { DataField } from '../../components/DataField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { AbuseFlagsField } from '../referrals/AbuseFlagsField.tsx';
import { AccountLinkField } from './AccountLinkField.tsx';
import type { AccountOverview } from './accountTypes.ts';
import { referralStatusChoices } from './overviewChoices.ts';
import { OverviewSection } from './OverviewSection.tsx';

/** The friends this customer brought (as sponsor), and who brought them (as referred), with abuse flags. */
export const AccountReferralsSection = ({ overview }: { overview: AccountOverview }) => {
  const translate = useTranslate();
  const raw = overview.referrals.asReferred;
  const asReferred = Array.isArray(raw) ? (raw[0] ?? null) : raw;
  const referredBy = (
    <Typography variant="body2" color="text.secondary" data-testid="referred-by">
      {asReferred
        ? translate('resources.accounts.referrals.referred_by', {
            sponsor: `#${String(asReferred.sponsorAccountId)}`,
            status: translate(`enums.referral_status.${String(asReferred.status)}`),
          })
        : translate('resources.accounts.referrals.not_referred')}
    </Typography>
  );
  return (
    <OverviewSection
      name="referrals"
      resource="referrals"
      data={overview.referrals.asSponsor}
      total={overview.totals.referralsAsSponsor}
      filter={{ sponsorAccountId: overview.account.id }}
      actions={referredBy}
    >
      <DataTable.Col source="id" />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="referredAccountId" field={AccountLinkField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={referralStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="rewardMb" field={DataField} />
      <DataTable.Col source="abuseFlags" disableSort field={AbuseFlagsField} />
    </OverviewSection>
  );
};
