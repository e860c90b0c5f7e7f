/** The records pages of every entity of the schema: the list, New, and one record. */
import './records.css';
export { NewRecordPage } from './new-record-page.tsx';
export { RecordPage } from './record-page.tsx';
export { RecordsPage } from './records-page.tsx';
