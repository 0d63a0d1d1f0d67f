/** What a layout reads off a computed field (it has no single `source`): its label (a list's column carries its own). */
export interface ColumnProps {
  label?: string;
}
