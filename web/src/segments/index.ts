// Stubs until the segments pages land (being written now).
export const SegmentsPage = () => null;
export const NewSegmentPage = () => null;
export const SegmentPage = () => null;
