import { Datagrid, List, NumberField, SelectField, TextField, useListContext } from 'react-admin';
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
    <Datagrid
      rowClick="show"
      bulkActionButtons={reported ? <DismissReportsButton /> : false}
      sx={hideColumnsBelow('lg', ['lastReportedAt', 'publishedAt'])}
    >
      <TextField source="id" />
      <StarRatingField source="rating" />
      <CommentExcerptField source="comment" sortable={false} />
      <RefField source="accountId" reference="accounts" sortable={false}>
        <TextField source="email" />
      </RefField>
      {!removed && <NumberField source="reportCount" />}
      {!removed && <SeverityField source="severity" />}
      {!removed && <DateTimeField source="lastReportedAt" emptyText="—" />}
      {removed && <SelectField source="removalGround" choices={removalGroundChoices} sortable={false} />}
      {removed && <DateTimeField source="removedAt" />}
      <PublishedDateField source="publishedAt" label="resources.reviews.fields.publishedAt" sortBy="publishedAt" />
    </Datagrid>
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
