// The Settings area: API keys and the audit trail (both need an admin key).
import './settings.css';

export { AuditPage } from './audit-page.tsx';
export { KeysPage } from './keys-page.tsx';
