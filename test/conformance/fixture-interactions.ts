import type { Interaction } from './fixture-types.ts';

// Moments relative to the clock, 2026-03-10T17:00:00Z.
const ago30min = '2026-03-10T16:30:00.000Z';
const ago1d = '2026-03-09T17:30:00.000Z'; // 23.5 hours ago
const ago3d = '2026-03-07T12:00:00.000Z';
const ago6d = '2026-03-04T12:00:00.000Z';
const dst7d = '2026-03-03T17:30:00.000Z'; // inside the last 7 days in UTC, outside in Los Angeles
const ago8d = '2026-03-02T12:00:00.000Z';
const ago20d = '2026-02-18T12:00:00.000Z';
const ago29d = '2026-02-09T12:00:00.000Z';
const dst30d = '2026-02-08T17:30:00.000Z'; // inside the last 30 days in UTC, outside in Los Angeles
const ago31d = '2026-02-07T12:00:00.000Z';
const ago45d = '2026-01-24T12:00:00.000Z';
const ago60d = '2026-01-09T12:00:00.000Z';
const ago89d = '2025-12-11T12:00:00.000Z';
const ago91d = '2025-12-09T12:00:00.000Z';
const ago200d = '2025-08-22T12:00:00.000Z';
const in2d = '2026-03-12T12:00:00.000Z'; // in the future: no "last N" window holds it

function ix(
  id: string,
  contactid: string,
  type: string,
  occurredon: string | null,
  assetid: string | null,
  more: Pick<Interaction, 'url' | 'value'> = {},
): Interaction {
  return { id, contactid, type, occurredon, assetid, ...more };
}

/** Interactions: several per contact, at moments inside and outside the 7, 30 and 90-day windows. */
export const interactions: readonly Interaction[] = [
  // c01: three opens in the last 30 days, two of them in the last 7; clicked the spring email.
  ix('i01', 'c01', 'EmailOpened', ago1d, 'em_spring'),
  ix('i02', 'c01', 'EmailOpened', ago6d, 'em_spring'),
  ix('i03', 'c01', 'EmailOpened', ago20d, 'em_winter'),
  ix('i04', 'c01', 'EmailClicked', ago6d, 'em_spring', { url: 'https://segmint.example/spring?utm=email' }),
  ix('i05', 'c01', 'Purchase', ago20d, 'sku_wine_box', { value: '19.99' }),
  ix('i06', 'c01', 'WebsiteVisited', ago3d, null, { url: 'https://segmint.example/pricing' }),
  // c02: registered for the beer festival and checked in.
  ix('i07', 'c02', 'EmailOpened', ago3d, 'em_spring'),
  ix('i08', 'c02', 'EmailOpened', ago45d, 'em_winter'),
  ix('i09', 'c02', 'EventRegistration', ago20d, 'ev_beerfest'),
  ix('i10', 'c02', 'EventCheckIn', ago1d, 'ev_beerfest'),
  // c03: five opens in 90 days, two in 30, none in 7.
  ix('i11', 'c03', 'EmailOpened', ago8d, 'em_winter'),
  ix('i12', 'c03', 'EmailOpened', ago29d, 'em_winter'),
  ix('i13', 'c03', 'EmailOpened', ago31d, 'em_winter'),
  ix('i14', 'c03', 'EmailOpened', ago60d, 'em_winter'),
  ix('i15', 'c03', 'EmailOpened', ago89d, 'em_winter'),
  // c05: clicked the winter email and opened the spring one; never clicked the spring email.
  ix('i16', 'c05', 'EmailClicked', ago6d, 'em_winter'),
  ix('i17', 'c05', 'EmailOpened', ago6d, 'em_spring'),
  ix('i18', 'c08', 'EventRegistration', ago45d, 'ev_beerfest'),
  ix('i19', 'c08', 'FormSubmitted', ago30min, 'frm_newsletter', {
    url: 'https://segmint.example/newsletter',
  }),
  // c10: checked in without registering; URLs with '%' and '_'.
  ix('i20', 'c10', 'EventCheckIn', ago1d, 'ev_beerfest'),
  ix('i21', 'c10', 'WebsiteVisited', ago3d, null, { url: 'https://segmint.example/search?q=100%_off' }),
  ix('i22', 'c11', 'WebsiteVisited', ago3d, null, { url: 'https://segmint.example/search?q=1000_off' }),
  ix('i23', 'c12', 'EmailOpened', dst30d, 'em_spring'),
  ix('i24', 'c12', 'EmailBounced', ago20d, 'em_winter'),
  ix('i25', 'c13', 'EmailClicked', dst7d, 'em_spring'),
  ix('i26', 'c15', 'Purchase', ago3d, 'sku_tasting', { value: '0.1' }),
  ix('i27', 'c15', 'Purchase', ago3d, 'sku_tasting', { value: '0.2' }),
  ix('i28', 'c15', 'Purchase', ago20d, 'sku_corkscrew', { value: '0.3' }),
  ix('i29', 'c16', 'EmailUnsubscribed', ago1d, 'em_spring'),
  ix('i30', 'c16', 'EmailOpened', ago6d, 'em_spring'),
  ix('i31', 'c17', 'WebsiteVisited', ago91d, null, { url: 'https://segmint.example/pricing' }),
  ix('i32', 'c17', 'WebsiteVisited', ago200d, null, { url: 'https://segmint.example/pricing' }),
  // c36: four opens in the last 7 days; registered and checked in.
  ix('i33', 'c36', 'EmailOpened', ago30min, 'em_spring'),
  ix('i34', 'c36', 'EmailOpened', ago1d, 'em_spring'),
  ix('i35', 'c36', 'EmailOpened', ago3d, 'em_winter'),
  ix('i36', 'c36', 'EmailOpened', ago6d, 'em_winter'),
  ix('i37', 'c36', 'EventRegistration', ago29d, 'ev_beerfest'),
  ix('i38', 'c36', 'EventCheckIn', ago1d, 'ev_beerfest'),
  ix('i39', 'c37', 'EmailOpened', ago30min, 'em_spring'),
  ix('i40', 'c38', 'EmailSent', ago1d, 'em_spring'),
  ix('i41', 'c38', 'EmailDelivered', ago1d, 'em_spring'),
  ix('i42', 'c39', 'EventRegistration', in2d, 'ev_beerfest'),
  ix('i43', 'c40', 'FormSubmitted', ago31d, 'frm_newsletter', { value: '1999.99' }),
  // An open with no time: counted without a window, never inside one.
  ix('i44', 'c41', 'EmailOpened', null, 'em_spring'),
  ix('i45', 'c09', 'Purchase', ago60d, 'sku_wine_box', { value: '2500' }),
  ix('i46', 'c20', 'EmailOpened', ago89d, 'em_spring'),
  ix('i47', 'c20', 'EmailClicked', ago91d, 'em_spring'),
  ix('i48', 'c12', 'EmailOpened', ago29d, 'em_winter'),
  ix('i49', 'c07', 'Purchase', ago1d, 'sku_corkscrew', { value: '0.3' }),
  // The asset in another letter case.
  ix('i50', 'c21', 'EmailOpened', ago20d, 'EM_Spring'),
];
