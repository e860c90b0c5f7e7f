import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/**
 * A Fluent `Field`'s validation props from the messages about its input: an error with them all, or
 * none when there are none.
 *
 * @example
 * <Field label="Name" {...fieldMessage(problems.byField.name)}>…</Field>
 */
export function fieldMessage(messages: readonly string[] | undefined): {
  validationMessage?: string;
  validationState?: 'error';
} {
  return messages === undefined || messages.length === 0
    ? {}
    : { validationMessage: messages.join(' '), validationState: 'error' };
}

/** A form's problems that name none of its fields, as an error bar; nothing when there are none. */
export function FormProblems({ general }: { readonly general: readonly string[] }) {
  if (general.length === 0) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{general.join(' ')}</MessageBarBody>
    </MessageBar>
  );
}
