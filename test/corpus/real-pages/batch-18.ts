import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Ukraine and Saudi Arabia. */
export const BATCH_18: RealPageSnippet[] = [
  ...page(
    'ua-state-gov-judicial',
    'https://travel.state.gov./content/travel/en/legal/Judicial-Assistance-Country-Information/Ukraine.html',
    {
      country: 'US',
      text: '4 A.I. Sikorsky St. (formerly Tankova)\n04112 Kyiv, Ukraine\nTelephone: +38 (044) 521-5000\nFax: +38 (044) 521-5544\nEmail: kyivacs@state.gov',
      numbers: ['+380445215000 Telephone', '+380445215544 Fax'],
      notNumbers: ['04112'],
      why: 'A Ukrainian habit: "+38" and the trunk 0 of "(044)" together spell the country code 380; +380 44 521 5000 is Kyiv.',
    },
  ),
  ...page(
    'ua-usembassy-eurovision',
    'https://ua.usembassy.gov/message-u-s-citizens-eurovision/',
    {
      country: 'UA',
      text: 'Emergency numbers are as follows: Fire (101); Police (102); Ambulance (103).',
      numbers: [],
      shortCodes: ['101', '102', '103'],
    },
    {
      country: 'UA',
      text: 'The U.S. Embassy in Kyiv is located at 4 A.I. Sikorsky St., Kyiv, Ukraine and is open Monday–Friday, 8:30 a.m. – 5:30 p.m. (by appointment), +380-44-521-5566.  If you are a U.S. citizen in need of urgent assistance outside of business hours, the emergency number for the U.S. Embassy is +380-44-521-5000.',
      numbers: ['+380445215566', '+380445215000'],
      notNumbers: ['8:30', '5:30'],
    },
  ),
  ...page(
    'ua-usembassy-victims-of-crime',
    'https://ua.usembassy.gov/u-s-citizen-services/victims-of-crime/information-victims-crime/',
    {
      country: 'UA',
      text: 'Reporting crimes: If you are the victim of a crime, you should report the incident to local law enforcement agencies as soon as possible in order to obtain assistance and preserve evidence, if necessary. In Ukraine, to reach the local police on the telephone, please dial 102.',
      numbers: [],
      shortCodes: ['102'],
    },
  ),
  ...page('ua-docslib-arrest-guide', 'https://docslib.org/doc/3205328/guide-for-u-s-citizens-arrested-abroad', {
    country: 'UA',
    text: 'According to the 1964 Bilateral Consular Convention between the United States and the Soviet Union, from which Ukraine is a successor state, Ukrainian authorities must notify the Embassy of the detention of a U.S. citizen within 72 hours of the confinement.',
    numbers: [],
    notNumbers: ['1964', '72 hours'],
  }),
  ...page(
    'ua-gale-background-note',
    'https://go.gale.com/ps/i.do?p=GVRL&u=pl3834&id=GALE%7CCX2895900201&v=2.1&it=r&sid=bookmark-GVRL&asid=2c455a09',
    {
      country: 'UA',
      text: 'Independence: August 24, 1991.\nConstitution: First post-Soviet constitution adopted June 28, 1996, amended January 1, 2006.',
      numbers: [],
      notNumbers: ['August 24, 1991', 'June 28, 1996', 'January 1, 2006'],
    },
  ),
  ...page(
    'sa-usembassy-emergency-services',
    'https://sa.usembassy.gov/u-s-citizen-services/emergency-contact/emergency-services/',
    {
      country: 'SA',
      text: 'The Embassy and Consulates General can be reached at:\n\n  • Riyadh: (966) (11) 835 4000\n  • Jeddah: (966) (12) 220 5000\n  • Dhahran: (966) (13) 330 3200',
      numbers: ['+966118354000 Riyadh', '+966122205000 Jeddah', '+966133303200 Dhahran'],
      why: 'Country code and area code in parentheses; Saudi numbers have 9 digits after 966.',
    },
  ),
  ...page(
    'sa-webarchive-citizen-services',
    'https://webarchive.library.unt.edu/web/20201218084841/https://sa.usembassy.gov/u-s-citizen-services',
    {
      country: 'SA',
      text: '  • Riyadh: (966) (11) 488 3800\n  • Jeddah: (966) (12) 220 5000\n  • Dhahran: (966) (13) 330 3200\n\nEven after hours, U.S. citizens can call the nearest embassy or consulate and reach a duty officer for assistance with serious emergencies 24 hours a day, seven days a week.',
      numbers: ['+966114883800 Riyadh', '+966122205000 Jeddah', '+966133303200 Dhahran'],
      notNumbers: ['24 hours'],
    },
  ),
  ...page(
    'sa-jeddah-usconsulate-2004',
    'https://webharvest.gov/peth04/20041014210002/http://jeddah.usconsulate.gov/jeddah/citizen_services.html',
    {
      country: 'SA',
      text: "In the event that your family needs to reach you because of an emergency at home or because they are worried about your welfare, they should call the State Department's Citizens Emergency Center at (202) 647-5225.",
      numbers: ['+12026475225'],
      why: "The text names the State Department's Washington centre: a US number (202), read on a page for the consulate in Jeddah.",
    },
    {
      country: 'SA',
      text: 'Hours of operation\n\nSaturday, Monday, Tuesday, and Wednesday. From 1:00 to 3:00 pm',
      numbers: [],
      notNumbers: ['1:00 to 3:00'],
    },
  ),
  ...page(
    'sa-legalclarity-riyadh',
    'https://legalclarity.org/us-embassy-riyadh-services-and-contact-information',
    {
      country: 'SA',
      text: 'The U.S. Embassy is located at Abdullah Ibn Hudhafah As Sahmi Street, Roundabout no. 9, within the Diplomatic Quarter of Riyadh. The general telephone number is +966-11-835-4000, which also serves as the 24/7 line for U.S. citizen emergencies.',
      numbers: ['+966118354000'],
      notNumbers: ['no. 9', '24/7'],
    },
    {
      country: 'SA',
      text: 'Non-Immigrant Visa interviews are generally scheduled between 8:00 a.m. and 11:00 a.m., and Immigrant Visa appointments are typically conducted from 12:30 p.m. to 3:00 p.m.',
      numbers: [],
      notNumbers: ['8:00', '11:00', '12:30', '3:00'],
    },
  ),
];
