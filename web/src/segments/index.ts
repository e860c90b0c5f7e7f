// The Segments area: the list, a new segment's page and a saved segment's page.
import './segments.css';

export { NewSegmentPage } from './new-segment-page.tsx';
export { SegmentPage } from './segment-page.tsx';
export { SegmentsPage } from './segments-page.tsx';
