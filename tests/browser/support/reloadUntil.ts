import type { Page } from 'playwright-core';

/** Reloads until the check passes: lists read Temporal's visibility and the record, both a moment behind. */
export async function reloadUntil(
  page: Page,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.waitForLoadState('networkidle');
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('the page never showed what was expected');
    await page.waitForTimeout(500);
    await page.reload();
  }
}
