import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, stubApi } from '../segments/test-providers.tsx';
import { SessionProvider } from './session-context.tsx';
import { SignInPage } from './sign-in-page.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const hint =
  'The admin key is printed by segmint serve (npm start) on its first start and kept in the file admin-token of its data directory (./data/admin-token unless --data-dir says otherwise), unless the server was given one in SEGMINT_ADMIN_TOKEN. Other keys are made on the Keys page or with segmint key create.';

function renderSignIn() {
  return render(
    <SessionProvider>
      <SignInPage />
    </SessionProvider>,
  );
}

describe('the sign-in page', () => {
  it('asks for an API key and says where the first one is before any attempt', () => {
    const api = stubApi({});
    renderSignIn();
    const field = screen.getByLabelText('API key');
    expect(field.id).toBe('admin-token');
    expect(screen.queryByText(/Admin token/)).toBeNull();
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const hintElement = document.getElementById(described[0] ?? '');
    expect(hintElement?.textContent).toBe(hint);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.calls).toHaveLength(0);
  });

  it('says a refused key is not accepted, and keeps the hint', async () => {
    const api = stubApi({
      'GET /api/schema': () => errorReply(401, 'UNAUTHORIZED', 'The bearer token is not a valid API key.'),
    });
    renderSignIn();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('API key'), 'smk_wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That key is not accepted: it is mistyped, or it was revoked.',
    );
    expect(api.callsTo('GET /api/schema')[0]?.headers.get('authorization')).toBe('Bearer smk_wrong');
    expect(screen.getByText(/The admin key is printed by/)).toBeDefined();
    expect(screen.getByLabelText('API key').getAttribute('aria-describedby')).toBe(
      'sign-in-error sign-in-hint',
    );
  });
});
