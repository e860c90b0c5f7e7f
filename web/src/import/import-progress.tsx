import { Field, ProgressBar } from '@fluentui/react-components';
import type { UploadProgress } from './upload-csv.ts';

const count = (n: number) => n.toLocaleString();

/**
 * How far an import is, in one bar: the bytes sent while the file uploads, then the rows the server
 * has written of the file's `rows` (with what became of them so far) once it reports them; between
 * the two, a bar that only says the server is at work. The words are a polite live region, so that a
 * screen reader hears the rows go by.
 */
export function ImportProgressView({ progress, rows }: { progress: UploadProgress; rows: number }) {
  const { sent, total, imported } = progress;
  let bar: { value?: number; max: number };
  let words: string;
  if (imported !== undefined) {
    bar = { value: Math.min(imported.rows, rows), max: Math.max(1, rows) };
    words =
      `${count(imported.rows)} of ${count(rows)} ${rows === 1 ? 'row' : 'rows'} imported: ` +
      `${count(imported.created)} created, ${count(imported.updated)} updated, ` +
      `${count(imported.rejected)} rejected so far.`;
  } else if (sent < total) {
    bar = { value: sent, max: Math.max(1, total) };
    words = `${Math.floor((100 * sent) / Math.max(1, total))}% sent`;
  } else {
    bar = { max: 1 };
    words = 'Sent; the server is loading the rows…';
  }
  return (
    <Field
      label="Progress"
      className="import-progress"
      validationState="none"
      validationMessage={{ role: 'status', children: words }}
    >
      <ProgressBar {...bar} />
    </Field>
  );
}
