import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Spain, Morocco and Malaysia. */
export const BATCH_16: RealPageSnippet[] = [
  ...page(
    'es-usembassy-contact',
    'https://es.usembassy.gov/contact/',
    {
      country: 'ES',
      text: 'Emergency Contacts for American Citizen Services\n\nU.S. Citizens with emergencies, please call (+34) 91 587 2200.\n\nFrom the Barcelona region, please call (+34) 93 280 2227.\n\nOutside of Office Hours, contact: (+34) 91 587 2200.\n\nOutside of Spain: (+34) 91 587 2200.',
      numbers: ['+34915872200', '+34932802227'],
      why: 'The Madrid number is given four times: one number.',
    },
    {
      country: 'ES',
      text: 'U.S. Embassy Madrid\nCalle de Serrano, 75\n28006 Madrid, Spain\nPhone: (+34) 91-587-2200\nFax: (+34) 91-587-2303\nWebpage: https://es.usembassy.gov/',
      numbers: ['+34915872200 Phone', '+34915872303 Fax'],
      notNumbers: ['75', '28006'],
    },
    {
      country: 'ES',
      text: 'Paseo Reina Elisenda de Montcada, 23\n08034 Barcelona, España\nPhone: (+34) 93 280 22 27\nWebpage: https://es.usembassy.gov/barcelona/',
      numbers: ['+34932802227 Phone'],
      notNumbers: ['23', '08034'],
    },
    {
      country: 'ES',
      text: 'If you are a U.S. citizen in Spain or Andorra who requires emergency assistance, please call the local emergency number, which is 112.  This number is available 24/7, toll free, and can be dialed from Spanish and Andorran landline telephones, mobile phones, and public phones.',
      numbers: [],
      shortCodes: ['112'],
      notNumbers: ['24/7'],
    },
    {
      country: 'ES',
      text: 'Note: Time difference between Washington D.C. and Spain/Andorra is + 6 hours.',
      numbers: [],
      notNumbers: ['+ 6'],
    },
  ),
  ...page(
    'es-reference-embassy-spain',
    'https://www.reference.com/government-politics/can-americans-u-s-embassy-spain-1f22adf47f3b515a',
    {
      country: 'US',
      text: 'The U.S. Embassy can intervene in the event of an emergency involving an American citizen in Spain. To contact the embassy staff for this purpose, individuals should call (34) 91-587-2200, as of 2015.',
      numbers: ['+34915872200'],
      notNumbers: ['2015'],
      why: "(34) is Spain's country code without a plus, for US readers.",
    },
  ),
  ...page(
    'es-barcelona-usconsulate',
    'https://barcelona.usconsulate.gov/citizen-services.html',
    {
      country: 'ES',
      text: 'For emergency assistance after hours, U.S. citizens may call (91) 587-2200 and ask to speak to the duty officer.  The Consulate General is closed evenings, weekends and holidays.',
      numbers: ['+34915872200'],
      why: 'Spanish numbers have 9 digits including the area code; (91) is Madrid.',
    },
    {
      country: 'ES',
      text: 'U.S. Consulate General\nPaseo de Reina Elisenda de Montcada, 23\n08034 Barcelona\n\nTel. (+34) 93 280 22 27\nFax (+34) 93 280 61 75',
      numbers: ['+34932802227 Tel.', '+34932806175 Fax'],
      notNumbers: ['23', '08034'],
    },
  ),
  ...page('es-spainagain-embassy', 'https://spainagain.net/americanembassymadrid', {
    country: 'ES',
    text: 'Opening hours\n\nMonday to Friday : 08:00–13:00\n\nContact\n\nTelephone: (+34) 91-587-2200\n\nFax: (+34) 91-587-2303',
    numbers: ['+34915872200 Telephone', '+34915872303 Fax'],
    notNumbers: ['08:00–13:00'],
  }),
  ...page(
    'ma-stackcache-us-embassy',
    'https://www.stackcache.io/africa/morocco/u-s-embassy-and-consulate-services-for-u-s-citizens-in-morocco',
    {
      country: 'MA',
      text: 'Call the U.S. Embassy in Rabat at +212 (0) 537-637-200. This number is available 24 hours a day for emergencies involving U.S. citizens.\n\nYou can also contact the U.S. Consulate General in Casablanca at +212 (0) 522-642-099 for assistance during office hours.',
      numbers: ['+212537637200', '+212522642099'],
      notNumbers: ['24 hours'],
      why: "Morocco's trunk 0 in parentheses after +212 is dropped; 9 national digits.",
    },
  ),
  ...page(
    'ma-state-gov-travel-advisory',
    'https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/morocco-travel-advisory.html',
    {
      country: 'US',
      text: 'U.S. Consulate General Casablanca\n\n8 Boulevard Moulay Youssef,\nCasablanca, Morocco\n\nTelephone: +(212) (522) 642-099\n\nEmergency After-Hours Telephone: +(212)(661) 13-19-39\n\nFax: +(212) (522) 29-77-01',
      numbers: ['+212522642099 Telephone', '+212661131939 Emergency After-Hours Telephone', '+212522297701 Fax'],
      notNumbers: ['8'],
    },
    {
      country: 'US',
      text: 'U.S. Embassy Rabat\n\nKM 5.7, Avenue Mohammed VI\nSouissi, Rabat\n10170, Morocco\n\nTelephone: +(212)(537) 63-72-00\n\nEmergency After-Hours Telephone: +(212)(661)13-19-39\n\nFax: +(212)(537) 63-72-01',
      numbers: ['+212537637200 Telephone', '+212661131939 Emergency After-Hours Telephone', '+212537637201 Fax'],
      notNumbers: ['KM 5.7', '10170'],
    },
  ),
  ...page(
    'ma-usembassy-demonstration-alert',
    'https://ma.usembassy.gov/demonstration-alert-u-s-consulate-casablanca-january-30-2020/',
    {
      country: 'MA',
      text: 'Assistance:\nThe U.S. Embassy in Rabat\n0537-63-72-00\nU.S. Consulate General in Casablanca\n0522-64-20-99\n0661-13-19-39 (after hours)\nacscasablanca@state.gov\nState Department – Consular Affairs\n1-888-407-4747 or 1- 202-501-4444',
      numbers: ['+212537637200', '+212522642099', '+212661131939', '+18884074747', '+12025014444'],
      why: 'Moroccan numbers with the trunk 0; the State Department numbers are North American (the last split after its 1).',
    },
    {
      country: 'MA',
      text: 'Event: Demonstrations against the U.S. Middle East Peace Plan are expected to take place in Casablanca around 7:00 PM on Thursday, January 30 in the vicinity of the U.S. Consulate General.',
      numbers: [],
      notNumbers: ['7:00', 'January 30'],
    },
  ),
  ...page('ma-usembassy-citizen-services', 'https://ma.usembassy.gov/u-s-citizen-services/', {
    country: 'MA',
    text: 'In accordance with the provisions of Moroccan Law 02-03 related to the entry and stay of foreigners in Morocco, non-resident foreign nationals (foreign nationals not in possession of a Moroccan residency card),',
    numbers: [],
    notNumbers: ['02-03'],
  }),
  ...page(
    'my-state-gov-judicial',
    'https://travel.state.gov./content/travel/en/legal/Judicial-Assistance-Country-Information/Malaysia.html',
    {
      country: 'US',
      text: '376 Jalan Tun Razak\n50400, Kuala Lumpur\nMalaysia\nTelephone: +(60) (3) 2168-5000\nEmergency After-Hours Telephone: +(60) (3) 2168-5000 (press 0 at the recording)\nFax: +(60) (3) 2148-5801\nEmail: klacs@state.gov',
      numbers: ['+60321685000 Telephone', '+60321485801 Fax'],
      notNumbers: ['376', '50400'],
      why: 'Kuala Lumpur (3) numbers have 8 digits.',
    },
  ),
  ...page('my-usembassy-arrest', 'https://my.usembassy.gov/arrest-of-a-u-s-citizen/', {
    country: 'MY',
    text: 'If you are arrested, you should ask the police to notify the American Embassy immediately at 03-2168-5000. Under the 1963 Vienna Convention on Consular Relations, the Malaysian government is obliged to notify the Embassy expeditiously of the arrest or detention of an American citizen.',
    numbers: ['+60321685000'],
    notNumbers: ['1963'],
  }),
  ...page('my-1uptravel-consular-sheet', 'http://1uptravel.com/travelwarnings/malaysia.html', {
    country: 'US',
    text: 'For more information on entry requirements,\ncontact the Embassy of Malaysia, 2401 Massachusetts Avenue, N.W.,\nWashington, D.C. 20008, telephone: (212) 328-2700, or the Malaysian\nConsulates located in New York, telephone (202) 328-2700, or Los\nAngeles, telephone (213) 892-1238.',
    numbers: ['+12123282700 telephone', '+12023282700 telephone', '+12138921238 telephone'],
    notNumbers: ['2401', '20008'],
    why: 'The page swapped the area codes of Washington (202) and New York (212); the numbers as written are still valid numbers, read as written.',
  }),
];
