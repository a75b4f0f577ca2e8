// The report as CSV: fetched with the bearer token (a plain link could not send it), then saved
// from a blob. The bytes are kept as the hub wrote them, byte-order mark included, so Excel reads Thai.
import { API_PREFIX, ErrorBody } from '@oss/shared';
import { ApiError } from '@oss/shared/client';

export async function downloadCsv(token: string, from: string, to: string): Promise<void> {
  const query = new URLSearchParams({ from, to });
  let res: Response;
  try {
    res = await fetch(`${API_PREFIX}/reports/summary.csv?${query.toString()}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'hub-unreachable', 'The hub cannot be reached');
  }
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(await res.json().catch(() => null));
    throw parsed.success
      ? new ApiError(res.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(res.status, 'http-error', `HTTP ${res.status}`);
  }
  const blob = await res.blob();
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
