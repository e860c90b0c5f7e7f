import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CreatedApiKey } from '../api/index.ts';
import { scopeLabels } from './scope-labels.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies `text`: through the Clipboard API where the page may use it (HTTPS or localhost), else by
 * selecting `input` and the older copy command (a server reached over plain HTTP on the network).
 */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    // The Clipboard API is missing outside secure contexts, whatever the types say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission): try the selection below.
  }
  if (input === null) return false;
  input.select();
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way without the Clipboard API
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * The secret of a key just made, shown this once with **Copy**: the API keeps only its hash, so the
 * panel says plainly that it cannot be shown again. **Done** forgets it.
 */
export function CreatedKeyPanel({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="card created-key" aria-labelledby="created-key-title">
      <h2 id="created-key-title" ref={headingRef} tabIndex={-1}>
        Key “{created.name}” created ({scopeLabels[created.scope].label.toLowerCase()} scope)
      </h2>
      <p className="created-key-warning">
        <strong>Copy the secret now: it will not be shown again.</strong> Segmint keeps only its hash. If it
        is lost, revoke the key and make a new one.
      </p>
      <Field label="Secret">
        <div className="secret-row">
          <Input
            ref={inputRef}
            className="secret-input"
            readOnly
            spellCheck={false}
            autoComplete="off"
            value={created.secret}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
          <Button
            appearance="primary"
            onClick={() => {
              void copyText(created.secret, inputRef.current).then((ok) => {
                setCopy(ok ? 'copied' : 'failed');
              });
            }}
          >
            Copy
          </Button>
        </div>
      </Field>
      <p role="status" className={copy === 'failed' ? 'error' : 'muted'}>
        {copy === 'copied' && 'Copied to the clipboard.'}
        {copy === 'failed' && 'The browser did not allow copying: select the secret and press Ctrl+C (⌘C).'}
      </p>
      <p className="muted">
        Send it as <code>Authorization: Bearer &lt;secret&gt;</code>, or sign in with it here.
      </p>
      <Button onClick={onDone}>Done</Button>
    </section>
  );
}
