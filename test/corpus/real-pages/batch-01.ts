import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Embassies, ministries, hospitals and city halls: the first pages searched. */
export const BATCH_01: RealPageSnippet[] = [
  ...page(
    'de-bohemia-tourism',
    'http://bohemia-tourism.com/Tipps/Botschaft/botschaft.html',
    {
      country: 'DE',
      text: 'PA: Velvyslanectvi Spolkov republiky Nmecko, P.O. Box 88, 118 01 Praha 1, Tschechische Republik.\n\nF: (00420 2) 57 11 31 11, 57 53 14 81; FAX: (00420 2) 57 53 40 56',
      numbers: ['+420257113111 F', '+420257531481 F', '+420257534056 FAX'],
      notNumbers: ['P.O. Box 88', '118 01'],
      why: 'Prague had area code 2 with 8-digit numbers; since 2002 the 2 is the first digit of a 9-digit number (2 5711 3111). "57 53 14 81" carries the "(00420 2)" of the list. 00 is the exit code from Germany.',
    },
    {
      country: 'DE',
      text: 'Visastelle: F: (00420 2) 57 11 32 69; FAX: (00420 2) 57 53 14 86',
      numbers: ['+420257113269 F', '+420257531486 FAX'],
    },
    {
      country: 'CZ',
      text: 'WICHTIGE TELEFONNUMMERN\n\nPolizei: 158\nFeuerwehr: 150\nRettungsdienst: 155',
      numbers: [],
      shortCodes: ['158', '150', '155'],
      why: 'Czech emergency short codes only: no ordinary number.',
    },
  ),
  ...page(
    'at-ots-format',
    'https://www.ots.at/presseaussendung/OTS_20060720_OTS0122/format-oesterreich-schliesst-botschaft-in-bonn',
    {
      country: 'AT',
      text: 'Rückfragen & Kontakt:\n\nFORMAT-Politik, Waltraud Kaserer,\nTel.: (01) 217 55/4128',
      numbers: ['+431217554128 Tel.'],
      why: 'Austrian numbers take the extension (Durchwahl) written after a slash as part of the number: Vienna (01) 217 55 with direct line 4128 is dialled 01 21755 4128 (Vienna subscriber numbers may run to 12 digits after the 1).',
    },
  ),
  ...page(
    'de-schlossholtestukenbrock',
    'https://www.schlossholtestukenbrock.de/buerger-stadt/rathaus/corona-virus-rathaus-erreichbarkeit/',
    {
      country: 'DE',
      text: 'Terminvereinbarungen für andere Anliegen:\n\n  • telefonisch mit den zuständigen Sachbearbeitenden\n  • diese finden Sie im Bürgerportal oder über die Telefonnummer 05207 8905 -0.',
      numbers: ['+49520789050 Telefonnummer'],
      why: 'DIN 5008: "-0" is the switchboard suffix of 05207 8905, dialled as one number 05207 89050.',
    },
    {
      country: 'DE',
      text: 'Um Kontakte zu minimieren, sollten Bürgerinnen und Bürgern ab dem 01. Dezember 2021 ihre Anliegen möglichst online über die im Bürgerportal bereitstehenden Formulare erledigen oder sich telefonisch oder per E-Mail mit Anfragen an die Fachbereiche wenden.',
      numbers: [],
      notNumbers: ['01. Dezember 2021'],
    },
  ),
  ...page(
    'us-visasforfuture',
    'https://www.visasforfuture.com/united-states-embassies-and-consulates/',
    {
      country: 'US',
      text: '  • Address: Rruga Stavro Vinjau, 14 Tirana, Albania\n  • Telephone: +355 42 247 285\n  • Fax: +355 42 232 222',
      numbers: ['+35542247285 Telephone', '+35542232222 Fax'],
      notNumbers: ['14'],
    },
    {
      country: 'US',
      text: '  • Address: 05 Chemin Cheikh Bachir Ibrahimi, El-Biar 16030 Algiers, Algeria\n  • Telephone: +213 (0) 770-08-2000\n  • Fax:\n  • Email: Algiers_webmaster@state.gov',
      numbers: ['+213770082000 Telephone'],
      notNumbers: ['05', '16030'],
      why: "The (0) is Algeria's trunk prefix after the country code, dropped: 770 08 2000 is a 9-digit mobile number.",
    },
    {
      country: 'US',
      text: '  • Telephone: +244 222 64 1000, +244 222 641 122, +244 222 44 7028, +244 222 44 6224\n  • Fax: +244 222 64 1000',
      numbers: [
        '+244222641000 Telephone',
        '+244222641122 Telephone',
        '+244222447028 Telephone',
        '+244222446224 Telephone',
      ],
      why: 'The fax repeats the first telephone number: each number once.',
    },
    {
      country: 'US',
      text: '  • Address: Av. Colombia 4300 (C1425GMN) Buenos Aires, Argentina\n  • Telephone: (54-11) 5777-4533\n  • Fax: (54-11) 5777-4240',
      numbers: ['+541157774533 Telephone', '+541157774240 Fax'],
      notNumbers: ['4300', 'C1425GMN'],
      why: "(54-11) is Argentina's country code and Buenos Aires' area code written without a plus, for callers abroad; 11 5777 4533 is a 10-digit Buenos Aires number.",
    },
    {
      country: 'US',
      text: '  • Address: 1 American Avenue 0082 Yerevan, Armenia\n  • Telephone: (+37410) 464-700\n  • Fax: (+37410) 464-742',
      numbers: ['+37410464700 Telephone', '+37410464742 Fax'],
      notNumbers: ['0082'],
      why: "+374 then Yerevan's area code 10 and a 6-digit subscriber number (8 national digits).",
    },
  ),
  ...page('us-legalclarity', 'https://legalclarity.org/american-embassy-services-locations-visas-and-assistance', {
    country: 'US',
    text: 'The State Department maintains a 24/7 emergency contact line for citizens unable to reach the nearest facility directly: 1-888-407-4747 (U.S. and Canada) or +1 202-501-4444 (international).',
    numbers: ['+18884074747', '+12025014444'],
    notNumbers: ['24/7'],
  }),
  ...page(
    'us-pixelation',
    'https://pixelation.org/finding-a-general-hospital-telephone-number-when-every-second-counts-1oom',
    {
      country: 'US',
      text: "For example, if you call the Mayo Clinic’s main campus in Rochester at 507-284-2511, you aren't just calling a desk; you're entering a sophisticated routing hub.",
      numbers: ['+15072842511'],
    },
    {
      country: 'US',
      text: 'If you call a general hospital telephone number for a facility like Massachusetts General (617-726-2000), the person who answers is a central operator.',
      numbers: ['+16177262000'],
    },
  ),
  ...page('ca-easternhealth', 'http://www.easternhealth.ca/WebInWeb.aspx?d=2&id=2552&p=2536', {
    country: 'CA',
    text: 'Patients and clients can call 709-752-4500, or toll-free at 1-833-752-4500, Monday to Friday, from 8:30 a.m. to 4:30 p.m.',
    numbers: ['+17097524500', '+18337524500'],
    notNumbers: ['8:30', '4:30'],
  }),
  ...page(
    'gb-torbay',
    'https://www.torbayandsouthdevon.nhs.uk/visiting-us/torbay-hospital/facilities/telephones/',
    {
      country: 'GB',
      text: 'For further information concerning the Trust’s Data Protection Policy view the online information or contact the Data Protection Officer on 01803 654507.',
      numbers: ['+441803654507'],
    },
    {
      country: 'GB',
      text: 'The main switchboard number is 0300 456 8000 (local rate) or 01803 614567.',
      numbers: ['+443004568000', '+441803614567'],
      why: '0300 is a UK non-geographic number charged at the local rate (10 national digits).',
    },
  ),
  ...page(
    'au-canberra-hospital',
    'http://www.health.act.gov.au/our-services/canberra-hospital-campus/patient-enquiries',
    {
      country: 'AU',
      text: 'However, if the hospital is the only way that contact can be made, please call reception on (02) 6244 2613 (from 7am to 8.30pm) or main switchboard on (02) 6244 2222 (24 hours a day / seven days a week).',
      numbers: ['+61262442613', '+61262442222'],
      notNumbers: ['7am', '8.30pm', '24 hours'],
    },
  ),
  ...page(
    'fr-istres',
    'https://www.istres.fr/index.php?id=88',
    {
      country: 'FR',
      text: 'SERVICE ÉLECTIONS\nLUNDI 8h30/12h - 13h30/17h30\nDU MARDI AU VENDREDI 8h30/12h - 13h30/17h',
      numbers: [],
      notNumbers: ['8h30/12h - 13h30/17h30', '8h30/12h - 13h30/17h'],
    },
    {
      country: 'FR',
      text: 'Hôtel de Ville\n1, esplanade Bernardin Laugier\nCS 970002\n13808 ISTRES CEDEX',
      numbers: [],
      notNumbers: ['CS 970002', '13808'],
      why: 'CS is a French "course spéciale" mail box number and 13808 a CEDEX postal code: no phone number.',
    },
  ),
  ...page('de-wetzlar', 'https://www.wetzlar.de/microsite/corona/aktuelles/Aktuelles/rathausgeschlossen.php', {
    country: 'DE',
    text: 'Die Verwaltungsgebäude sind für Kunden und externe Personen seit dem 16.12.2020 nicht mehr zugänglich.',
    numbers: [],
    notNumbers: ['16.12.2020'],
  }),
  ...page(
    'pl-msz-diplomacy',
    'https://msz.gov.pl/en/ministry/organisation/organisational_units_/department_of_public_and_cultural_diplomacy',
    {
      country: 'PL',
      text: '    Tel.: +48 22 523 9085\n    Tel.: +48 22 523 9975\n\n    Tel.: +48 22 455 5488\n    Fax: +48 22 523 9898',
      numbers: ['+48225239085 Tel.', '+48225239975 Tel.', '+48224555488 Tel.', '+48225239898 Fax'],
    },
  ),
  ...page('pl-nevadatravel', 'http://nevadatravel.pl/poradnik.php', {
    country: 'PL',
    text: 'Milion ofert wakacyjnych ! Rejsy po morzach i oceanach tel 601 25 62 42 wyloty z Łodzi , Bydgoszczy , Warszawy , Krakowa , Katowic , Gdańska , Rzeszowa , Szczecina ,Wrocławia !',
    numbers: ['+48601256242 tel'],
    why: 'Polish numbers have 9 digits; 601 starts a mobile number.',
  }),
  ...page('pl-gov-information', 'https://gov.pl/web/diplomacy/department-of-information', {
    country: 'PL',
    text: 'Deputy Director - Marek Sadowski\nTel.: +48 22 523 9356\nFax: +48 22 523 9099',
    numbers: ['+48225239356 Tel.', '+48225239099 Fax'],
  }),
  ...page(
    'pl-otwartawarszawa',
    'https://otwartawarszawa.pl/przewodnik/ambasada-demokratycznej-republiki-konga-w-polsce',
    {
      country: 'PL',
      text: 'W 2009 roku siedziba została ulokowana na ul. Szarotki 11a, a od 2010 do 2020 roku ambasada znajdowała się na ul. Bobrowieckiej 3/78.',
      numbers: [],
      notNumbers: ['2009', '2010 do 2020', '3/78'],
    },
  ),
  ...page('cz-mzv-polsko', 'http://www.mzv.cz/jnp/cz/encyklopedie_statu/evropa/polsko/index.html', {
    country: 'CZ',
    text: 'Celková rozloha Polska činí 322 575 km², z toho pevnina zabírá 311 889 km², vnitřní moře 2004 km² (Wiślanski a Štětínský záliv), teritoriální moře 8682 km².',
    numbers: [],
    notNumbers: ['322 575', '311 889', '2004', '8682'],
    why: 'Areas in square kilometres grouped by thousands: no phone number.',
  }),
  ...page('es-noticiasespana-washington', 'https://noticiasespana.es/embajada-de-espana-en-estados-unidos/', {
    country: 'ES',
    text: 'Dirección: 2375 Pennsylvania Ave. N.W. Washington, D.C. 20037\n\nTeléfono: 452 01 00 –   728 23 40\n\nTeléfono desde España:  (1 202) 452 01 00 –    (1 202) 728 23 40\n\nTelefax (desde España):    (1 202) 833 56 70',
    numbers: ['+12024520100 Teléfono', '+12027282340 Teléfono', '+12028335670 Telefax'],
    notNumbers: ['2375', '20037'],
    why: 'The first line gives the Washington numbers without the area code; the next line gives them with country code 1 and area code 202 "from Spain" (after 00). Each number once.',
  }),
  ...page('us-lq', 'http://www.lq.com/en/my-reservations/questions.html?nav=reservation', {
    country: 'US',
    text: "If you don't find your answer here, please email us for help or give us a call at 1-800-642-4271.",
    numbers: ['+18006424271'],
  }),
  ...page('de-heinrichhein', 'https://www.heinrichhein.com/home/gutachten-und-bewertung/', {
    country: 'DE',
    text: 'Rufen Sie mich an unter 089 - 890 555 219 - Andreas Hein',
    numbers: ['+4989890555219'],
  }),
];
