export { SessionProvider, useApi, useSession } from './session-context.tsx';
export { SignInPage } from './sign-in-page.tsx';
