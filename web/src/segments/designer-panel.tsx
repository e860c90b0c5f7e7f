import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../api/index.ts';
import { SegmentDesigner, type QueryDefinition } from '../designer/index.ts';
import { useApi } from '../session/index.ts';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { definitionOf, type SegmentDraft } from './segment-draft.ts';

interface Props {
  readonly draft: SegmentDraft;
  readonly onQuery: (query: QueryDefinition) => void;
  readonly problems: readonly Problem[];
}

/**
 * The Designer tab: the query designer, **Get estimated segment size** (counts the contacts the
 * definition selects now, without saving) and the read-only **Query (JSON)** view.
 */
export function DesignerPanel({ draft, onQuery, problems }: Props) {
  const api = useApi();
  const [estimating, setEstimating] = useState(false);
  const [estimate, setEstimate] = useState<{ count: number; of: string }>();
  const [error, setError] = useState<string>();
  const definition = definitionOf(draft);
  const json = JSON.stringify(definition);

  const getEstimate = async () => {
    setEstimating(true);
    setError(undefined);
    try {
      const { count } = await api.post('/api/segments/estimate', { body: definition });
      setEstimate({ count, of: json });
    } catch (caught) {
      setEstimate(undefined);
      setError(messageOf(caught));
    } finally {
      setEstimating(false);
    }
  };

  return (
    <div className="designer-panel">
      <SegmentDesigner query={draft.query} onChange={onQuery} problems={problems} />
      <div className="estimate">
        <Button
          onClick={() => void getEstimate()}
          // Off while it works, but it keeps the focus.
          disabledFocusable={estimating}
          aria-busy={estimating || undefined}
        >
          {estimating ? 'Estimating…' : 'Get estimated segment size'}
        </Button>
        <output aria-live="polite" className="estimate-result">
          {estimate !== undefined && (
            <>
              {estimate.count.toLocaleString()} {estimate.count === 1 ? 'contact' : 'contacts'}
              {estimate.of !== json && <span className="muted"> (before your last changes)</span>}
            </>
          )}
        </output>
      </div>
      <ErrorAlert message={error} />
      <Accordion collapsible className="query-json">
        <AccordionItem value="json">
          <AccordionHeader>Query (JSON)</AccordionHeader>
          <AccordionPanel>
            <pre tabIndex={0} aria-label="Query (JSON)">
              {JSON.stringify(definition, null, 2)}
            </pre>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
