import type { AttributeType } from './attribute-type.ts';

/** One option of a choice or multi-choice attribute: the stored `value` and the `label` a marketer sees. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  /**
   * The option's integer value in Dataverse, where Dataverse has the same option (contact `gendercode`
   * Female is 2): what Dynamics' segment queries, Web API and exports write for it. Segmint stores and
   * compares `value`; this is only read and written at the edges (`resolveChoice`).
   */
  readonly dataverseValue?: number;
}

/** An attribute of an entity, addressed by its Dataverse-style logical name. */
export interface AttributeDef {
  readonly name: string;
  readonly displayName: string;
  readonly type: AttributeType;
  /** The options of a `choice` or `multichoice` attribute. */
  readonly options?: readonly ChoiceOption[];
  /** The entity a `lookup` points to. */
  readonly target?: string;
  /** Digits after the decimal point of a `decimal` or `money` attribute. */
  readonly scale?: number;
  /**
   * The most characters a `string` attribute holds, as Dataverse's MaxLength (`textMaxLength` reads it:
   * a custom attribute saved before there were lengths holds up to `maxTextLength`).
   */
  readonly maxLength?: number;
  /**
   * The labels Dataverse gives a `boolean`'s two values, where they are not Yes and No
   * (`donotbulkemail`: true is "Do Not Allow", false is "Allow"): what Dynamics' exports write.
   */
  readonly booleanLabels?: { readonly true: string; readonly false: string };
  /** True for attributes an installation added at run time. */
  readonly custom?: boolean;
  /** True for attributes the store computes (a contact's full name); they can be read, not written. */
  readonly computed?: boolean;
}

/** An entity: a table of records, each with a stable text `id`. */
export interface EntityDef {
  readonly name: string;
  readonly displayName: string;
  readonly pluralDisplayName: string;
  /** The attribute that names a record in lists (a contact's `fullname`, an account's `name`). */
  readonly primaryAttribute: string;
  readonly attributes: readonly AttributeDef[];
  readonly custom?: boolean;
}

/**
 * A named way from one entity to another. Every lookup attribute gives two: the many-to-one on the
 * entity holding the lookup (named after the lookup, `contact.parentcustomerid` → account) and the
 * one-to-many back from its target (`account.contacts`).
 */
export interface RelationshipDef {
  readonly name: string;
  readonly displayName: string;
  readonly from: string;
  readonly to: string;
  readonly cardinality: 'manyToOne' | 'oneToMany';
  /** The entity that holds the lookup attribute, and that attribute. */
  readonly lookupEntity: string;
  readonly lookupAttribute: string;
  /** The name of the same link seen from the other end. */
  readonly reverse: string;
  /**
   * The link's relationship schema name in Dataverse (`contact_customer_accounts` for
   * `contact.parentcustomerid` → account), when Dataverse has the same link. Both ends share it.
   */
  readonly schemaName?: string;
  /**
   * Every Dataverse-style name of the link (both ends share them), matched without regard to case by
   * `findRelationship`. First the name Dynamics 365 Marketing's segment queries write,
   * `<entity holding the lookup>_<target>_<lookup attribute>` (`contact_account_parentcustomerid`,
   * given to every lookup, custom ones too); then `schemaName`, when there is one.
   */
  readonly schemaNames: readonly string[];
}

/** How a lookup is declared when an entity is defined: `contactid` → contact, seen from a contact as `interactions`. */
export interface LookupDef {
  readonly attribute: string;
  readonly displayName?: string;
  readonly to: string;
  /** The one-to-many relationship's name on the target entity. */
  readonly relationship: string;
  readonly relationshipDisplayName?: string;
  /** The Dataverse relationship schema name of the link (`RelationshipDef.schemaName`). */
  readonly schemaName?: string;
}
