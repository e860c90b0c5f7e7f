export { AppShell } from './app-shell.tsx';
