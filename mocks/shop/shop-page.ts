import type { ReceivedNotification, ShopMode } from './shop-receiver';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLUMNS = ['ordernumber', 'billnumber', 'event', 'orderstate', 'amount', 'currency', 'testmode'] as const;

/** A plain page of what the shop got, newest first, for a developer wiring a real shop. */
export function shopPage(received: readonly ReceivedNotification[], mode: ShopMode): string {
  const rows = [...received]
    .reverse()
    .map(
      (entry) =>
        '<tr>' +
        `<td>${escapeHtml(entry.receivedAt)}</td><td>${entry.format}</td>` +
        COLUMNS.map((column) => `<td>${escapeHtml(entry.fields[column] ?? '')}</td>`).join('') +
        `<td>${entry.verified ? `verified (${entry.verifiedOver})` : 'NOT verified'}</td><td>${entry.answer}</td>` +
        '</tr>',
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo shop: notifications received</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}</style>
</head><body><main><h1>Demo shop: notifications received</h1>
<p>Answer mode: <strong>${mode}</strong>. ${received.length} received. JSON: <a href="/__shop/received">/__shop/received</a>.</p>
<table><thead><tr><th>Received</th><th>Format</th>${COLUMNS.map((column) => `<th>${column}</th>`).join('')}<th>Check value</th><th>Answer</th></tr></thead>
<tbody>${rows || `<tr><td colspan="${COLUMNS.length + 4}">Nothing yet</td></tr>`}</tbody></table></main></body></html>`;
}
