import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Egypt, Indonesia and Colombia: US mission pages and the notices copied from them. */
export const BATCH_10: RealPageSnippet[] = [
  ...page(
    'eg-state-gov-csi',
    'https://travel.state.gov/content/travel/csi_repository/csi_landing/csi_catalog/egy.html',
    {
      country: 'US',
      text: 'Embassy Name: U.S. Embassy Cairo\nStreet Address: Consular Section\n5 Tawfik Diab Street\nGarden City, Cairo\nEgypt\nPhone: +(20) 2-2797-3300\nEmergency Phone: +(20) 2-2797-3300\nFax: +(20) 2-2797-2472\nEmail: ConsularCairoACS@state.gov',
      numbers: ['+20227973300 Phone', '+20227972472 Fax'],
      notNumbers: ['5'],
      why: 'Cairo (2) numbers have 8 digits after the area code.',
    },
  ),
  ...page(
    'eg-legalclarity',
    'https://legalclarity.org/u-s-embassy-in-egypt-visas-and-citizen-services',
    {
      country: 'EG',
      text: 'The U.S. Embassy in Cairo is situated at 5 Tawfik Diab Street in Garden City. Routine inquiries can be directed to the main telephone number, +(20) 2-2797-3300, and the official website provides resources for all services.',
      numbers: ['+20227973300'],
    },
    {
      country: 'EG',
      text: 'The fee is $50 for each notary signature, payable in U.S. dollars, the Egyptian pound equivalent, or by U.S. credit card at the time of the appointment.',
      numbers: [],
      notNumbers: ['$50'],
    },
  ),
  ...page(
    'eg-docslib-osac-2021',
    'https://docslib.org/doc/6618224/2021-osac-csr-egypt-pdf',
    {
      country: 'EG',
      text: 'The crime emergency line in Egypt 122; for tourist , call 126; and for the fire brigade, call 180. Review the State Department’s Crime Victims Assistance brochure.',
      numbers: [],
      shortCodes: ['122', '126', '180'],
    },
    {
      country: 'EG',
      text: 'The Institute for Economics & Peace Global Peace Index 2021 ranks Egypt 126 out of 163 worldwide, rating the country as being at a Low state of peace.',
      numbers: [],
      notNumbers: ['2021', '126 out of 163'],
    },
  ),
  ...page(
    'us-enewspf-egypt-departure',
    'https://enewspf.com/national-news/latest-national-news/department-of-state-ordered-departure-declared-for-egypt/?share=jetpack-whatsapp',
    {
      country: 'US',
      text: 'U.S. citizens in Egypt who require assistance, or those who are concerned that their U.S. citizen loved one in Egypt may require assistance, should contact the U.S. Department of State and the U.S. Embassy in Cairo at: [email protected], or at 1-202-501-4444.',
      numbers: ['+12025014444'],
    },
  ),
  ...page(
    'id-usembassy-demonstrations-2017-12-08',
    'https://id.usembassy.gov/security-message-u-s-citizens-possible-demonstrations-u-s-embassy-jakarta-consulate-general-surabaya/',
    {
      country: 'ID',
      text: '- The U.S. Embassy in Jakarta is located at Jalan Medan Merdeka Selatan No. 5, Jakarta, and can be contacted at +62-21-3435-9055/9054, from 7:30 a.m. to 4:00 p.m. Monday through Friday. The after-hours emergency number for U.S. citizens is +62-21-3435-9000 (press 0 for the operator).',
      numbers: ['+622134359055', '+622134359054', '+622134359000'],
      notNumbers: ['No. 5', '7:30', '4:00'],
      why: 'A shorthand pair: 3435-9055/9054 is two lines differing in the last four digits.',
    },
    {
      country: 'ID',
      text: 'Reports indicate that up to 500 participants may demonstrate at the U.S. Embassy in Jakarta and up to 3,000 participants may demonstrate at the U.S. Consulate General in Surabaya at about 1:00 p.m. (after mid-day prayers) on Friday, December 8,',
      numbers: [],
      notNumbers: ['3,000', '1:00'],
    },
  ),
  ...page('id-usembassy-arrest', 'https://id.usembassy.gov/u-s-citizen-services/arrest-of-a-u-s-citizen/', {
    country: 'ID',
    text: 'If you are arrested, immediately ask that a Consular officer at the U.S. Embassy be notified. Our emergency contact number is +62-21-5083-1000 – inform the operator what is the emergency, who you are, your location and any contact number where you can be reach, in case the line cut off.',
    numbers: ['+622150831000'],
  }),
  ...page(
    'id-surabaya-usconsulate-service',
    'http://surabaya.usconsulate.gov/service.html',
    {
      country: 'ID',
      text: 'Routine services are offered Monday through Friday, 10:00 – 11:00 am and 01:00 – 02:30 pm, by appointment only.',
      numbers: [],
      notNumbers: ['10:00 – 11:00', '01:00 – 02:30'],
    },
    {
      country: 'ID',
      text: 'Our mailing address and contact information are:\n\nJl. Citra Raya Niaga No. 2\nSurabaya, Indonesia 60217\nTel: (62) 31-297-5300\n\nIf you have an emergency, please call us at (62) 31-297-5300 during business hours or call our after hours emergency phone: (62) 81-133-4183',
      numbers: ['+62312975300 Tel', '+62811334183'],
      notNumbers: ['No. 2', '60217'],
      why: "(62) is Indonesia's country code in brackets; 31 is Surabaya and 811 a mobile prefix (9 national digits).",
    },
    {
      country: 'ID',
      text: 'After normal business hours, call the Consulate Duty Officer at 62-81-1334-183; dialing from within Indonesia call',
      numbers: ['+62811334183'],
    },
  ),
  ...page(
    'id-usembassy-limited-services',
    'https://id.usembassy.gov/security-message-limited-public-services-u-s-diplomatic-facilities-indonesia-december-11-2017/',
    {
      country: 'ID',
      text: 'In the event of an emergency threatening the life or safety of a U.S. citizen, please call +62-21-3435-9000 and press ‘0’ for the operator.\n\nWe are aware of the following possible demonstration times and locations.  Please note that this list is not comprehensive.\n\nMonday, December 11, 2017\n\n  • Over 1,200 participants are expected to demonstrate in front of the U.S. Embassy in Jakarta starting at around 9:00 a.m.',
      numbers: ['+622134359000'],
      notNumbers: ['December 11, 2017', '1,200', '9:00'],
    },
  ),
  ...page(
    'co-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Colombia.html',
    {
      country: 'US',
      text: 'Physical Address: Calle 24 Bis No. 48-50, Bogotá, D.C., Colombia\nMailing address: Carrera 45 No. 24B-27, Bogotá, D.C. 110111, Colombia\nTelephone: +(57) (601) 275-2000\nEmergency after-hours telephone: +(57) (601) 275-2000 and press 0\nEmail: ACSBogota@state.gov',
      numbers: ['+576012752000 Telephone'],
      notNumbers: ['No. 48-50', 'No. 24B-27', '110111'],
      why: 'Since 2021 Colombian fixed numbers have 10 digits: Bogotá is 601.',
    },
    {
      country: 'US',
      text: 'U.S. Consular Agency Barranquilla\nCalle 77B No. 57-141, Suite 511\nCentro Empresarial Las Americas 1, Barranquilla, Atlántico, Colombia\nTelephone: +(57) 605-353-2001 and +(57) 605-369-0149\nEmergency after-hours telephone: +(57) (601) 275-4021',
      numbers: ['+576053532001 Telephone', '+576053690149 Telephone', '+576012754021 Emergency after-hours telephone'],
      notNumbers: ['No. 57-141', 'Suite 511'],
    },
  ),
  ...page('co-usembassy-arrest', 'https://co.usembassy.gov/u-s-citizen-services/arrest-of-a-u-s-citizen/', {
    country: 'CO',
    text: 'You can contact the American Citizen Services unit in Bogota by emailing or by calling 1-275-2000 during normal business hours. Outside of office hours, contact: 1-275-4021.  If you are calling from outside of Colombia, please dial: (57) 1-275-2000.',
    numbers: [],
    ambiguous:
      'Bogotá numbers of the plan before 2021 (area code 1 and 7 digits); they became 601 275 2000 and 601 275 4021, but the text as written no longer dials them and a reader could not know the new prefix from the text.',
  }),
];
