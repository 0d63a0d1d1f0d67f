import { DataTable, SelectField } from 'react-admin';
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
    <DataTable.Col source="puid" disableSort />
    <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
    <DataTable.Col source="reviewId" disableSort>
      <RefField source="reviewId" reference="reviews" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="decisionGround" disableSort>
      <SelectField source="decisionGround" choices={decisionGroundChoices} />
    </DataTable.Col>
    <DataTable.Col source="category" disableSort>
      <SelectField source="category" choices={categoryChoices} />
    </DataTable.Col>
  </RelatedListCard>
);
