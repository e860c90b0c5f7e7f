import { useState } from 'react';
import { useApi } from '../session/index.ts';

async function failureMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not JSON: say what the status was.
  }
  return `The export failed (${response.status} ${response.statusText}). Try again; if it keeps failing, check the server.`;
}

/** Saves `blob` as a download named `filename`, through a Blob URL and a transient `<a download>`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; give them a moment.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}

/**
 * **Export to CSV**: every member of the segment as `members.csv`. The route needs the bearer token,
 * which a plain link cannot send, so the file is fetched, then handed to the browser as a Blob.
 */
export function useMemberExport(segmentId: string) {
  const api = useApi();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string>();

  const exportCsv = async () => {
    setExporting(true);
    setError(undefined);
    try {
      const response = await fetch(api.url(`/api/segments/${encodeURIComponent(segmentId)}/members.csv`), {
        headers: api.headers(),
      });
      if (!response.ok) {
        setError(await failureMessage(response));
        return;
      }
      download(await response.blob(), 'members.csv');
    } catch {
      setError('The Segmint server cannot be reached. Check that it is running, then export again.');
    } finally {
      setExporting(false);
    }
  };

  return { exportCsv, exporting, error };
}
