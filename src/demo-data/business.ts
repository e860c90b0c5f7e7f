import { Weighted } from './random.ts';

/** Companies, leads and interests: the option values of the built-in schema, weighted as a CRM holds them. */

/** Industry option values (`account.industrycode`) by how common they are. */
export const industries = new Weighted<string>([
  ['software', 16],
  ['retail', 12],
  ['consulting', 10],
  ['financial', 9],
  ['manufacturing', 9],
  ['hospitality', 7],
  ['education', 6],
  ['food', 6],
  ['brewing', 5],
  ['transportation', 5],
  ['accounting', 4],
  ['broadcasting', 3],
  ['agriculture', 3],
  ['other', 5],
]);

// prettier-ignore
export const companyWords = [
  'Blue', 'Ridge', 'Summit', 'Harbor', 'Pioneer', 'Granite', 'Cedar', 'Northwind', 'Contoso', 'Fabrikam',
  'Tailspin', 'Adventure', 'Coho', 'Litware', 'Proseware', 'Wingtip', 'Alpine', 'Lakeside', 'Evergreen',
  'Redwood', 'Silver', 'Golden', 'Iron', 'Copper', 'Atlas', 'Orion', 'Apex', 'Vertex', 'Keystone', 'Bright',
] as const;

/** What a company name ends with, by industry. */
export const companySuffixes: Readonly<Record<string, readonly string[]>> = {
  software: ['Software', 'Labs', 'Systems', 'Technologies', 'Cloud'],
  retail: ['Outfitters', 'Market', 'Goods', 'Stores'],
  consulting: ['Consulting', 'Partners', 'Advisors', 'Group'],
  financial: ['Capital', 'Bank', 'Financial', 'Investments'],
  manufacturing: ['Manufacturing', 'Industries', 'Works', 'Fabrication'],
  hospitality: ['Hotels', 'Resorts', 'Hospitality', 'Inn'],
  education: ['Academy', 'Learning', 'Institute', 'School'],
  food: ['Foods', 'Provisions', 'Kitchens', 'Bakery'],
  brewing: ['Brewing Co.', 'Brewery', 'Winery', 'Distillery', 'Cellars'],
  transportation: ['Logistics', 'Freight', 'Transit', 'Shipping'],
  accounting: ['Accounting', 'CPAs', 'Tax & Audit'],
  broadcasting: ['Media', 'Press', 'Broadcasting', 'Publishing'],
  agriculture: ['Farms', 'Growers', 'Agriculture', 'Orchards'],
  other: ['Inc.', 'LLC', 'Co.', 'Holdings'],
};

/** Interest option values (`contact.interests`) by popularity. */
export const interests = new Weighted<string>([
  ['travel', 14],
  ['music', 12],
  ['cooking', 11],
  ['fitness', 10],
  ['wine', 9],
  ['sports', 9],
  ['outdoors', 8],
  ['technology', 8],
  ['craftbeer', 7],
  ['art', 5],
  ['fashion', 4],
  ['gardening', 4],
]);

export const leadSources = new Weighted<string>([
  ['web', 30],
  ['advertisement', 14],
  ['tradeshow', 12],
  ['seminar', 8],
  ['employeereferral', 8],
  ['externalreferral', 7],
  ['partner', 7],
  ['wordofmouth', 9],
  ['other', 5],
]);

export const leadRatings = new Weighted<string>([
  ['hot', 15],
  ['warm', 45],
  ['cold', 40],
]);

export const leadStatuses = new Weighted<string>([
  ['open', 55],
  ['qualified', 25],
  ['disqualified', 20],
]);

// prettier-ignore
export const leadTopics = [
  'Wine club membership', 'Craft beer festival sponsorship', 'Enterprise license', 'Catering for 200',
  'Annual conference booth', 'Loyalty program', 'Website redesign', 'Fleet tracking pilot', 'Training seats',
  'Holiday gift baskets', 'Cloud migration', 'Newsletter partnership',
] as const;
