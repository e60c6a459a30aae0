import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** South Africa, Turkey and Nigeria: US missions listed for local and for US readers. */
export const BATCH_08: RealPageSnippet[] = [
  ...page(
    'za-usembassy-demonstration-alert',
    'https://za.usembassy.gov/demonstration-alert-u-s-embassy-pretoria-south-africa-june-2-2020/',
    {
      country: 'ZA',
      text: 'United States Embassy to the Republic of South Africa\n(Note: The Embassy does not provide consular services.)\n877 Pretorius Street, Arcadia, Pretoria\nTel: 012-431-4000 (outside South Africa: +27-12-431-4000)\nhttps://za.usembassy.gov/',
      numbers: ['+27124314000 Tel'],
      notNumbers: ['877'],
      why: 'The same number nationally and, in brackets, internationally: one number.',
    },
    {
      country: 'ZA',
      text: 'United States Consulate General, Johannesburg\n(Covering Gauteng, Mpumalanga, Limpopo, North West, and Free State provinces)\n1 Sandton Drive (corner of Rivonia and Sandton Drive)\nSandhurst, Johannesburg\nACSJohannesburg@state.gov\nTel: 011-290-3000 (outside South Africa: +27-11-290-3000)\nAfter-hours emergencies: 079-111-1684 (outside South Africa: +27-79-111-1684)',
      numbers: ['+27112903000 Tel', '+27791111684 After-hours emergencies'],
    },
  ),
  ...page(
    'za-learn4good-us-embassy',
    'https://www.learn4good.com/travel/usembassy-consulates-southafrica.htm',
    {
      country: 'ZA',
      text: 'Address: 877 Pretorius Street Arcadia 0083\nCity: Pretoria (Standard time zone: UTC/GMT +2 hours)\nTel.: 012 431 4000\nFax: 012 342 2299\nWorking hours: Monday to Thursday, 8.00 – 17.00, Friday 8.00 – 12.00 ',
      numbers: ['+27124314000 Tel.', '+27123422299 Fax'],
      notNumbers: ['877', '0083', 'GMT +2', '8.00 – 17.00', '8.00 – 12.00'],
    },
    {
      country: 'ZA',
      text: 'Address: 2 Reddam Ave, Westlake 7945\nCity: Cape Town (Standard time zone: UTC/GMT +2 hours)\nTel.: (021) 702-7300\nFax: (021) 702-7493 ',
      numbers: ['+27217027300 Tel.', '+27217027493 Fax'],
      notNumbers: ['7945', 'GMT +2'],
    },
    {
      country: 'ZA',
      text: 'Address: 1 Sandton Drive, Sandhurst\nCity: Johannesburg (Standard time zone: UTC/GMT +2 hours)\nTel.: (011) 290-3000\nFax: (011) 884-0396',
      numbers: ['+27112903000 Tel.', '+27118840396 Fax'],
      notNumbers: ['GMT +2'],
    },
  ),
  ...page(
    'za-usembassy-johannesburg-acs',
    'https://za.usembassy.gov/embassy-consulates/johannesburg/u-s-citizen-services/',
    {
      country: 'ZA',
      text: 'During regular business hours (Monday – Thursday: 8:00 to 5:00 p.m.; Friday: 8:00 to 12:00 noon):\n\n  • From inside South Africa, dial 011-290-3000.\n  • From the U.S., dial: 011-27-11-290-3000.\n  • Email us on acsjohannesburg@state.gov',
      numbers: ['+27112903000'],
      notNumbers: ['8:00 to 5:00', '8:00 to 12:00'],
      why: 'In South Africa 011 is Johannesburg\'s trunk code, but the second line is dialled "from the U.S.": 011 is the US exit code and 27 11 290 3000 the same number as the first line.',
    },
  ),
  ...page('za-southafrica-info-consular', 'https://www.southafrica.info/services/government/consular', {
    country: 'ZA',
    text: 'Chief Directorate: Consular Services\nDepartment of Foreign Affairs\nPrivate Bag X152\nPretoria\n0001\nPhysical Address\nTulbagh Park Office Complex\n- Telephone: (012) 351 1000 / +27 12351 1000 from outside SA\n- Fax: (012) 342 3370 or 342 9315',
    numbers: ['+27123511000 Telephone', '+27123423370 Fax', '+27123429315 Fax'],
    notNumbers: ['X152', '0001'],
    why: 'The second fax number carries the (012) of the first: Pretoria numbers have 7 digits after the area code.',
  }),
  ...page('us-1uptravel-south-africa', 'http://1uptravel.com/travelwarnings/south-africa.html', {
    country: 'US',
    text: 'Travelers\nmay obtain further information from the Embassy of South Africa,\n3051 Massachusetts Avenue, NW, Washington, D.C. 20008, telephone\n(202) 232-4400, or the South African Consulates in Los Angeles,',
    numbers: ['+12022324400 telephone'],
    notNumbers: ['3051', '20008'],
  }),
  ...page(
    'tr-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Turkey.html',
    {
      country: 'US',
      text: '1480 Sok No:1 Cukurambar Mah\nCankaya 06530, Ankara\nTurkey\nTelephone: +(90) (312) 294-0000 (emergencies only)\nFax: +(90) (312) 232-7472',
      numbers: ['+903122940000 Telephone', '+903122327472 Fax'],
      notNumbers: ['1480', '06530'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Istanbul\nIstinye Mahallesi, Üç Şehitler Sokak No.2\nIstinye 34460 – Istanbul, Turkey\nTelephone: +(90) (212) 335-9000\nEmergency After-Hours Telephone: +(90) (212) 335-9000\nFax: +(90) (212) 335-9102',
      numbers: ['+902123359000 Telephone', '+902123359102 Fax'],
      notNumbers: ['34460'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate Adana\nGirne Bulvari No. 212,\nGüzelevler Mahallesi, Yüregir\nAdana, Turkey\nTelephone: +(90) (322) 455-4100\nEmergency After-Hours Telephone: +(90) (322) 455-4100\nFax: +(90)(322) 455-4141',
      numbers: ['+903224554100 Telephone', '+903224554141 Fax'],
      notNumbers: ['No. 212'],
    },
  ),
  ...page(
    'tr-usembassy-adana-demonstrations',
    'https://tr.usembassy.gov/sm-12192016/',
    {
      country: 'TR',
      text: '- Contact the U.S. Embassy in Ankara, located at 110 Ataturk Boulevard, Kavaklidere, 06100 Ankara, at +90-312-455-5555, 8:30 a.m. to 5:30 p.m. Monday through Friday. After-hours emergency number for U.S. citizens is +90-312-455-5555 or +90-212-335-9000 (U.S. Consulate General Istanbul).',
      numbers: ['+903124555555', '+902123359000'],
      notNumbers: ['110', '06100', '8:30', '5:30'],
    },
    {
      country: 'TR',
      text: '- Contact the U.S. Consulate General in Istanbul, located at 2 Uçsehitler Sokagi, 34460, Istinye, Sariyer, at +90-212-335-9000.',
      numbers: ['+902123359000'],
      notNumbers: ['34460'],
    },
    {
      country: 'TR',
      text: '- Call 1-888-407-4747 toll-free in the United States and Canada or 1-202-501-4444 from other countries from 8:00 a.m. to 8:00 p.m. Eastern Standard Time, Monday through Friday (except U.S. federal holidays).',
      numbers: ['+18884074747', '+12025014444'],
      notNumbers: ['8:00'],
      why: 'North American numbers named as such ("toll-free in the United States and Canada"), read from Turkey.',
    },
  ),
  ...page('tr-docstoc-consular-sheet', 'http://www.docstoc.com/docs/40552620/Country-Turkey', {
    country: 'US',
    text: 'For further information, travelers in the U.S. may contact the\nEmbassy of the Republic of Turkey at 2525 Massachusetts Avenue, NW,\nWashington, D.C. 20008, telephone: (202) 612-6700, or the Turkish\nconsulates general in Chicago, Houston, Los Angeles, or New York.',
    numbers: ['+12026126700 telephone'],
    notNumbers: ['2525', '20008'],
  }),
  ...page('ng-dailypost-abuja-closed', 'http://dailypost.ng/2018/08/15/us-embassy-abuja-temporarily-closed/', {
    country: 'NG',
    text: '“American citizens in northern Nigeria with emergency services needs should continue to contact the after-hours emergency number for Abuja at 09461-4000 and press “0” to go to the operator to request assistance.\n\n“American citizens in northern Nigeria with urgent travel needs who are travelling before Tuesday and who are willing to re-schedule their travel through Lagos should contact the ACS office at Consulate Lagos ( 01460 3400 and [email protected]) to discuss their options.',
    numbers: [],
    ambiguous:
      'Abuja (09) and Lagos (01) numbers of the old 7-digit plan; Nigeria has since moved fixed lines to 10-digit numbers, so the numbers as written can no longer be dialled and their new form cannot be read from the text.',
  }),
  ...page('ng-docstoc-consular-sheet', 'http://www.docstoc.com/docs/33242820/Country-Nigeria', {
    country: 'US',
    text: 'Entry information may be obtained at the Embassy of the Federal\nRepublic of Nigeria, 3519 International Court, NW, Washington, D.C.,\n20008, telephone (202) 822-1500, or at the Nigerian Consulate General in\nNew York, telephone (212) 808-0301.',
    numbers: ['+12028221500 telephone', '+12128080301 telephone'],
    notNumbers: ['3519', '20008'],
  }),
];
