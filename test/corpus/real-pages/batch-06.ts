import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** US missions abroad as the State Department and the embassies list them: Germany, Mexico, Philippines, India. */
export const BATCH_06: RealPageSnippet[] = [
  ...page(
    'de-state-gov-judicial',
    'https://travel.state.gov./content/travel/en/legal/Judicial-Assistance-Country-Information/Germany.html',
    {
      country: 'US',
      text: 'U.S. EMBASSY BERLIN\nClayallee 170\n14191 Berlin\nFederal Republic of Germany\nTelephone: +(49) (30) 8305-0\nEmergency After-Hours Telephone: +(49) (30) 8305-0\nFax: +(49) (30) 8305-1050\nEmail: ACSBerlin@state.gov',
      numbers: ['+493083050 Telephone', '+493083051050 Fax'],
      notNumbers: ['170', '14191'],
      why: 'DIN 5008 switchboard form: 8305-0 is the switchboard (8305 0), 8305-1050 a direct line (8305 1050). The emergency line repeats the switchboard.',
    },
    {
      country: 'US',
      text: 'U.S. CONSULATE GENERAL FRANKFURT\nGiessener Str. 30\n60435 Frankfurt am Main\nFederal Republic of Germany\nTelephone: +(49) (69) 7535-0\nFax: +(49) (69) 7535-2252',
      numbers: ['+496975350 Telephone', '+496975352252 Fax'],
      notNumbers: ['60435'],
    },
    {
      country: 'US',
      text: 'U.S. CONSULATE GENERAL MUNICH\nKoeniginstrasse 5\n80539 Munich\nFederal Republic of Germany\nTelephone: +(49) (89) 2888-0\nEmergency After-Hours Telephone: +(49) 89-2888-0\nFax: If you need to send a fax, please email first to obtain a one-time use fax number.',
      numbers: ['+498928880 Telephone'],
      notNumbers: ['80539'],
    },
    {
      country: 'US',
      text: 'U.S. CONSULATE GENERAL DUSSELDORF\nWilli-Becker-Allee 10\n40227 Duesseldorf\nFederal Republic of Germany\nTelephone: +(49) (69) 7535-0\nEmergency After-Hours Telephone: +(49) (30) 8305-0\nFax: +(49) (69) 7535-2252',
      numbers: ['+496975350 Telephone', '+493083050 Emergency After-Hours Telephone', '+496975352252 Fax'],
      notNumbers: ['40227'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Hamburg\nKehrwieder 8\n20457 Hamburg\nFederal Republic of Germany\nTelephone: +(49) (30) 8305-0\nEmergency After-Hours Telephone: Contact the U.S. Embassy in Berlin: +(49) (30) 8305-0\nFax: +(49) (30) 8305-1050',
      numbers: ['+493083050 Telephone', '+493083051050 Fax'],
      notNumbers: ['20457'],
    },
  ),
  ...page('ca-movingincanada', 'http://www.movingincanada.com/General/Immigration-Consulates.htm', {
    country: 'CA',
    text: "If you're unable to make contact and require immediate assistance, place a collect call (where service is available) to the Emergency Operations Centre of Foreign Affairs and International Trade Canada, at 613-996-8885.",
    numbers: ['+16139968885'],
  }),
  ...page(
    'mx-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Mexico.html',
    {
      country: 'MX',
      text: 'EMERGENCY ASSISTANCE FOR U.S. CITIZENS IN MEXICO\nFrom Mexico: 800-681-9374 or 55-8526-2561\nFrom the United States: 1-844-528-6611',
      numbers: ['+528006819374', '+525585262561', '+18445286611'],
      why: '800 is a Mexican toll-free number of 10 digits and 55 Mexico City; the third number is to be dialled "from the United States": a US toll-free 844 number.',
    },
    {
      country: 'MX',
      text: 'U.S. Consulate General Merida\nCalle 60 No. 338-K x 29 y 31\nColonia Alcalá Martin\n97050 Mérida, Yucatán',
      numbers: [],
      notNumbers: ['60', '338-K', '97050'],
    },
    {
      country: 'MX',
      text: 'U.S. Consulate General Hermosillo\nConsulado General de los Estados Unidos de América en Hermosillo\nBlvd. Navarrete 291 Colonia Raquet Club C.P. 83204\nHermosillo, Sonora, Mexico.',
      numbers: [],
      notNumbers: ['291', 'C.P. 83204'],
    },
  ),
  ...page(
    'mx-usembassy-mexico-city',
    'https://mx.usembassy.gov/visas/u-s-embassy-mexico-city/',
    {
      country: 'MX',
      text: 'Embassy of the United States in Mexico City\nPaseo de la Reforma 305\nColonia Cuauhtémoc\n06500 CDMX\n\nFrom Mexico:\nTel : (55) 5080-2000\nFax: (55) 5080-2005\n\nFrom the U.S.:\nTel: 011-52-55-5080-2000\nFax: 011-52-55-5080-2005',
      numbers: ['+525550802000 Tel', '+525550802005 Fax'],
      notNumbers: ['305', '06500'],
      why: "The same two numbers twice: nationally, then after the US exit code 011 and Mexico's 52. Each number once.",
    },
    {
      country: 'MX',
      text: 'U.S. Passports, Citizenship and Notary Services\nRoom 106, Ext. 5060\n\nEmergency Passports: Ext. 5060\n\nPassport Services: 7:30 a.m. to 12:00 p.m. by appointment only',
      numbers: [],
      notNumbers: ['Room 106', 'Ext. 5060', '7:30', '12:00'],
    },
    {
      country: 'MX',
      text: 'Special Consular Services and other Emergencies than a passport (such as an arrest notification, death notification, child abduction, victim of crime):\n55-8526-2561 (from Mexico) or\n844-528-6611 (from the United States)',
      numbers: ['+525585262561', '+18445286611'],
      why: '844 528 6611 would also be a Saltillo number in Mexico, but the text says it is dialled from the United States: the US toll-free number the page gives as 1-844-528-6611 elsewhere.',
    },
  ),
  ...page(
    'mx-webarchive-citizen-services',
    'https://webarchive.library.unt.edu/web/20130213204855/http://mexico.usembassy.gov/eng/citizen_services.html',
    {
      country: 'MX',
      text: 'For after-hour emergencies, please call the Embassy at 01-52-55-5080-2000, press "0", and ask the switchboard operator to connect you to the duty officer.',
      numbers: ['+525550802000'],
      notNumbers: ['"0"'],
      why: "Whether 01 is a cut US exit code (011) or Mexico's retired long-distance prefix, the digits after it are country code 52 and the embassy's Mexico City number.",
    },
  ),
  ...page('mx-usembassy-hours', 'http://mexico.usembassy.gov/eng/eacs_hours.html', {
    country: 'MX',
    text: 'Please allow at least two business days for response. You may also call us at [52](55)5080-2000, ext. 4244 from noon to 5:00 p.m. Monday through Friday except holidays.',
    numbers: ['+525550802000'],
    notNumbers: ['5:00'],
    why: 'Country code and area code in brackets; ext. 4244 is the extension of that number.',
  }),
  ...page(
    'ph-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Philippines.html',
    {
      country: 'US',
      text: '1201 Roxas Boulevard\nManila, Philippines 1000\nTelephone: + (63) (2) 5301-2000\nEmergency After-Hours Telephone: + (63) (2) 5301-2000\nFax: + (63) (2) 5301-2017\nEmail: ACSInfoManila@state.gov',
      numbers: ['+63253012000 Telephone', '+63253012017 Fax'],
      notNumbers: ['1201', '1000'],
      why: 'Manila numbers have 8 digits after the area code 2 since 2019.',
    },
  ),
  ...page('ph-usembassy-emergency', 'https://ph.usembassy.gov/u-s-citizen-services/emergency-contact/', {
    country: 'PH',
    text: 'Callers in the United States can also reach the U.S. Department of State’s Office of Overseas Citizen Services toll free at 1-888-407-4747 (from overseas call 1-202-501-4444).',
    numbers: ['+18884074747', '+12025014444'],
    why: 'The text names the United States as where these are dialled; both are North American numbers.',
  }),
  ...page('ph-usembassy-services', 'https://ph.usembassy.gov/services/', {
    country: 'PH',
    text: 'If you need emergency assistance, such as to report the abduction of a U.S. citizen child, the arrest or death of a U.S. citizen, or if you have been the victim of a crime in the Philippines, please call us at (+63) 2 5301-2000 or email us at ACSInfoManila@state.gov. Call 911 to contact the Philippine National Emergency Hotline in a life-or-death emergency. Call 117 to reach the Philippine National Police Hotline to report a crime or an emergency requiring a police response.',
    numbers: ['+63253012000'],
    shortCodes: ['911', '117'],
  }),
  ...page('us-1uptravel-philippines', 'http://1uptravel.com/travelwarnings/philippines.html', {
    country: 'US',
    text: 'Additional information concerning entry\nrequirements may be obtained from the Embassy of the Philippines,\n1600 Massachusetts Avenue, N.W., Washington, D.C. 20036, telephone\n(202) 467-9300 or from the Philippines Consulates General in Chicago,',
    numbers: ['+12024679300 telephone'],
    notNumbers: ['1600', '20036'],
    why: 'The label ends the line above its number.',
  }),
  ...page('in-mumbai-usconsulate-arrest', 'http://mumbai.usconsulate.gov/arrest_of_an_american_citizen.html', {
    country: 'IN',
    text: 'If a U.S. citizen has been arrested, please contact the U.S. Consulate General in Mumbai at 022-2672-4000. If you are calling from the United States, first dial 011-91-22-. ',
    numbers: ['+912226724000'],
    notNumbers: ['011-91-22-'],
    why: 'The second group is only the prefix to dial before the number from the US, not a number.',
  }),
  ...page(
    'in-state-gov-country-info',
    'https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/India.html',
    {
      country: 'US',
      text: 'U.S. Embassy New Delhi\n\nShantipath, Chanakyapuri\nNew Delhi - 110021\nIndia\nTelephone: +(91) (11) 2419-8000\nEmergency After-Hours Telephone: +(91) (11) 2419-8000\nFax: +(91) (11) 2419-0017',
      numbers: ['+911124198000 Telephone', '+911124190017 Fax'],
      notNumbers: ['110021'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Mumbai (Bombay)\nC-49, G-Block, Bandra Kurla Complex\nBandra East, Mumbai 400051\nIndia\nTelephone: +(91) (22) 2672-4000\nEmergency After-Hours Telephone: +(91) (22) 2672-4000 If you\nare calling from within India, but outside Mumbai, first dial 022.\nFax: 91-(0)22-2672-4786',
      numbers: ['+912226724000 Telephone', '+912226724786 Fax'],
      notNumbers: ['C-49', '400051'],
      why: "The fax is written with the country code 91 but no plus, and India's trunk 0 in parentheses before Mumbai's 22.",
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Kolkata (Calcutta)\n5/1 Ho Chi Minh Sarani\nKolkata - 700 071,\nWest Bengal, India\nTelephone: +(91) (33) 3984-2400\nEmergency After-Hours Telephone: +(91) 99030 42956 or\n+(91) (33) 3984-2400 then dial "0"\nFax: +(91) (33) 2282-2335',
      numbers: ['+913339842400 Telephone', '+919903042956 Emergency After-Hours Telephone', '+913322822335 Fax'],
      notNumbers: ['5/1', '700 071'],
    },
  ),
  ...page(
    'in-godigit-us-embassy',
    'https://godigit.com/international-travel-insurance/india/foreign-embassy/usa/new-delhi',
    {
      country: 'IN',
      text: 'Address | Shantipath, Chanakyapuri, New Delhi - 110021 |\nContact No | 011-91-11-24198000 |\nFax Number | 011-91-11-2419-0017 |',
      numbers: ['+911124198000 Contact No', '+911124190017 Fax Number'],
      notNumbers: ['110021'],
      why: "Copied from a page for US callers: 011 is the North American exit code, then India's 91 and Delhi's 11. In India 011 would also be Delhi's trunk code, but 011 91 11 24198000 has too many digits for a Delhi number.",
    },
  ),
];
