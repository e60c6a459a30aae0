import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Consulate lists for US readers, Tokyo's US embassy, French ministry and Australian company pages. */
export const BATCH_03: RealPageSnippet[] = [
  ...page(
    'us-traveldocs-france',
    'http://www.traveldocs.com/index.php?page=france-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 4101 Reservoir Road NW, Washington, DC 20007\nTelephone: [1] (202) 944-6000\nFax: 202.944.6212',
      numbers: ['+12029446000 Telephone', '+12029446212 Fax'],
      notNumbers: ['4101', '20007'],
      why: '[1] is the country code in brackets.',
    },
    {
      country: 'US',
      text: 'One Westwood Bldg., 10990 Wilshire Bl., Suite 300,\nLos Angeles, CA 90024.\n(310) 235-3200',
      numbers: ['+13102353200'],
      notNumbers: ['10990', 'Suite 300', '90024'],
    },
    {
      country: 'US',
      text: '1 Biscayne Tower, 2 S. Biscayne Bl., Suite 1710,\nMiami, FL 33131.\n(305) 372-9798',
      numbers: ['+13053729798'],
      notNumbers: ['Suite 1710', '33131'],
    },
    {
      country: 'US',
      text: '3475 Piedmont Road, Suite 1840\nAtlanta, GA 30305\nPhone: (404)495-1660',
      numbers: ['+14044951660 Phone'],
      notNumbers: ['3475', 'Suite 1840', '30305'],
    },
    {
      country: 'US',
      text: 'San Juan\nPonce De Leon Av., Suite 720,\nHato Rey, Puerto Rico 00918.\n(809) 753-1700',
      numbers: [],
      notNumbers: ['Suite 720', '00918'],
      ambiguous:
        'Puerto Rico moved from area code 809 to 787 in 1996; 809 is now the Dominican Republic. The number as written reaches another country, and which was meant cannot be read from the text.',
    },
    {
      country: 'US',
      text: '777 Post Oak Blvd,\nSuite 600\nHouston, TX 77056\nTél : (713)528-2181',
      numbers: ['+17135282181 Tél'],
      notNumbers: ['777', 'Suite 600', '77056'],
    },
    {
      country: 'US',
      text: 'Embassy: 2 Avenue Gabriel, 75008 Paris\nMailing Address: Unit 21551, Paris; APO AE 09777\nTelephone: (33) 1 43 12 22 22\nFax: (33) 1 42 66 97 83',
      numbers: ['+33143122222 Telephone', '+33142669783 Fax'],
      notNumbers: ['75008', '21551', '09777'],
      why: "(33) is France's country code written for US readers; 1 is Paris and the 9 digits make a French number.",
    },
  ),
  ...page(
    'us-traveldocs-japan',
    'http://www.traveldocs.com/index.php?page=japan-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 2520 Massachusetts Avenue NW, Washington, DC 20008\nTelephone: [1] (202) 238-6700\nFAX: [1] (202) 328-2187',
      numbers: ['+12022386700 Telephone', '+12023282187 FAX'],
      notNumbers: ['2520', '20008'],
    },
    {
      country: 'US',
      text: 'Embassy: 10-5 Akasaka 1-chome, Minato-ku, Tokyo (107);\nMailing Address: Unit 45004, Box 258, APO AP 96337-5004\nTelephone: [81] (3) 3224-5000\nFax: [81] (3) 3505-1862',
      numbers: ['+81332245000 Telephone', '+81335051862 Fax'],
      notNumbers: ['10-5', '45004', '96337-5004'],
      why: "[81] is Japan, (3) Tokyo's area code without its trunk 0, then 8 digits.",
    },
    {
      country: 'US',
      text: 'Horiguchi Building, Broadway St., Suite 5A,\nGarapan, Saipan, 96950.\n(670) 234-7201',
      numbers: ['+16702347201'],
      notNumbers: ['96950'],
      why: 'The Northern Mariana Islands are in the North American plan, area code 670.',
    },
    {
      country: 'US',
      text: '350 S. Grand Av., Suite 1700,\nLos Angeles, CA 90071.\n(213) 617-6700, FAX (213) 617-6727',
      numbers: ['+12136176700', '+12136176727 FAX'],
      notNumbers: ['Suite 1700', '90071'],
    },
    {
      country: 'US',
      text: '1225 17th St., Suite 3000,\nDenver, CO 80202.\n(303) 534-1151, FAX (303) 534-3393',
      numbers: ['+13035341151', '+13035343393 FAX'],
      notNumbers: ['1225', 'Suite 3000', '80202'],
    },
    {
      country: 'US',
      text: "Guam Int'l Trade Center Bldg., 590 S. Marine Dr., Suite 604,\nTamuning, Guam 96911.\n\n1742 Nuuanu Av.,\nHonolulu, Hawaii 96817.\n(808) 536-2226",
      numbers: ['+18085362226'],
      notNumbers: ['Suite 604', '96911', '1742', '96817'],
      why: 'The Guam entry gives no number; the only number belongs to Honolulu.',
    },
    {
      country: 'US',
      text: '400 Renaissance Center, Suite 1600,\nDetroit, MI 48243.\n(313) 567-0120, FAX (313) 567-0274',
      numbers: ['+13135670120', '+13135670274 FAX'],
      notNumbers: ['Suite 1600', '48243'],
    },
  ),
  ...page(
    'jp-uncensored-wiki-us-embassy',
    'http://the-uncensored-wiki.com:20072/e/m/b/Embassy_of_the_United_States_in_Tokyo_8337.html',
    {
      country: 'JP',
      text: '- 1-10-5 Akasaka\n- Minato-ku, Tokyo\n- 107-8420\n- Tel +81 (03) 3224-5000\n- tokyo.usembassy.gov\n- Hours : Monday to Friday from 8:30 to 12:30 and from 2:00 to 4:00',
      numbers: ['+81332245000 Tel'],
      notNumbers: ['1-10-5', '107-8420', '8:30 to 12:30', '2:00 to 4:00'],
      why: 'The trunk 0 of (03) is dropped after +81. 107-8420 is a Japanese postal code.',
    },
  ),
  ...page(
    'jp-newmarketservices',
    'http://newmarketservices.com/international-cities/tokyo/tokyo-us-embassy-visa/',
    {
      country: 'JP',
      text: 'U.S. Embassy Tokyo\n1-10-5 Akasaka\nMinato-ku, Tokyo 107-8420\nUnit 45004 Box 205\nAPO AP 96337-5004\n(03) 3224-5000 / DSN (03) 224-5000 Switchboard\nFax: (03) 3224-5914 / DSN (03) 224-5914 (all passport inquiries)\nFax: (03) 3224-5856 / DSN (03) 224-5856 (all other non-visa inquiries)\n(03) 5354-4033 Visa Information',
      numbers: ['+81332245000', '+81332245914 Fax', '+81332245856 Fax', '+81353544033'],
      notNumbers: ['107-8420', '45004', '96337-5004', 'DSN (03) 224-5000', 'DSN (03) 224-5914', 'DSN (03) 224-5856'],
      why: "DSN numbers are the US military network's, not public numbers; (03) 224-5000 has 8 national digits where Tokyo needs 9.",
    },
    {
      country: 'US',
      text: 'CALL US TODAY! (833) 850-8929',
      numbers: ['+18338508929'],
    },
  ),
  ...page('jp-mofa-foreign-missions', 'https://www.mofa.go.jp/ms/po/page22e_000814.html', {
    country: 'JP',
    text: ' The Foreign Missions Desk of the Protocol Office, the Ministry of Foreign Affairs\n Telephone : 03-5501-8042 (direct)',
    numbers: ['+81355018042 Telephone'],
  }),
  ...page('fr-diplomatie-terms', 'https://www.diplomatie.gouv.fr/en/navigation/about/article/terms-and-conditions', {
    country: 'FR',
    text: 'The website is hosted by the Communication and Information Systems Department of the Ministry for Europe and Foreign Affairs (37, Quai d’Orsay, 75007, Paris – Tel: +33 (0)1 43 17 53 53).',
    numbers: ['+33143175353 Tel'],
    notNumbers: ['75007'],
  }),
  ...page('de-frwiki-ambassade', 'https://de.frwiki.wiki/wiki/Ambassade_de_France_en_Allemagne', {
    country: 'DE',
    text: 'Ort 5, Pariser Platz\nBerlin 10117\nKontaktinformation 52 ° 31 ′ 01 ″ Nord, 13 ° 22 ′ 45 ″ Ost',
    numbers: [],
    notNumbers: ['10117', '52 ° 31 ′ 01 ″', '13 ° 22 ′ 45 ″'],
    why: 'A postal code and coordinates under a "contact" heading: no phone number.',
  }),
  ...page('au-redtreefinance', 'https://redtreefinance.com.au/complaints/', {
    country: 'AU',
    text: 'Alternatively by phone 02 9044 5633;\n\nor by mail GPO Box 3220, Sydney NSW 2001.',
    numbers: ['+61290445633 phone'],
    notNumbers: ['GPO Box 3220', '2001'],
  }),
  ...page(
    'au-rwts',
    'https://rwts.com.au/legal/authorised-representitive/',
    {
      country: 'AU',
      text: 'If you don’t know these, or can’t find them please contact us on 1300 798 718.',
      numbers: ['+611300798718'],
      why: '1300 numbers are Australian local-rate numbers of 10 digits.',
    },
    {
      country: 'AU',
      text: 'Please submit the letter via Fax to 02 9037 0591 or post to PO Box 1375, Macquarie Centre PO, North Ryde NSW 2113.',
      numbers: ['+61290370591 Fax'],
      notNumbers: ['PO Box 1375', '2113'],
    },
  ),
  ...page(
    'au-fdocuments-aigroup',
    'https://fdocuments.in/document/ai-group-submission-ai-group-submission-a-exposure-draft-corporations-amendment.html',
    {
      country: 'AU',
      text: 'Stephen Smith, Head of National Workplace Relations Policy\n\nTelephone: 0418 461183 or 02 9466 5521',
      numbers: ['+61418461183 Telephone', '+61294665521 Telephone'],
    },
  ),
  ...page('au-pdfslide-svpartners', 'https://pdfslide.us/law/corporate-insolvency-handbook.html', {
    country: 'AU',
    text: 'Page 2: Corporate insolvency handbook\n\n1800 246 801 svpartners.com.au',
    numbers: ['+611800246801'],
    notNumbers: ['Page 2'],
  }),
  ...page('au-studyres-act-revenue', 'https://studyres.com/doc/11375097/revenue-circular-pta038', {
    country: 'AU',
    text: 'ACT Revenue Office\nABN: 45 096 207 205\nRevenue Circular PTA038\nPayroll Tax Act 2011',
    numbers: [],
    notNumbers: ['45 096 207 205', 'PTA038', '2011'],
    why: 'An Australian Business Number has 11 digits grouped like a phone number but is not one.',
  }),
  ...page('au-resero-terms', 'https://resero-del-app-prod.azurewebsites.net/en/terms-and-conditions-of-sale', {
    country: 'AU',
    text: 'The parties acknowledge that, unless Resero Pty Ltd ABN 55 621 106 312 (Supplier) and the applicant who has agreed to purchase Goods from the Supplier (Applicant) expressly agree otherwise in writing,',
    numbers: [],
    notNumbers: ['55 621 106 312'],
  }),
];
