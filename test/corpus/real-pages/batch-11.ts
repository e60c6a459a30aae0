import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Kenya, Israel and Vietnam: alerts and guides with the embassies' numbers. */
export const BATCH_11: RealPageSnippet[] = [
  ...page(
    'ke-stackcache-us-embassy',
    'https://www.stackcache.io/africa/kenya/u-s-embassy-and-consulate-services-for-u-s-citizens-in-kenya',
    {
      country: 'KE',
      text: 'In case of an emergency where you need to contact the U.S. Embassy in Kenya, you can do so by calling +254-20-363-6000. This number is available 24/7 for emergency American citizen services.',
      numbers: ['+254203636000'],
      notNumbers: ['24/7'],
    },
  ),
  ...page(
    'ke-so-usembassy-restrictions',
    'https://so.usembassy.gov/message-for-u-s-citizens-continued-restrictions-on-routine-american-citizen-services/',
    {
      country: 'KE',
      text: 'If a U.S. citizen is reporting a life-or-death emergency, please dial +254 20 363 6451.\n\nActions to TakeWe strongly recommend that U.S. citizens traveling to or residing in Kenya enroll in the Department of State’s Smart Traveler Enrollment Program (STEP).',
      numbers: ['+254203636451'],
    },
    {
      country: 'KE',
      text: 'Assistance:\n\nUnited Nations Avenue, Gigiri\n\n+254 (0) 20 363 6451\n\n+254 (0) 20 363 6000 (after hours)\n\nkenya_ac',
      numbers: ['+254203636451', '+254203636000'],
      why: "Kenya's trunk 0 in parentheses after the country code is dropped.",
    },
    {
      country: 'KE',
      text: 'We will also be closed during our designated passport pick up time on Tuesdays from 1:00-2:00 p.m. and during our document drop off time on Thursdays from 1:00-2:00 p.m.',
      numbers: [],
      notNumbers: ['1:00-2:00'],
    },
  ),
  ...page('ke-allafrica-security-alert', 'https://allafrica.com/stories/202302090406.html', {
    country: 'KE',
    text: 'Assistance\n\nU.S. Embassy Nairobi, Kenya\n\nUnited Nations Avenue, Gigiri\n\n+254 (0) 20 363 6451\n\nU.S. Citizen Services – U.S. Embassy in Kenya (usembassy.gov)\n\nState Department – Consular Affairs\n\n+1-888-407-4747 for calls from the United States or Canada\n\n+1-202-501-4444 for calls from overseas (Kenya)',
    numbers: ['+254203636451', '+18884074747', '+12025014444'],
  }),
  ...page('ke-nairobi-usembassy-service', 'http://nairobi.usembassy.gov/service.html', {
    country: 'KE',
    text: 'Emergency cases are accommodated on a walk-in basis on Mondays between 8am and 10am, or by appointment on any other weekday (call 020 363 6451 for an expedited emergency appointment).',
    numbers: ['+254203636451'],
    notNumbers: ['8am', '10am'],
  }),
  ...page(
    'il-usembassy-security-reminder',
    'https://il.usembassy.gov/security-message-u-s-citizens-personal-security-reminder/',
    {
      country: 'IL',
      text: 'The Consulate General in Jerusalem is located at 14 David Flusser, telephone (972) (2) 622-7230. The U.S. Embassy in Tel Aviv, located at 71 Hayarkon, telephone (972) (3) 519-7575.',
      numbers: ['+97226227230 telephone', '+97235197575 telephone'],
      notNumbers: ['14', '71'],
      why: 'Country code and area code each in parentheses: 972, then Jerusalem 2 or Tel Aviv 3 and 7 digits.',
    },
  ),
  ...page(
    'il-einpresswire-passport-event',
    'https://www.einpresswire.com/article/653530888/message-to-u-s-citizens-u-s-embassy-jerusalem-special-passport-application-event',
    {
      country: 'IL',
      text: 'Where: U.S. Embassy Jerusalem, 14 David Flusser Street, Arnona, Jerusalem\n\nWhen: Tuesday, September 5 from 3:00pm to 7:00pm by appointment only. The appointments will be released on Sunday, September 3 between 3-4pm on the scheduling website',
      numbers: [],
      notNumbers: ['14', '3:00pm to 7:00pm', '3-4pm'],
    },
    {
      country: 'IL',
      text: 'U.S. Embassy Jerusalem\n\n14 David Flusser St.\n\nJerusalem\n\nOnline ACS Inquiry System: click here\n\nPhone: +972-2-630-4000\n\nWebsite: https://il.usembassy.gov/',
      numbers: ['+97226304000 Phone'],
      notNumbers: ['14'],
    },
  ),
  ...page(
    'vn-1uptravel-consular-sheet',
    'http://1uptravel.com/travelwarnings/vietnam.html',
    {
      country: 'US',
      text: 'Vietnamese Embassy, 1233 20th Street, Suite 400, NW, Washington,\nDC 20036, telephone 202-861-0694 or 2293, Fax 202-861-1297, Internet\nhome page: http://www.vietnamembassy-usa.org; the Vietnamese Consulate\nGeneral, 1700 California Street - 4th Floor, San Francisco, CA\n94109, telephone 415-922-1577, or from a travel agent who organizes\ntravel to Vietnam.',
      numbers: ['+12028610694 telephone', '+12028612293 telephone', '+12028611297 Fax', '+14159221577 telephone'],
      notNumbers: ['1233', 'Suite 400', '20036', '1700', '94109'],
      why: '"202-861-0694 or 2293": the second line replaces only the last four digits of the first (202-861-2293).',
    },
    {
      country: 'US',
      text: 'VTC, 30A Ly Thuong Kiet Street, Hanoi, Telephone: (84-4) 826-4154,\nFax: (84-4) 825-7583, E-mail:',
      numbers: [],
      ambiguous:
        'Hanoi numbers of 2001: area code 4 and 7 digits. Hanoi numbers have since gained a digit (2008) and the area code became 24 (2017); the text as written no longer dials them.',
    },
  ),
  ...page(
    'vn-stackcache-emergency',
    'https://www.stackcache.io/asia/vietnam/emergency-assistance-for-u-s-citizens-on-short-term-visas-in-vietnam',
    {
      country: 'VN',
      text: 'U.S. citizens on short-term visas in Vietnam can contact emergency services by dialing 113 for police, 114 for ambulance, and 115 for fire department services.',
      numbers: [],
      shortCodes: ['113', '114', '115'],
    },
  ),
  ...page(
    'vn-vdocuments-acs-newsletter',
    'https://vdocuments.site/upcoming-holiday-closures-us-embassy-consulate-in-11-13-miscellaneous.html',
    {
      country: 'VN',
      text: 'Da Nang Date: Friday, January 11, 2019 Place: Bread of Life, 4 Dong Da, Thuan Phuoc, Hai Chau, Da Nang Time: from 9:00am to 12:00pm',
      numbers: [],
      notNumbers: ['January 11, 2019', '9:00am to 12:00pm'],
    },
  ),
];
