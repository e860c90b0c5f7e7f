/**
 * The records of the conformance fixture, in the form Segmint keeps them (`src/schema/attribute-value.ts`):
 * text; integers as numbers; money and decimals as canonical decimal text; dates `YYYY-MM-DD`; date-times
 * as UTC ISO text with milliseconds; a multi-choice as its sorted distinct values; a lookup as an id.
 * A missing value is `null` or an absent property.
 */

type Text = string | null;

export type Contact = {
  readonly id: string;
  readonly firstname?: Text;
  readonly lastname?: Text;
  /** Computed by the store from first and last name; written out here so that filters can read it. */
  readonly fullname?: Text;
  readonly jobtitle?: Text;
  readonly emailaddress1?: Text;
  readonly telephone1?: Text;
  readonly mobilephone?: Text;
  readonly address1_line1?: Text;
  readonly address1_city?: Text;
  readonly address1_stateorprovince?: Text;
  readonly address1_postalcode?: Text;
  readonly address1_country?: Text;
  readonly birthdate?: Text;
  readonly anniversary?: Text;
  readonly gendercode?: Text;
  readonly familystatuscode?: Text;
  readonly preferredcontactmethodcode?: Text;
  readonly interests?: readonly string[] | null;
  readonly donotbulkemail?: boolean | null;
  readonly donotemail?: boolean | null;
  readonly creditlimit?: Text;
  readonly annualincome?: Text;
  readonly numberofchildren?: number | null;
  readonly parentcustomerid?: Text;
  readonly createdon?: Text;
  readonly modifiedon?: Text;
  /** A custom `decimal` attribute the conformance schema adds (`conformance-schema.ts`). */
  readonly new_loyaltyscore?: Text;
};

export type Account = {
  readonly id: string;
  readonly name?: Text;
  readonly accountnumber?: Text;
  readonly address1_city?: Text;
  readonly industrycode?: Text;
  readonly accountcategorycode?: Text;
  readonly numberofemployees?: number | null;
  readonly revenue?: Text;
  readonly primarycontactid?: Text;
  readonly createdon?: Text;
};

export type Lead = {
  readonly id: string;
  readonly subject?: Text;
  readonly companyname?: Text;
  readonly leadsourcecode?: Text;
  readonly leadqualitycode?: Text;
  readonly statecode?: Text;
  readonly estimatedvalue?: Text;
  readonly leadscore?: number | null;
  readonly parentcontactid?: Text;
  readonly parentaccountid?: Text;
  readonly createdon?: Text;
};

export type Interaction = {
  readonly id: string;
  readonly type?: Text;
  readonly occurredon?: Text;
  readonly assetid?: Text;
  readonly url?: Text;
  readonly value?: Text;
  readonly contactid?: Text;
};

/** Every record of the fixture, by entity. */
export type Fixture = {
  readonly contact: readonly Contact[];
  readonly account: readonly Account[];
  readonly lead: readonly Lead[];
  readonly interaction: readonly Interaction[];
};
