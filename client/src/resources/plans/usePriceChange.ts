import { useRef, useState } from 'react';
import { useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { changePlanPrices } from './catalogApi.ts';
import type { PriceChangeResult } from './planTypes.ts';

/**
 * The bulk price change's two calls: a dry run for the preview, then the change itself, once,
 * with one Idempotency-Key per dialog (renewed only if what is asked changes, which the API would refuse).
 */
export function usePriceChange(planIds: number[], onDone: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('plans');
  const attempt = useRef<{ key: string; percent: number | null }>({ key: crypto.randomUUID(), percent: null });
  const [preview, setPreview] = useState<PriceChangeResult | null>(null);
  const [previewedPercent, setPreviewedPercent] = useState<number | null>(null);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (task: () => Promise<void>) => {
    setPending(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'ra.notification.http_error');
    } finally {
      setPending(false);
    }
  };

  const showPreview = (percent: number) =>
    run(async () => {
      setPreview(await changePlanPrices({ planIds, percent, dryRun: true }));
      setPreviewedPercent(percent);
    });

  const apply = () =>
    run(async () => {
      if (previewedPercent === null) return;
      if (attempt.current.percent !== null && attempt.current.percent !== previewedPercent)
        attempt.current = { key: crypto.randomUUID(), percent: null };
      attempt.current.percent = previewedPercent;
      const result = await changePlanPrices({ planIds, percent: previewedPercent, dryRun: false }, attempt.current.key);
      const changed = result.changes.filter((c) => c.newPriceCents !== c.oldPriceCents).length;
      notify('resources.plans.price_change.done', { type: 'success', messageArgs: { smart_count: changed } });
      unselectAll();
      refresh();
      onDone();
    });

  const clearPreview = () => {
    setPreview(null);
    setPreviewedPercent(null);
    setError(null);
  };
  return { preview, previewedPercent, isPending, error, showPreview, apply, clearPreview };
}
