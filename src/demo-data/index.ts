/** The seeded generator of realistic CRM data that the benchmarks load and `segmint demo` shows. */
export { generateDataset, type DatasetOptions, type DatasetSink } from './generate-dataset.ts';
export { generatedEntities, recordId, type GeneratedEntity } from './record-ids.ts';
export { namedSizes, parseSize, sizeOf, type DatasetSize, type SizeName } from './sizes.ts';
export { Random, seedFor } from './random.ts';
