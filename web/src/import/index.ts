/** Import: a CSV file for any entity, its columns mapped in the browser, progress and rejected rows. */
import './import.css';

export { ImportPage } from './import-page.tsx';
