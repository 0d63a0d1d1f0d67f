import { DataTable, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { RelatedListCard } from '../../components/RelatedListCard.tsx';
import { categoryChoices } from '../../tdbChoices.ts';

/** The statements of reasons issued about the review (Art. 17): what its author was told, and on which notice. */
export const ReviewStatements = () => (
  <RelatedListCard
    title="resources.reviews.sections.statements"
    empty="resources.reviews.no_statements"
    reference="statements-of-reasons"
    target="reviewId"
    perPage={10}
    testId="review-statements"
  >
    <DataTable.Col source="puid" disableSort />
    <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
    <DataTable.Col source="category" disableSort>
      <SelectField source="category" choices={categoryChoices} />
    </DataTable.Col>
    <DataTable.Col source="noticeId" disableSort>
      <RefField source="noticeId" reference="dsa-notices" emptyText="—">
        <TextField source="reference" />
      </RefField>
    </DataTable.Col>
  </RelatedListCard>
);
