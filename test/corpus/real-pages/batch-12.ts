import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** The Netherlands, Switzerland and Peru. */
export const BATCH_12: RealPageSnippet[] = [
  ...page(
    'nl-state-gov-judicial',
    'https://travel.state.gov./content/travel/en/legal/Judicial-Assistance-Country-Information/Netherlands.html',
    {
      country: 'US',
      text: 'John Adams Park 1\n2244 BZ Wassenaar\nTelephone: +(31) (0) 70 310 2209\nEmergency After-Hours Telephone: +31 (0) 70 310 2209\nFax: +(31) (0) 70 310 2207',
      numbers: ['+31703102209 Telephone', '+31703102207 Fax'],
      notNumbers: ['2244 BZ'],
      why: 'The Dutch trunk 0 in parentheses after +31 is dropped; 70 is The Hague.',
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Amsterdam\nMuseumplein 19\n1071 DJ Amsterdam\nTelephone: +(31) (0) 20 575-5309 (Emergencies involving U.S. citizens only)\nTelephone:+(31) (0) 70 310 2209 (All other calls)\nEmergency After-Hours Telephone: +(31) (0) 70 310-2209\nFax: +(31) (0) 20 575 5330\nEmail: AmsterdamUSC@state.gov',
      numbers: ['+31205755309 Telephone', '+31703102209 Telephone', '+31205755330 Fax'],
      notNumbers: ['1071 DJ'],
    },
  ),
  ...page(
    'nl-webarchive-judicial-657',
    'https://webarchive.library.unt.edu/web/20121007060952/http://travel.state.gov/law/judicial/judicial_657.html',
    {
      country: 'US',
      text: "Arrondissementsrechtbank te s''Gravenhage\nPaleis van Justitie,\n\nPrins Clauslaan 60,\n2595 AJ s''Gravenhage (The Hague)\nThe Netherlands\nTel: 31-70-381-3291\nFax: 31-70-381-3855",
      numbers: ['+31703813291 Tel', '+31703813855 Fax'],
      notNumbers: ['60', '2595 AJ'],
    },
  ),
  ...page(
    'nl-legalclarity-amsterdam',
    'https://legalclarity.org/amsterdam-embassy-location-and-u-s-consular-services',
    {
      country: 'NL',
      text: 'The public-facing consular section is located at Museumplein 19, 1071 DJ Amsterdam, operating Monday through Friday by appointment only. To initiate any non-emergency process, individuals must schedule a time slot online and use the main contact number: +31 (0) 70 310 2209.',
      numbers: ['+31703102209'],
      notNumbers: ['1071 DJ'],
    },
  ),
  ...page('nl-edinformatics', 'https://edinformatics.com/travel/netherlands.htm', {
    country: 'NL',
    text: 'Cities: Capital--Amsterdam\n(pop. 744,736). Other cities--The Hague, seat of government (475,959);\nRotterdam (583,853); Utrecht (283,893).',
    numbers: [],
    notNumbers: ['744,736', '475,959', '583,853', '283,893'],
  }),
  ...page(
    'ch-state-gov-judicial',
    'https://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Switzerland.html',
    {
      country: 'US',
      text: 'Sulgeneckstrasse 19\n3007 Bern, Switzerland\nMailing address: P.O. 3259, 3001 Bern, Switzerland\nEmergency Telephone: + (41) (31) 357-7011\nFax: + (41) (31) 357-7280\nContact form',
      numbers: ['+41313577011 Emergency Telephone', '+41313577280 Fax'],
      notNumbers: ['3007', 'P.O. 3259', '3001'],
    },
    {
      country: 'CH',
      text: 'When calling from within Switzerland, drop the country code and add a zero. For example: + 41 31 357-7011 becomes 031 357-7011.',
      numbers: ['+41313577011'],
      why: 'The same number internationally and nationally: one number.',
    },
  ),
  ...page(
    'ch-state-gov-country-info',
    'https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/Switzerland.html',
    {
      country: 'US',
      text: 'Sulgeneckstrasse 19\n3007 Bern, Switzerland\nTelephone: +(41) (31) 357-7011 (2p.m. - 4 p.m.)\nEmergency After-Hours Telephone: +(41) (31) 357-7777\nFax: +(41) (31) 357-7280',
      numbers: ['+41313577011 Telephone', '+41313577777 Emergency After-Hours Telephone', '+41313577280 Fax'],
      notNumbers: ['3007', '2p.m. - 4 p.m.'],
    },
    {
      country: 'US',
      text: 'U.S. Consular Agency - Geneva\nGeneva America Center, Rue François-Versonnex 7, CH-1207 Geneva\nMailing address: Postfach 5266, 3001 Bern, Switzerland\nTelephone: +(41) (22) 840-5160 (10 a.m. - 1 p.m.)\nFax: +(41) (22) 840-5162\ngeneva-ca@state.gov',
      numbers: ['+41228405160 Telephone', '+41228405162 Fax'],
      notNumbers: ['CH-1207', 'Postfach 5266', '3001', '10 a.m. - 1 p.m.'],
    },
  ),
  ...page(
    'ch-traveldocs-switzerland',
    'http://www.traveldocs.com/index.php?page=switzerland-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 2900 Cathedral Avenue NW, Washington, DC 20008\nTelephone: [1] (202) 745-7900\nFAX: [1] (202) 387-256',
      numbers: ['+12027457900 Telephone'],
      notNumbers: ['2900', '20008'],
      why: 'The fax lost a digit on the page: (202) 387-256 has 9 digits, no US number, so it is not offered.',
    },
    {
      country: 'US',
      text: 'Los Angeles\n11766 Wilshire Bl., Suite 1400,\nLos Angeles,CA 90025.\n(310) 575-1145, FAX (310) 575-1982',
      numbers: ['+13105751145', '+13105751982 FAX'],
      notNumbers: ['11766', 'Suite 1400', '90025'],
    },
    {
      country: 'US',
      text: 'New York\n633 3rd Ave., 30th Fl.,\nNew York, NY 10017\n(212) 599-5700, FAX (212) 599-4266',
      numbers: ['+12125995700', '+12125994266 FAX'],
      notNumbers: ['633', '10017'],
    },
    {
      country: 'US',
      text: 'Embassy: Jubilaeumstrasse 93, 3005 Bern\nMailing address: use embassy street address\nTelephone: [41](31) 357-7011; 24HR Emergency (31)357-7218\nFAX: [41](31) 357-7344',
      numbers: ['+41313577011 Telephone', '+41313577218 Telephone', '+41313577344 FAX'],
      notNumbers: ['93', '3005', '24HR'],
      why: 'The emergency number carries the country code [41] of the number before it on the same line; (31) is Bern.',
    },
  ),
  ...page('pe-lima-usembassy-emergency', 'http://lima.usembassy.gov/emergency_services.html', {
    country: 'PE',
    text: 'If you are a U.S. citizen with a life or death emergency, please call our hotline at: [011] (51-1) 618-2000.  An embassy duty officer is available 24 hours a day, 7 days a week.',
    numbers: ['+5116182000'],
    notNumbers: ['24 hours', '7 days'],
    why: '[011] is the US exit code, 51 Peru and 1 Lima, then 7 digits.',
  }),
  ...page('pe-lima-usembassy-geninfo', 'http://lima.usembassy.gov/geninfo.html', {
    country: 'PE',
    text: 'If you are a U.S. citizen with a life or death emergency, please call our hotline at: +51 618-2000.  An embassy duty officer is available 24 hours a day, 7 days a week.',
    numbers: [],
    ambiguous:
      "The page dropped Lima's area code 1: +51 618-2000 is no Peruvian number as written, although the embassy's number elsewhere is +51 1 618-2000.",
  }),
  ...page('pe-usembassy-emergency-contact', 'https://pe.usembassy.gov/u-s-citizen-services/emergency-contact/', {
    country: 'PE',
    text: 'If you are in immediate danger, call the Peruvian National Police emergency line at 105.\n\nIf your U.S. passport has been lost or stolen, please find detailed information on our Lost or Stolen Passports page.\n\nFor other emergencies involving an American citizen in Peru, you can reach us during normal business hours (8:00 a.m. to 4:00 p.m.) any day the Embassy is open.  Also, you can reach us after hours, seven days a week, via the main Embassy telephone number:\n\n  • If dialing from Peru: (01) 618-2000\n  • If dialing from the United States: [011] +51 1 618-2000',
    numbers: ['+5116182000'],
    shortCodes: ['105'],
    notNumbers: ['8:00', '4:00'],
  }),
  ...page('pe-streetsoflima', 'https://streetsoflima.com/us-embassy-lima', {
    country: 'PE',
    text: 'And if you’ve been arrested (more likely your friend because I doubt the arrestee is reading this now), call 618-2000 immediately as a US consular officer will visit you and help you get legal representation.',
    numbers: [],
    ambiguous: 'A Lima number written locally, without its area code; the snippet does not say which city it is in.',
  }),
  ...page(
    'pe-usembassy-cusco',
    'https://pe.usembassy.gov/consular-agency-in-cusco/',
    {
      country: 'PE',
      text: 'In the case of a true emergency requiring immediate attention outside normal business hours, the Agent may be reached day or night at: 01 618-2000 (if dialing from Peru) or [011] +51 1 618-2000 (if dialing from the United States).',
      numbers: ['+5116182000'],
    },
    {
      country: 'PE',
      text: 'Avenida El Sol 449 Office #201\nCusco, Peru\nPhone: +51 84 231-474\nFax: +51 84 245-102\nEmail: CuscoACS@state.gov',
      numbers: ['+5184231474 Phone', '+5184245102 Fax'],
      notNumbers: ['449', '#201'],
      why: 'Cusco is 84 with 6-digit numbers. "Office #201" is a room, not an extension.',
    },
  ),
  ...page('pe-usembassy-demonstration-alert', 'https://pe.usembassy.gov/demonstration-alert-u-s-embassy-lima-peru-9/', {
    country: 'PE',
    text: 'Demonstrations in Lima are scheduled to resume at 2:00 p.m. on January 20 and may continue through the weekend.  Do not attempt to approach protestors and remain in a safe location.',
    numbers: [],
    notNumbers: ['2:00', 'January 20'],
  }),
];
