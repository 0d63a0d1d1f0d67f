import { DataTable, List, SelectField, TextField, useListContext } from 'react-admin';
import { ActiveFilterChips } from '../../components/ActiveFilterChips.tsx';
import { hideColumnsBelow } from '../../components/hideColumns.ts';
import { csvExporter } from '../../components/csvExporter.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { CommentExcerptField } from './CommentExcerptField.tsx';
import { DismissReportsButton } from './DismissReportsButton.tsx';
import { PublishedDateField } from './PublishedDateField.tsx';
import { removalGroundChoices } from './reviewChoices.ts';
import { reviewFilters } from './reviewFilters.tsx';
import { ReviewQueueTabs } from './ReviewQueueTabs.tsx';
import { DEFAULT_REVIEW_TAB, tabOfFilter } from './reviewTabs.ts';

const tabShown = (values: Record<string, unknown>) => (tabOfFilter(values) ? ['status', 'reported'] : []);
import { SeverityField } from './SeverityField.tsx';
import { StarRatingField } from './StarRatingField.tsx';
import { SAVED_QUERIES_LIST_SX, SavedQueriesAside } from '../../components/SavedQueriesAside.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';

/** The rows of the current tab: the queue shows what was reported and can be dismissed in bulk, "Removed" why and when. */
const ReviewGrid = () => {
  const { filterValues } = useListContext();
  const tab = tabOfFilter(filterValues as Record<string, unknown>)?.id;
  const reported = tab === 'reported';
  const removed = tab === 'removed';
  return (
    <DataTable
      rowClick="show"
      bulkActionButtons={reported ? <DismissReportsButton /> : false}
      sx={hideColumnsBelow('lg', ['lastReportedAt', 'publishedAt'])}
    >
      <DataTable.Col source="id" />
      <DataTable.Col source="rating" field={StarRatingField} />
      <DataTable.Col source="comment" field={CommentExcerptField} disableSort />
      <DataTable.Col source="accountId" disableSort>
        <RefField source="accountId" reference="accounts">
          <TextField source="email" />
        </RefField>
      </DataTable.Col>
      {!removed && <DataTable.NumberCol source="reportCount" />}
      {!removed && <DataTable.Col source="severity" field={SeverityField} />}
      {!removed && (
        <DataTable.Col source="lastReportedAt">
          <DateTimeField source="lastReportedAt" emptyText="—" />
        </DataTable.Col>
      )}
      {removed && (
        <DataTable.Col source="removalGround" disableSort>
          <SelectField source="removalGround" choices={removalGroundChoices} />
        </DataTable.Col>
      )}
      {removed && <DataTable.Col source="removedAt" field={DateTimeField} />}
      <DataTable.Col source="publishedAt" label="resources.reviews.fields.publishedAt" field={PublishedDateField} />
    </DataTable>
  );
};

/** The reviews moderation queue (docs/PRODUCT.md §2 "Reviews"): "Reported" first, the most severe on top. */
export const ReviewList = () => (
  <List
    pagination={<ListPagination />}
    aside={<SavedQueriesAside />}
    sx={SAVED_QUERIES_LIST_SX}
    exporter={csvExporter}
    filters={reviewFilters}
    filterDefaultValues={DEFAULT_REVIEW_TAB.filter}
    sort={DEFAULT_REVIEW_TAB.sort}
    perPage={25}
  >
    <ActiveFilterChips
      defaults={DEFAULT_REVIEW_TAB.filter}
      sort={DEFAULT_REVIEW_TAB.sort}
      except={tabShown}
      enums={{ status: 'review_status' }}
    />
    <ReviewQueueTabs />
    <ReviewGrid />
  </List>
);
