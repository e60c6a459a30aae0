import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Ireland and New Zealand. */
export const BATCH_17: RealPageSnippet[] = [
  ...page(
    'ie-traveldocs-ireland',
    'http://www.traveldocs.com/index.php?page=ireland-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 2234 Massachusetts Avenue NW, Washington, DC\n20008\nTelephone: [1] (202) 462-3939\nFAX: (202) 232-5993',
      numbers: ['+12024623939 Telephone', '+12022325993 FAX'],
      notNumbers: ['2234', '20008'],
      why: 'The ZIP code 20008 stands alone on the line above the telephone number.',
    },
    {
      country: 'US',
      text: 'San Francisco\n44 Montgomery St., Suite 3830,\nSan Francisco, CA 94104.\n(415) 392-4214',
      numbers: ['+14153924214'],
      notNumbers: ['Suite 3830', '94104'],
    },
    {
      country: 'US',
      text: 'Boston\n535 Boylston St.,\nBoston, MA 02116.\n(617) 267-9330',
      numbers: ['+16172679330'],
      notNumbers: ['535', '02116'],
    },
    {
      country: 'US',
      text: 'Embassy: 42 Elgin Road, Ballsbridge, Dublin 4\nMailing Address: use embassy street address\nTelephone: [353] 1 668-7122\nFax: [353] 1 6689946',
      numbers: ['+35316687122 Telephone', '+35316689946 Fax'],
      notNumbers: ['Dublin 4'],
      why: '[353] is Ireland, 1 Dublin, then 7 digits.',
    },
  ),
  ...page(
    'ie-state-gov-country-info',
    'https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/Ireland.html',
    {
      country: 'US',
      text: 'U.S. Embassy Dublin\n42 Elgin Rd\nBallsbridge\nDublin 4\nIreland\nTelephone: +(353) (1) 668-8777\nEmergency after-hours telephone: +(353) (1) 630-6200\nFax: +(353) (1) 668-8056\nEmail: ACSDublin@state.gov',
      numbers: ['+35316688777 Telephone', '+35316306200 Emergency after-hours telephone', '+35316688056 Fax'],
      notNumbers: ['Dublin 4'],
    },
  ),
  ...page('ie-inis-mutual-legal-assistance', 'http://www.inis.gov.ie/en/JELR/Pages/Mutual_legal_assistance', {
    country: 'IE',
    text: 'Direct Contact Details for the Central Authority for Mutual Legal Assistance\n\nPhone: + 353 1 408 6108',
    numbers: ['+35314086108 Phone'],
    why: 'A space after the plus does not end the number.',
  }),
  ...page('ie-esta-us-embassy', 'https://www.esta.ie/resources/the-united-states-embassy-in-ireland-dublin', {
    country: 'IE',
    text: 'The United States Embassy in Ireland, Dublin\n\nPublished on 2019-03-10\nIreland - Dublin Bridge\n\nWith its official address at 42 Elgin Road, Ballsbridge, Dublin, The Embassy of the United States of America is the U.S. diplomatic mission to the host country of Ireland.',
    numbers: [],
    notNumbers: ['2019-03-10', '42'],
  }),
  ...page(
    'nz-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/NewZealand0.html',
    {
      country: 'US',
      text: 'U.S. Consulate General Auckland\nCitigroup Centre, 3rd Floor,\n23 Customs Street East\nAuckland, New Zealand\nTelephone: +(64) (9) 303-2724\nEmergency After-Hours Telephone: +(64) (4) 462-6000\nFax: +(64) (9) 303-1069\nEmail: aucklandacs@state.gov',
      numbers: ['+6493032724 Telephone', '+6444626000 Emergency After-Hours Telephone', '+6493031069 Fax'],
      notNumbers: ['23'],
      why: 'Auckland is 9 and Wellington 4, each with 7 digits.',
    },
    {
      country: 'US',
      text: 'U.S. Embassy Wellington\n29 Fitzherbert Terrace, Thorndon\nWellington, New Zealand\nTelephone: +(64) (4) 462-6000\nEmergency After-Hours Telephone: +(64) (4) 462-6000\nFax: +(64) (4) 499-0490',
      numbers: ['+6444626000 Telephone', '+6444990490 Fax'],
      notNumbers: ['29'],
    },
  ),
  ...page(
    'nz-traveldocs-new-zealand',
    'http://www.traveldocs.com/index.php?page=new-zealand-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 37 Observatory Circle NW, Washington, DC 20008\nTelephone: [1] (202) 328-4800\nFax: [1] (202) 667-5227',
      numbers: ['+12023284800 Telephone', '+12026675227 Fax'],
      notNumbers: ['37', '20008'],
    },
    {
      country: 'US',
      text: 'Embassy: 29 Fitzherbert Terrace, Thorndon, Wellington\nMailing Address: P. O. Box 1190, Wellington; PSC 467,\nBox 1, FPO AP 96531-1001\nTelephone: [64] (4) 472-2068\nFax: [64] (4) 471-2380',
      numbers: ['+6444722068 Telephone', '+6444712380 Fax'],
      notNumbers: ['P. O. Box 1190', 'PSC 467', '96531-1001'],
    },
    {
      country: 'US',
      text: 'New York\n222 East 41st Street, Suite 2510\nNew York, NY 10017\nPH: (212) 832-4038\nFAX: (212) 832-7602',
      numbers: ['+12128324038 PH', '+12128327602 FAX'],
      notNumbers: ['222', 'Suite 2510', '10017'],
    },
  ),
  ...page('nz-usembassy-victims-of-crime', 'https://nz.usembassy.gov/services/victims-of-crime/', {
    country: 'NZ',
    text: 'If you are injured during a criminal act, call 111 right away.  You can also report a crime or register a complaint at any police station; a friend or family member can make the report under some circumstances.',
    numbers: [],
    shortCodes: ['111'],
  }),
  ...page(
    'nz-webharvest-judicial',
    'https://webharvest.gov/peth04/20041108150354/http:/travel.state.gov/law/newzealand_legal.html',
    {
      country: 'US',
      text: '22 U.S.C. 4215; 22 U.S.C. 4221; 18 U.S.C. App. Fed. R. Crm. P., Rules 15 and 17; 28 U.S.C. Fed. R. Civ P., Rules 28-31; 22 C.F.R. 92-55-92-66 (general authority of consular officers)',
      numbers: [],
      notNumbers: ['4215', '4221', '28-31', '92-55-92-66'],
      why: 'Legal citations: section numbers grouped like a phone number (92-55-92-66) but naming regulations.',
    },
  ),
  ...page('nz-ediplomat-post-report', 'http://www.ediplomat.com/np/post_reports/pr_nz.htm', {
    country: 'NZ',
    text: 'New Zealand’s total area, 104,440 square miles, is about two-thirds the size of California. All but 1% of its area is in the two main islands: the North Island with 44,281 square miles, and the less populated South Island with 58,093 square miles.',
    numbers: [],
    notNumbers: ['104,440', '44,281', '58,093'],
  }),
];
