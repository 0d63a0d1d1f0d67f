/** A promo code gives exactly one benefit (the API answers 422 `one_benefit` otherwise). */
export const BENEFITS = ['discountPercent', 'discountCents', 'bonusMb'] as const;
export type Benefit = (typeof BENEFITS)[number];

export const benefitChoices = BENEFITS.map((id) => ({ id, name: `resources.promo-codes.benefit.${id}` }));

/** The benefit a stored code gives (a new code: a percentage). */
export function benefitOf(record: Partial<Record<Benefit, unknown>> | undefined): Benefit {
  return BENEFITS.find((b) => record?.[b] != null && record[b] !== 0) ?? 'discountPercent';
}

/** The form's values → the API's body: the chosen benefit kept, the two others null, the UI-only choice dropped. */
export function promoTransform<T extends Record<string, unknown>>({
  benefit,
  ...data
}: T & { benefit?: unknown }): Record<string, unknown> {
  const chosen = (BENEFITS as readonly unknown[]).includes(benefit) ? (benefit as Benefit) : benefitOf(data);
  const body: Record<string, unknown> = { ...data };
  for (const b of BENEFITS) if (b !== chosen) body[b] = null;
  if (typeof body.partner === 'string' && body.partner.trim() === '') body.partner = null;
  return body;
}
