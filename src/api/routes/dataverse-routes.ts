import type { ApiPlugin } from '../api-plugin.ts';
import { dataverseFetchRoutes } from './dataverse-fetch-routes.ts';
import { dataverseMemberRoutes } from './dataverse-member-routes.ts';
import { dataverseSegmentRoutes } from './dataverse-segment-routes.ts';
import { dataverseValidateRoutes } from './dataverse-validate-routes.ts';

/**
 * The Dataverse segmentation API of Dynamics 365 Marketing under `/api/data/v9.0/`, over Segmint's
 * segments, so that scripts written for it work with only the base URL and the token changed:
 * `msdyncrm_segments`, `msdyncrm_SegmentMembersUpdate`, `msdyncrm_ValidateSegment` and
 * `msdyncrm_FetchContactsByQuery`. Same bearer keys and scopes as the rest of the API.
 */
export const dataverseRoutes: ApiPlugin = async (app, options) => {
  await app.register(dataverseSegmentRoutes, options);
  await app.register(dataverseMemberRoutes, options);
  await app.register(dataverseValidateRoutes, options);
  await app.register(dataverseFetchRoutes, options);
};
