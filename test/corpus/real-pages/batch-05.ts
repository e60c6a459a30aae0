import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Vienna taxis, French town halls, Indian and German offices, Buenos Aires cables. */
export const BATCH_05: RealPageSnippet[] = [
  ...page(
    'jp-wien-info-taxi',
    'https://www.wien.info/ja/%E3%83%9B%E3%83%86%E3%83%AB-%E6%97%85%E3%81%AE%E8%A8%88%E7%94%BB/%E3%82%A2%E3%82%AF%E3%82%BB%E3%82%B9/%E7%A9%BA%E6%B8%AF%E3%81%8B%E3%82%89%E3%82%A6%E3%82%A3%E3%83%BC%E3%83%B3%E5%B8%82%E4%B8%AD%E5%BF%83%E9%83%A8%E3%81%B8/%E3%82%A6%E3%82%A3%E3%83%BC%E3%83%B3%E3%81%AE%E3%82%BF%E3%82%AF%E3%82%B7%E3%83%BC-360914',
    {
      country: 'JP',
      text: '- Tel. +43 1 40 100, www.taxi40100.at\n- Tel. +43 1 31 300, www.taxi31300.at',
      numbers: ['+43140100 Tel.', '+43131300 Tel.'],
      why: 'Vienna (1) numbers may be as short as five digits after the area code: the taxi switchboards 40 100 and 31 300.',
    },
  ),
  ...page('at-viennatouristinformation-taxi', 'https://viennatouristinformation.com/planen/anreise/taxi', {
    country: 'AT',
    text: 'Nachttarif\nZwischen 23:00 Uhr und 6:00 Uhr gilt der Nachttarif. Die Grundgebühr beträgt 4,30 Euro, die ersten 4 Kilometer kosten 1,62 Euro, die nächsten 5 Kilometer 1,28 Euro und jeder weiter Kilometer kostet 1,18 Euro.',
    numbers: [],
    notNumbers: ['23:00', '6:00', '4,30', '1,62', '1,28', '1,18'],
  }),
  ...page('at-yumpu-hallo-taxi', 'https://www.yumpu.com/de/document/view/852728/hallo-taxi-2-2010pdf-bei-taxi-60160', {
    country: 'AT',
    text: 'Ausgabe 2 / 2010<br />\n\nEUR 2,80<br />\n\nGZ 07Z037642<br />\n\nVerlagspostamt 1100 Wien<br />',
    numbers: [],
    notNumbers: ['2 / 2010', '2,80', '07Z037642', '1100'],
  }),
  ...page(
    'fr-panneaupocket-parves',
    'https://app.panneaupocket.com/ville/2135285813-parves-et-nattages-01300?panneau=1812146150',
    {
      country: 'FR',
      text: 'Pompiers : 18 ou 112\nGendarmerie : 17\nSamu : 15',
      numbers: [],
      shortCodes: ['18', '112', '17', '15'],
    },
  ),
  ...page(
    'fr-lancon-provence',
    'https://www.lancon-provence.fr/fr/acces-rapide/droits-demarches.html?xml=F22127',
    {
      country: 'FR',
      text: 'Les retraits de titres CNI/PASSEPORT se font sans rendez-vous, auprès du service état-civil, du lundi au vendredi de 8h30 à 12h, et le mardi de 17h30 à 18h30.',
      numbers: [],
      notNumbers: ['8h30 à 12h', '17h30 à 18h30'],
    },
    {
      country: 'FR',
      text: 'Les retraits et dépôts de dossier de "Mariage", "Pacs" et "Reconnaissance" se font sur rendez-vous auprès du service Etat-Civil de la Mairie.\n\nContact : 04 90 42 99 61 ; etat.civil@remove-this.lancon-provence.fr',
      numbers: ['+33490429961 Contact'],
    },
  ),
  ...page(
    'fr-uzes',
    'https://uzes.fr/demarches/formalites-administratives/changement-de-prenom?cHash=e0fef0437f35c3e2c04e2531c625c833&xml=F22127',
    {
      country: 'FR',
      text: 'Une fois le dossier complété, veuillez prendre rendez-vous pour le déposer en mairie d’Uzès auprès du service Etat-Civil en appelant le 04 66 03 48 48.',
      numbers: ['+33466034848'],
    },
  ),
  ...page('us-elon-facilities', 'http://org.elon.edu/fachandbook/items/items3.htm', {
    country: 'US',
    text: 'Requests concerning repairs, janitorial service, plumbing, heating and electrical work should be called in (278)-5500, faxed to (278)-5473 and/or sent on request line. All emergencies should be reported on extension (278)-5500.',
    numbers: [],
    ambiguous:
      'Campus extensions written as exchange and line, (278)-5500: seven digits without the area code, which the text does not give.',
  }),
  ...page('us-canisius-mailroom', 'https://blogs.canisius.edu/the-dome/2017/08/23/mailroom-delivery-changes/', {
    country: 'US',
    text: 'Contact Gary Lew, director of purchasing, at Ext. 2255, if you have questions.',
    numbers: [],
    notNumbers: ['Ext. 2255'],
    why: 'An internal extension with no number to dial it from outside.',
  }),
  ...page('in-defzone-std-codes', 'https://defzone.net/wiki/ta/இந்தியாவில்_தொலைபேசி_எண்கள்', {
    country: 'IN',
    text: '020-30303030 என்ற எண்ணில், 020 என்பது புனேவையும், 3 என்பது ரிலையன்ஸ் நிறுவனத்தையும், மற்ற எண்கள் தொலைபேசியையும் குறிக்கின்றன.',
    numbers: ['+912030303030'],
    why: "Pune's STD code 020 and an 8-digit subscriber number: 10 national digits. The text then names the parts, which are not numbers.",
  }),
  ...page('in-telegraph-directory', 'https://www.telegraphindia.com/1030519/asp/calcutta/story_1981499.asp', {
    country: 'IN',
    text: 'For instance, the older (and bigger) exchange — 472 — now has several smaller exchanges with different numbers; some have stayed with the 472 beginning but many numbers now start with 422, 423, 416 or 417.',
    numbers: [],
    notNumbers: ['472', '422, 423, 416 or 417'],
    why: 'Exchange prefixes discussed in prose: no whole number.',
  }),
  ...page('in-tnsec-rti', 'https://tnsec.tn.nic.in/tnsec_upload/pdf/rti.html', {
    country: 'IN',
    text: 'Tamil\nNadu State Election Commission,\n208/2,\nJawaharlal Nehru Road,\nOpp.\nCMBT, Arumbakkam, Chennai - 600 106.',
    numbers: [],
    notNumbers: ['208/2', '600 106'],
    why: 'A door number and a PIN code written with a space.',
  }),
  ...page(
    'de-doczz-freiburg-drucksache',
    'https://doczz.fr/doc/1622563/drucksache-ba-14-001-b-e-s-c-h-l-u-s-s',
    {
      country: 'DE',
      text: 'Dezernat/Amt:\nVerantwortlich:\nTel.Nr.:\nDatum\nV / Stadtplanungsamt\nHerr Jerusalem\n4100\n15.01.2014',
      numbers: [],
      notNumbers: ['4100', '15.01.2014'],
      why: 'The Tel.Nr. column holds an internal extension; the number it extends is not in the text.',
    },
    {
      country: 'DE',
      text: 'folgende Grundstücke: Flst.Nrn. 1809, 1802, 1801, 1800/1, 1798/2, 1798/1,\n1797/1 (Straße), 1792/2,1796/1, 1795/1, 1794/1, 1793/1, 1792/1, 1814, 1786,',
      numbers: [],
      notNumbers: ['1809, 1802, 1801', '1800/1, 1798/2, 1798/1', '1792/2,1796/1'],
      why: 'Land parcel numbers (Flurstücke), listed like a shorthand list of numbers but labelled as parcels.',
    },
  ),
  ...page('ar-scoop-fsi-economics', 'http://www.scoop.co.nz/stories/WL0804/S00462.htm', {
    country: 'US',
    text: '2. Embassy Buenos Aires Control Officer will be ECON Officer Ian\nSheridan , who can be reached at (54-11) 5777-4359. Email is\nSheridan Embassy address: Av. Colombia 4300, Embassy\nphone 54-11-5777-4555; Embassy fax 54-11-5777-4212. Embassy hours:\n8:45 a.m. to 5:45 p.m.',
    numbers: ['+541157774359', '+541157774555 phone', '+541157774212 fax'],
    notNumbers: ['4300', '8:45', '5:45'],
    why: 'Written for US readers without a plus: 54 is Argentina, 11 Buenos Aires.',
  }),
  ...page(
    'ar-cable-06buenosaires2544',
    'https://wikileaks.jcvignoli.com/cable_06BUENOSAIRES2544/',
    {
      country: 'US',
      text: '2. Embassy point of contact will be ESTH Officer Jonathan\nBayat, who can be reached at (5411) 5777-4747. Email is\nBayatJ@state.gov. Embassy address: Av. Colombia 4300,\nEmbassy phone 54-11-5777-4555; Embassy fax 54-11-5777-4212.\nEmbassy hours: 8:45 a.m. to 5:45 p.m.',
      numbers: ['+541157774747', '+541157774555 phone', '+541157774212 fax'],
      notNumbers: ['4300', '8:45', '5:45'],
      why: '(5411) joins the country code 54 and the area code 11 in one bracket.',
    },
    {
      country: 'US',
      text: 'DE RUEHBU #2544/01 3182004\nZNR UUUUU ZZH\nR 142004Z NOV 06\nFM AMEMBASSY BUENOS AIRES\nTO RUCPDOC/USDOC WASHINGTON DC\nINFO RUEHC/SECSTATE WASHDC 6461\nUNCLAS BUENOS AIRES 002544 ',
      numbers: [],
      notNumbers: ['#2544/01 3182004', '142004Z', '6461', '002544'],
    },
  ),
  ...page('us-1uptravel-argentina', 'http://1uptravel.com/travelwarnings/argentina.html', {
    country: 'US',
    text: 'For current information concerning entry and\ncustoms requirements for Argentina, travelers can contact the\nArgentine Embassy at 1600 New Hampshire Ave., NW, Washington,\nDC 20009, tel. (202) 939-6400.',
    numbers: ['+12029396400 tel.'],
    notNumbers: ['1600', '20009'],
  }),
  ...page(
    'ar-migraciones',
    'http://www.migraciones.gov.ar/accesibleingles/?tramites',
    {
      country: 'AR',
      text: '  Location: Antártida Argentina Avenue1355.\n\n  Phone: (011) 4317-0388\n\n  Email: info@migraciones.gov.ar',
      numbers: ['+541143170388 Phone'],
      notNumbers: ['1355'],
      why: "Argentina's trunk 0 before Buenos Aires' area code 11, then 8 digits.",
    },
    {
      country: 'AR',
      text: '• Hours of opening: from 8:00 am to 21:00 pm\n• Cost: $ 200',
      numbers: [],
      notNumbers: ['8:00', '21:00', '$ 200'],
    },
  ),
];
