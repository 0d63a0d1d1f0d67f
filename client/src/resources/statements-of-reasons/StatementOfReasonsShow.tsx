import { BooleanField, SelectField, Show, Tab, TabbedShowLayout, TextArrayField, TextField, UrlField } from 'react-admin';
import { DateTimeField, DayField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { TdbCodesField } from '../../components/TdbCodesField.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { automatedDecisionChoices, decisionGroundChoices, sourceTypeChoices } from './statementChoices.ts';
import { StatementSubmission } from './StatementSubmission.tsx';
import { CopyField } from '../../components/CopyField.tsx';

export const StatementOfReasonsShow = () => (
  <Show>
    <TabbedShowLayout>
      <Tab label="resources.statements-of-reasons.tabs.ground">
        <CopyField source="puid" />
        <RefField source="noticeId" reference="dsa-notices" />
        <RefField source="reviewId" reference="reviews" />
        <RefField source="accountId" reference="accounts" />
        <SelectField source="decisionGround" choices={decisionGroundChoices} />
        <UrlField source="decisionGroundReferenceUrl" />
        <TextField source="illegalContentLegalGround" />
        <TextField source="illegalContentExplanation" />
        <TextField source="incompatibleContentGround" />
        <TextField source="incompatibleContentExplanation" />
        <TextField source="incompatibleContentIllegal" />
        <TextField source="decisionFacts" />
        <SelectField source="category" choices={categoryChoices} />
        <TdbCodesField source="categoryAddition" kind="category" />
        <TdbCodesField source="categorySpecification" kind="keyword" />
      </Tab>
      <Tab label="resources.statements-of-reasons.tabs.restrictions">
        <TdbCodesField source="decisionVisibility" kind="visibility" />
        <TextField source="decisionVisibilityOther" emptyText="—" />
        <TextField source="decisionMonetary" />
        <TextField source="decisionProvision" />
        <TextField source="decisionAccount" />
        <TextField source="accountType" />
        <DayField source="applicationDate" />
        <DayField source="endDateVisibilityRestriction" />
        <DayField source="endDateMonetaryRestriction" />
        <DayField source="endDateServiceRestriction" />
        <DayField source="endDateAccountRestriction" />
      </Tab>
      <Tab label="resources.statements-of-reasons.tabs.content">
        <TextArrayField source="contentType" />
        <TextArrayField source="territorialScope" />
        <TextField source="contentLanguage" />
        <DayField source="contentDate" />
        <SelectField source="sourceType" choices={sourceTypeChoices} />
        <TextField source="sourceIdentity" />
        <BooleanField source="automatedDetection" />
        <SelectField source="automatedDecision" choices={automatedDecisionChoices} />
        <RefField source="createdByStaffId" reference="staff" />
        <DateTimeField source="createdAt" />
      </Tab>
      <Tab label="resources.statements-of-reasons.tabs.submission" path="submission">
        <StatementSubmission />
      </Tab>
    </TabbedShowLayout>
  </Show>
);
