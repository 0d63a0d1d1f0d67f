import { useCallback, type ComponentType } from 'react';
import { Pagination, useListContext, useTranslate, type PaginationProps } from 'react-admin';
import type { BoundedListMeta } from '../dataProvider.ts';
import { useLocale } from './useLocale.ts';

type RowsLabel = (rows: { from: number; to: number; count: number }) => string;
// react-admin passes its other props on to Material UI's TablePagination, this one too (its types leave it out).
const Base = Pagination as ComponentType<PaginationProps & { labelDisplayedRows: RowsLabel }>;

/**
 * react-admin's pagination, which also says how many records a bounded total stands for: past the
 * server's bound (server/rest/listTotal.ts) a list has partial pagination and `meta.totalAtLeast`,
 * read as "1–25 of more than 10,000" ("1–25 sur plus de 10 000").
 */
export function ListPagination(props: PaginationProps) {
  const { meta, hasNextPage } = useListContext();
  const translate = useTranslate();
  const locale = useLocale();
  const bound = (meta as Partial<BoundedListMeta> | undefined)?.totalAtLeast;
  const labelDisplayedRows = useCallback<RowsLabel>(
    ({ from, to, count }) => {
      const number = (n: number) => n.toLocaleString(locale);
      if (count === -1 && bound != null && hasNextPage)
        return translate('pagination.more_than', { from: number(from), to: number(to), bound: number(Math.max(bound, to)) });
      if (count === -1 && hasNextPage) return translate('ra.navigation.partial_page_range_info', { offsetBegin: from, offsetEnd: to });
      return translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count === -1 ? to : count });
    },
    [bound, hasNextPage, locale, translate],
  );
  return <Base labelDisplayedRows={labelDisplayedRows} {...props} />;
}
