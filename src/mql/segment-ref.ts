/** How SEGMENT(…) names a segment: by name, or by its Dynamics id (`SEGMENT_CRM_ID_<32 hex digits>`). */
export type SegmentRef = { readonly name: string } | { readonly crmId: string };

/**
 * What a reference finds: the Segmint id of the segment it names, undefined when there is none, or
 * the ids of the segments that share the name it gives.
 */
export type SegmentResolution = string | undefined | { readonly ambiguous: readonly string[] };

/** Finds the segment a reference names. */
export type SegmentResolver = (ref: SegmentRef) => SegmentResolution;

const crmIdPattern = /^SEGMENT_CRM_ID_([0-9a-f]{32})$/i;

/**
 * Reads `SEGMENT_CRM_ID_ce97cb9dbd75ea11a811000d3a8e8fcc` as the id `ce97cb9d-bd75-ea11-a811-000d3a8e8fcc`
 * (the msdyncrm_segmentqueryname Dynamics gives a segment); any other text as a segment name.
 */
export function segmentRef(text: string): SegmentRef {
  const hex = crmIdPattern.exec(text)?.[1]?.toLowerCase();
  if (hex === undefined) return { name: text };
  return {
    crmId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  };
}
