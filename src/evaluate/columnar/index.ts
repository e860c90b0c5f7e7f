/**
 * The columnar image: the records segments read held as typed arrays and dictionaries, and the
 * evaluation of a whole query over it, member for member what `isMatch` decides contact by contact.
 */
export { buildColumn, ColumnBuilder } from './build-column.ts';
export { ColumnarImage, entityTable, type EntityTable } from './columnar-image.ts';
export { evaluateColumnar, type ColumnarContext, type ColumnarMembers } from './evaluate-columnar.ts';
export { IdJsonBuilder, selectedIdsJson, tableIdJson, type TableIdJson } from './id-json.ts';
export { markIdRows } from './id-rows.ts';
export { ColumnarWorkExceeded, defaultWorkLimit, WorkMeter } from './work-meter.ts';
