/**
 * The templates extension: the built-in gallery of segment templates and the ones users save, with
 * parameters filled in to make draft segments. It uses the engine through its public face alone.
 */
export type {
  ParameterValue,
  SegmentTemplate,
  TemplateParameter,
  TemplateParameterType,
} from './segment-template.ts';
export { galleryTemplate, templateGallery } from './template-gallery.ts';
export { instantiate } from './template-instantiate.ts';
export {
  deleteTemplate,
  findTemplate,
  instantiateTemplate,
  listTemplates,
  saveTemplate,
  type SaveTemplateInput,
} from './template-library.ts';
