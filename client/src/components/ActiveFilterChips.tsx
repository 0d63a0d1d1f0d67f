import { Box, Button, Chip } from '@mui/material';
import { useListContext, useTranslate, type SortPayload } from 'react-admin';
import { formatEuros } from '../units.ts';
import { useLocale } from './useLocale.ts';

const OPERATORS = ['gte', 'lte', 'gt', 'lt'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

interface ActiveFilterChipsProps {
  /** The list's own filter when nothing is chosen (its `filterDefaultValues`): "Clear filters" returns to it, and it shows no chip. */
  defaults?: Record<string, unknown>;
  /** The sort "Clear filters" returns to, when the list has one. */
  sort?: SortPayload;
  /** Filters said elsewhere (e.g. by the selected tab): no chip for them. */
  except?: readonly string[] | ((filterValues: Record<string, unknown>) => readonly string[]);
  /** The enum each filter's values are labelled from (`enums.<name>.<value>`), e.g. `{ status: 'refund_status' }`. */
  enums?: Record<string, string>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every filter the list applies, as a removable chip, with "Clear filters": a filter set by a link (a
 * dashboard card) or remembered from an earlier visit is never hidden state (react-admin keeps a list's
 * last filters per resource).
 */
export const ActiveFilterChips = ({ defaults = {}, sort, except = [], enums = {} }: ActiveFilterChipsProps) => {
  const { filterValues, setFilters, displayedFilters, setSort, resource } = useListContext();
  const translate = useTranslate();
  const locale = useLocale();
  const values = filterValues as Record<string, unknown>;
  const hidden = typeof except === 'function' ? except(values) : except;
  const active = Object.entries(values).filter(
    ([key, value]) => value !== undefined && value !== '' && !hidden.includes(key) && !same(value, defaults[key]),
  );
  if (active.length === 0) return null;

  const fieldLabel = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  const valueText = (field: string, value: unknown): string => {
    if (Array.isArray(value)) return value.map((v) => valueText(field, v)).join(', ');
    if (typeof value === 'boolean' || value === 'true' || value === 'false')
      return translate(String(value) === 'true' ? 'filters.yes' : 'filters.no');
    if (typeof value === 'number' && /Cents$/.test(field)) return formatEuros(value, locale);
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      const date = new Date(value);
      return value.length === 10
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    }
    const enumName = enums[field];
    return enumName ? translate(`enums.${enumName}.${String(value)}`, { _: String(value) }) : String(value);
  };
  const chipLabel = (key: string, value: unknown): string => {
    if (key === 'q') return translate('filters.search', { value: String(value) });
    const own = translate(`resources.${resource}.fields.${key}`, { _: '' });
    const op = OPERATORS.find((o) => key.endsWith(`_${o}`));
    const field = op ? key.slice(0, -(op.length + 1)) : key;
    if (op && !own) return translate(`filters.op_${op}`, { name: fieldLabel(field), value: valueText(field, value) });
    return `${own || fieldLabel(field)}: ${valueText(field, value)}`;
  };
  const remove = (key: string) => {
    const { [key]: _removed, ...rest } = values;
    setFilters(rest, displayedFilters);
  };
  const clear = () => {
    setFilters(defaults, {});
    if (sort) setSort(sort);
  };

  return (
    <Box
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: 2, py: 1 }}
      data-testid="active-filters"
      aria-label={translate('filters.active')}
      role="region"
    >
      {active.map(([key, value]) => {
        const label = chipLabel(key, value);
        return <Chip key={key} size="small" label={label} onDelete={() => remove(key)} data-testid={`filter-chip-${key}`} />;
      })}
      <Button size="small" onClick={clear}>
        {translate('filters.clear')}
      </Button>
    </Box>
  );
};
