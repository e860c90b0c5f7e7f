/** Settings › Custom fields: custom attributes and custom entities added in the app. */
import './custom-fields.css';

export { CustomFieldsPage } from './custom-fields-page.tsx';
