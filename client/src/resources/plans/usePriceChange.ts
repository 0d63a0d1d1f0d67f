import { useState } from 'react';
import { useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { useKeyedAttempt, type ActionFailure } from '../../components/useIdempotentAction.ts';
import { changePlanPrices } from './catalogApi.ts';
import type { PriceChangeResult } from './planTypes.ts';

/**
 * The bulk price change's two calls: a dry run for the preview, then the change itself with its
 * reason, through useKeyedAttempt (the one Idempotency-Key rule of every dialog: the same key when
 * the same confirmation is retried, a new one once the percentage or the reason changed).
 */
export function usePriceChange(planIds: number[], onDone: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('plans');
  const [preview, setPreview] = useState<PriceChangeResult | null>(null);
  const [previewedPercent, setPreviewedPercent] = useState<number | null>(null);
  const previewAttempt = useKeyedAttempt<PriceChangeResult>((body) =>
    changePlanPrices({ ...(body as { percent: number }), planIds, dryRun: true }),
  );
  const applyAttempt = useKeyedAttempt<PriceChangeResult>((body, key) =>
    changePlanPrices({ ...(body as { percent: number; reason: string }), planIds, dryRun: false }, key),
  );

  const showPreview = async (percent: number) => {
    applyAttempt.clearFailure();
    const outcome = await previewAttempt.run({ percent });
    if (outcome.ok) {
      setPreview(outcome.data);
      setPreviewedPercent(percent);
    }
  };

  const apply = async (reason: string) => {
    if (previewedPercent === null) return;
    const outcome = await applyAttempt.run({ percent: previewedPercent, reason: reason.trim() });
    if (!outcome.ok) return;
    const changed = outcome.data.changes.filter((c) => c.newPriceCents !== c.oldPriceCents).length;
    notify('resources.plans.price_change.done', { type: 'success', messageArgs: { smart_count: changed } });
    unselectAll();
    refresh();
    onDone();
  };

  const clearPreview = () => {
    setPreview(null);
    setPreviewedPercent(null);
    previewAttempt.clearFailure();
    applyAttempt.clearFailure();
  };
  const failure: ActionFailure | null = applyAttempt.failure ?? previewAttempt.failure;
  return {
    preview,
    previewedPercent,
    isPending: previewAttempt.isPending || applyAttempt.isPending,
    failure,
    showPreview,
    apply,
    clearPreview,
  };
}
