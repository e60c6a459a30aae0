import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Sweden, Greece and Pakistan. */
export const BATCH_13: RealPageSnippet[] = [
  ...page(
    'se-learn4good-us-embassy',
    'https://www.learn4good.com/travel/usembassy-consulates-sweden.htm',
    {
      country: 'SE',
      text: 'Address: Dag Hammarskjölds Väg 31, SE-115 89 Stockholm\nCity: Stockholm (Standard time zone: UTC/GMT +1/+2 hours)\nTel.: 08-783 53 00\nFax: 08-661 19 64\nConsular fax: 08-660 58 79\nWorking hours: Monday to Friday, 8.00 – 16.30',
      numbers: ['+4687835300 Tel.', '+4686611964 Fax', '+4686605879 Consular fax'],
      notNumbers: ['SE-115 89', 'GMT +1/+2', '8.00 – 16.30'],
      why: 'Stockholm 08 with 7 digits; SE-115 89 is a Swedish postal code.',
    },
    {
      country: 'SE',
      text: '  5. Pay a fee of$135.00 or SEK 1148, and $105.00 or SEK 893, for children under the age of 16.',
      numbers: [],
      notNumbers: ['$135.00', 'SEK 1148', '$105.00', 'SEK 893'],
    },
  ),
  ...page('se-usembassy-irc', 'https://se.usembassy.gov/information-resource-center/', {
    country: 'SE',
    text: 'How to contact us:\nPhone: 08-783 5300\nE-mail: stockholmirc@state.gov',
    numbers: ['+4687835300 Phone'],
  }),
  ...page(
    'se-chicagobluesreunion-citizen-services',
    'https://chicagobluesreunion.com/article/u-s-citizen-services/814',
    {
      country: 'SE',
      text: 'In an emergency involving an American citizen in Sweden, you can reach us via the main Embassy telephone number: +46 (0) 8 783 5300 (if dialing from the U.S.: 011 46 (0) 8 783 5300). Please note that this number is NOT for visa inquiries.',
      numbers: ['+4687835300'],
      why: 'One number twice: after +46, and after the US exit code 011; the (0) trunk prefix is dropped both times.',
    },
  ),
  ...page(
    'se-hcch-central-authority',
    'http://www.hcch.net/index_fr.php?act=authorities.details&aid=522',
    {
      country: 'SE',
      text: 'Address: Division for Criminal Cases and International Judicial Co-operation\nMinistry of Justice\nS-103 33 Stockholm\nSweden\nTelephone: +46 8 405 45 00\nFax: +46 8 405 46 76\nE-mail: ju.birs@gov.se',
      numbers: ['+4684054500 Telephone', '+4684054676 Fax'],
      notNumbers: ['S-103 33'],
    },
    {
      country: 'SE',
      text: 'Council Regulation (EC) No 2271/96 of 22 November 1996 protecting against the effects of the extra-territorial application of legislation adopted by a third country,',
      numbers: [],
      notNumbers: ['2271/96', '22 November 1996'],
    },
  ),
  ...page('gr-usembassy-attorneys', 'https://gr.usembassy.gov/u-s-citizen-services/attorneys/', {
    country: 'GR',
    text: 'If you have any other concerns or questions, please do not hesitate to reach the American Services section, at 210-7202414, Monday through Friday, from 8:30 to 17:00, or email us at,',
    numbers: ['+302107202414'],
    notNumbers: ['8:30 to 17:00'],
    why: 'Greek numbers have 10 digits; 210 is Athens.',
  }),
  ...page('gr-mfa-judicial-affairs', 'https://www.mfa.gr/en/blog/citizen-services/judicial-affairs/', {
    country: 'GR',
    text: 'As regards judicial matters, the role of our Greek Missions Abroad and the Foreign Ministry’s E3 Directorate are clearly administrative procedural. Ε3 Directorate competent office’s contact numbers: 210 360 2631, 210 368 2370 and 210-368 2355 .',
    numbers: ['+302103602631', '+302103682370', '+302103682355'],
    notNumbers: ['E3', 'Ε3'],
  }),
  ...page('gr-state-gov-background', 'https://2009-2017.state.gov/outofdate/bgn/greece/24843.htm', {
    country: 'GR',
    text: 'Major cities: Capital--Athens. Greater Athens (pop. 3,566,060), municipality of Athens (772,072), Thessaloniki (749,048), Piraeus (182,671), Greater Piraeus (880,529), Patras (170,452), Larissa (113,090), Iraklion (132,117).',
    numbers: [],
    notNumbers: ['3,566,060', '772,072', '749,048', '182,671', '880,529'],
  }),
  ...page(
    'gr-cable-05athens356',
    'https://wikileaks.jcvignoli.com/cable_05ATHENS356',
    {
      country: 'US',
      text: "1. Embassy warmly welcomes and grants country\nclearance for CODEL Goodlatte's visit to Athens,\nGreece, February 24-28,2005. Control officer for the\nvisit will be Economic Officer Cathleen Carothers, who\ncan be reached at tel. (30) 210 720-2309, FAX (30) 210\n729-4312, cell (30) 694 857 5525, residence (30) 210\n642-2047 or email",
      numbers: ['+302107202309 tel.', '+302107294312 FAX', '+306948575525 cell', '+302106422047 residence'],
      notNumbers: ['24-28,2005'],
      why: "(30) is Greece's country code for US readers; the fax and residence numbers break across lines after the area code 210.",
    },
    {
      country: 'US',
      text: '2. Schedule for the visit is being arranged at post\nper reftel and will be provided separately. Hotel\nreservations (breakfast included) have been made at\nthe Grande Bretagne, Syntagma Square 1, Tel. (30) 210\n333-0000, fax (30) 210-322-8034.',
      numbers: ['+302103330000 Tel.', '+302103228034 fax'],
    },
    {
      country: 'US',
      text: '3. Pursuant to State 66580 dated March 25, 2004, country\nclearance for any person on TDY for 30 days or more is\ngranted contingent on completion of the mandatory personal\nsecurity training.',
      numbers: [],
      notNumbers: ['66580', 'March 25, 2004'],
    },
  ),
  ...page(
    'pk-einpresswire-security-alert',
    'https://www.einpresswire.com/article/633973570/security-alert-u-s-embassy-islamabad-may-15-2023',
    {
      country: 'PK',
      text: 'Assistance:\n\nU.S. Embassy Islamabad, Pakistan\n\n+92 51-201-4000\n\nACSIslamabad@state.gov\n\nhttps://pk.usembassy.gov\n\nU.S. Consulate General, Karachi\n\n+92 21-3527-5000\n\nACSKarachi@state.gov\n\nU.S. Consulate General, Lahore\n\n+92 42-3603-4000\n\nACSLahore@state.gov\n\nU.S. Consulate General, Peshawar\n\n+92 -91-526-8800\n\nACSIslamabad@state.gov\n\nState Department – Consular Affairs\n\n888-407-4747 or 202-501-4444',
      numbers: ['+92512014000', '+922135275000', '+924236034000', '+92915268800', '+18884074747', '+12025014444'],
      why: 'The last two, under "State Department", are the US Department of State\'s numbers (toll-free 888 and Washington 202) without their country code; neither is a Pakistani number.',
    },
  ),
  ...page(
    'pk-stackcache-us-embassy',
    'https://www.stackcache.io/asia/pakistan/u-s-embassy-and-consulate-services-for-u-s-citizens-in-pakistan',
    {
      country: 'PK',
      text: 'In case of an emergency, U.S. citizens in Pakistan can contact the U.S. Embassy in Islamabad by calling the Embassy’s main switchboard number at +92-51-201-4000. This number is available 24 hours a day, 7 days a week. Additionally, U.S. citizens can also contact the U.S. Consulate General in Karachi at +92-21-3527-5000 or the U.S. Consulate General in Lahore at +92-42-3603-4000 during their respective working hours.',
      numbers: ['+92512014000', '+922135275000', '+924236034000'],
      notNumbers: ['24 hours', '7 days'],
    },
  ),
  ...page(
    'pk-traveldocs-pakistan',
    'http://www.traveldocs.com/index.php?page=pakistan-trvl-info',
    {
      country: 'US',
      text: 'Embassy: 3517 International Court NW, Washington, DC 20008\nTelephone: [1] (202) 243-6500\nFax: [1] (202) 387-0484',
      numbers: ['+12022436500 Telephone', '+12023870484 Fax'],
      notNumbers: ['3517', '20008'],
    },
    {
      country: 'US',
      text: 'Embassy: Diplomatic Enclave, Ramna 5, Islamabad\nMailing Address: P.O. Box 1048, Unit 62200, APO AE 09812-2200\nTelephone: [92] (51) 208-2000\nFax: [92] (51) 2276427',
      numbers: ['+92512082000 Telephone', '+92512276427 Fax'],
      notNumbers: ['Ramna 5', 'P.O. Box 1048', '62200', '09812-2200'],
      why: 'Islamabad (51) numbers have 7 digits.',
    },
    {
      country: 'US',
      text: 'Los Angeles\n10850 Wilshire Bl., Suite 1100,\nLos Angeles, CA 90024.\n(310) 441-5114',
      numbers: ['+13104415114'],
      notNumbers: ['10850', 'Suite 1100', '90024'],
    },
  ),
];
