import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type Entity, type Schema } from '../api/index.ts';
import { useSchema } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { guessMapping, mappableAttributes } from './column-mapping.ts';
import { parseCsv, remapColumns, writeCsv } from './csv-table.ts';
import { ImportProgressView } from './import-progress.tsx';
import { ImportResultView } from './import-result.tsx';
import { uploadCsv, type ImportProgress, type ImportResult, type UploadProgress } from './upload-csv.ts';

/** A file chosen and read: its name and rows (the first is the header). */
interface ChosenFile {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

type Stage =
  | { readonly kind: 'mapping' }
  | { readonly kind: 'uploading'; readonly progress: UploadProgress }
  | { readonly kind: 'done'; readonly result: ImportResult }
  // `imported`: how far the server had got when the import stopped, if it had said.
  | { readonly kind: 'failed'; readonly error: unknown; readonly imported?: ImportProgress };

/** One Select per column of the file: the attribute it loads into, or none. */
function ColumnMapping({
  entity,
  file,
  mapping,
  onMapping,
  disabled,
}: {
  entity: Entity;
  file: ChosenFile;
  mapping: readonly string[];
  onMapping: (mapping: string[]) => void;
  disabled: boolean;
}) {
  const choices = mappableAttributes(entity);
  const sample = file.rows[1] ?? [];
  return (
    <fieldset className="import-mapping">
      <legend>Columns of {file.name}</legend>
      {(file.rows[0] ?? []).map((cell, column) => (
        <Field
          key={column}
          label={`Column “${cell}”`}
          hint={sample[column] ? `First row: ${sample[column]}` : undefined}
        >
          <Select
            value={mapping[column] ?? ''}
            disabled={disabled}
            onChange={(_event, data) => {
              onMapping(mapping.map((name, i) => (i === column ? data.value : name)));
            }}
          >
            <option value="">Do not import</option>
            {choices.map((choice) => (
              <option key={choice.name} value={choice.name}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}

function ImportForm({ schema }: { schema: Schema }) {
  const api = useApi();
  const client = useQueryClient();
  const [entityName, setEntityName] = useState('contact');
  const [file, setFile] = useState<ChosenFile>();
  const [mapping, setMapping] = useState<string[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'mapping' });
  const entity = schema.entities.find((e) => e.name === entityName) ?? schema.entities[0];
  if (entity === undefined) return <p>The schema has no entities.</p>;
  const busy = stage.kind === 'uploading';
  const rowCount = Math.max(0, (file?.rows.length ?? 0) - 1);

  const choose = async (chosen: File | undefined) => {
    setStage({ kind: 'mapping' });
    if (chosen === undefined) {
      setFile(undefined);
      return;
    }
    const rows = parseCsv(await chosen.text());
    setFile({ name: chosen.name, rows });
    setMapping(guessMapping(entity, rows[0] ?? []));
  };

  const start = async () => {
    if (file === undefined) return;
    const csv = writeCsv(remapColumns(file.rows, mapping));
    let last: UploadProgress = { sent: 0, total: csv.length };
    setStage({ kind: 'uploading', progress: last });
    try {
      const result = await uploadCsv(api, entity.name, csv, (progress) => {
        last = progress;
        setStage({ kind: 'uploading', progress });
      });
      setStage({ kind: 'done', result });
    } catch (error) {
      setStage({ kind: 'failed', error, ...(last.imported ? { imported: last.imported } : {}) });
    }
    await client.invalidateQueries({ queryKey: ['records', entity.name] });
  };

  const mapped = mapping.filter((name) => name !== '').length;
  return (
    <>
      <div className="import-choices">
        <Field label="Entity">
          <Select
            value={entity.name}
            disabled={busy}
            onChange={(_event, data) => {
              setEntityName(data.value);
              const next = schema.entities.find((e) => e.name === data.value);
              if (next && file) setMapping(guessMapping(next, file.rows[0] ?? []));
              setStage({ kind: 'mapping' });
            }}
          >
            {schema.entities.map((e) => (
              <option key={e.name} value={e.name}>
                {e.pluralDisplayName}
              </option>
            ))}
          </Select>
        </Field>
        {/* Fluent has no file picker: the browser's own, in a Fluent Field that labels it. */}
        <Field label="CSV file" className="import-file">
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          )}
        </Field>
      </div>
      {file !== undefined && (
        <>
          <ColumnMapping
            entity={entity}
            file={file}
            mapping={mapping}
            onMapping={setMapping}
            disabled={busy}
          />
          <div className="toolbar">
            <Button
              appearance="primary"
              // Off with nothing to import; while importing, off but focusable (the focus stays on it).
              disabled={!busy && (mapped === 0 || rowCount === 0)}
              disabledFocusable={busy}
              onClick={() => void start()}
            >
              {`Import ${rowCount.toLocaleString()} ${rowCount === 1 ? 'row' : 'rows'}`}
            </Button>
          </div>
        </>
      )}
      {stage.kind === 'uploading' && <ImportProgressView progress={stage.progress} rows={rowCount} />}
      {stage.kind === 'failed' && <ImportError error={stage.error} imported={stage.imported} />}
      {stage.kind === 'done' && <ImportResultView result={stage.result} />}
    </>
  );
}

/**
 * A refused file: the server's message, and each problem (a bad header names its column); or an
 * import that stopped part way, saying how many rows it had imported by then.
 */
function ImportError({ error, imported }: { error: unknown; imported: ImportProgress | undefined }) {
  const message = error instanceof Error ? error.message : String(error);
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {imported === undefined
          ? 'The file was not imported: '
          : `The import stopped after ${imported.rows.toLocaleString()} rows (${imported.created.toLocaleString()} created, ${imported.updated.toLocaleString()} updated, which stay): `}
        {message}
        {problems.length > 0 && (
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * `/import`: a CSV file for any entity, its columns mapped to attributes in the browser (the header is
 * rewritten before upload), the upload's progress and then the rows the server has imported so far,
 * and the rejected rows with their line and reason.
 */
export function ImportPage() {
  const schema = useSchema();
  return (
    <section aria-labelledby="import-title" className="import-page">
      <h1 id="import-title">Import</h1>
      <p className="muted">
        Load records from a CSV file. Its first row names the columns; choose the attribute each one fills. A
        row whose Id exists updates that record.
      </p>
      {schema.isPending && <Spinner label="Loading the schema…" />}
      {schema.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{schema.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {schema.data !== undefined && <ImportForm schema={schema.data} />}
    </section>
  );
}
