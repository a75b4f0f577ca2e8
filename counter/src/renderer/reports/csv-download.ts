// The report as CSV: fetched with the bearer token (a plain link could not send it), then saved
// from a blob. The bytes are kept as the hub wrote them, byte-order mark included, so Excel reads Thai.
import { routes } from '@oss/shared';
import { createClient } from '@oss/shared/client';

export async function downloadCsv(token: string, from: string, to: string): Promise<void> {
  const { answer: blob, response: res } = await createClient({ token: () => token }).exchange(routes.reportCsv, {
    query: { from, to },
  });
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `oss-report-${from}.csv`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
