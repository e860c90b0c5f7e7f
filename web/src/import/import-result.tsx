import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ImportResult } from './upload-csv.ts';

/** What an import did: records created and updated, and every rejected row with its line and reason. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const { created, updated, rejected, rejectedCount, ignoredColumns = [] } = result;
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h2 id="import-result-title">Result</h2>
      <MessageBar intent={rejectedCount === 0 ? 'success' : 'warning'} role="status">
        <MessageBarBody>
          <MessageBarTitle>Import finished.</MessageBarTitle>
          {created.toLocaleString()} created, {updated.toLocaleString()} updated,{' '}
          {rejectedCount.toLocaleString()} rejected.
        </MessageBarBody>
      </MessageBar>
      {ignoredColumns.length > 0 && (
        <>
          <h3>Columns not read</h3>
          <ul>
            {ignoredColumns.map((c) => (
              <li key={c.column}>
                “{c.column}”: {c.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && (
        <>
          <h3>Rejected rows</h3>
          {rejected.length < rejectedCount && (
            <p className="muted">
              The first {rejected.length.toLocaleString()} of {rejectedCount.toLocaleString()} are listed.
            </p>
          )}
          <div className="table-wrap">
            <Table aria-label="Rejected rows" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Line</TableHeaderCell>
                  <TableHeaderCell>Reason</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rejected.map((row) => (
                  <TableRow key={`${row.line}-${row.reason}`}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{row.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
