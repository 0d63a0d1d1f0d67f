import { SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { RelatedListCard } from '../../components/RelatedListCard.tsx';
import { categoryChoices } from '../../tdbChoices.ts';
import { decisionGroundChoices } from './noticeChoices.ts';

/** The statements of reasons the decision issued (Art. 17), one per review restricted: what each author received. */
export const NoticeStatements = () => (
  <RelatedListCard
    title="resources.dsa-notices.sections.statements"
    empty="resources.dsa-notices.no_statements"
    reference="statements-of-reasons"
    target="noticeId"
    perPage={25}
    testId="notice-statements"
  >
    <TextField source="puid" sortable={false} />
    <DateTimeField source="createdAt" sortable={false} />
    <RefField source="reviewId" reference="reviews" sortable={false} emptyText="—" />
    <SelectField source="decisionGround" choices={decisionGroundChoices} sortable={false} />
    <SelectField source="category" choices={categoryChoices} sortable={false} />
  </RelatedListCard>
);
