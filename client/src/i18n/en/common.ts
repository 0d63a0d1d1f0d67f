// Fields every mutable record carries (docs/PRODUCT.md §3), spread into each resource's labels.
export const recordFields = {
  id: 'ID',
  createdAt: 'Created',
  updatedAt: 'Updated',
  version: 'Version',
};
