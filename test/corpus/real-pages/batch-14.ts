import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Polish offices, Quezon City and the Vienna magistrate. */
export const BATCH_14: RealPageSnippet[] = [
  ...page(
    'pl-pw-edu-dss',
    'https://bip.pw.edu.pl/index.php/layout/set/print/Sklad-osobowy/Jednostki-organizacyjne-administracji-centralnej/Dzial-ds.-Studiow/Informacje-Information',
    {
      country: 'PL',
      text: 'Politechnika Warszawska\nul. Rektorska 4, 00-614 Warszawa\ntel.: (+48) 22 234 73 81; 22 234 76 04; 22 621 41 05',
      numbers: ['+48222347381 tel.', '+48222347604 tel.', '+48226214105 tel.'],
      notNumbers: ['00-614'],
      why: 'The country code in parentheses is written once for a list of three 9-digit Warsaw numbers.',
    },
    {
      country: 'PL',
      text: 'Rachunek: Bank PEKAO SA\nnr 14 1240 2092 9522 8217 0010 0000\nTytuł przelewu: czego dotyczy wpłata, imię i nazwisko kogo dotyczy opłata.',
      numbers: [],
      notNumbers: ['14 1240 2092 9522 8217 0010 0000'],
      why: 'A Polish bank account number (NRB, the IBAN without PL) grouped in fours.',
    },
  ),
  ...page(
    'pl-bialystok-uw-bip',
    'http://bip-archiwum.bialystok.uw.gov.pl/Show_Item.aspx?ID=2531',
    {
      country: 'PL',
      text: 'Ewelina Kiersnowska\nPunkt Obsługi Klienta\nMickiewicza 3\n15-213 Białystok\ntelefon: +48857439347\nfaks: +48857439231\ne-mail: ekiersnowska@bialystok.uw.gov.pl',
      numbers: ['+48857439347 telefon', '+48857439231 faks'],
      notNumbers: ['15-213'],
    },
    {
      country: 'PL',
      text: 'Mirosława Sapoćko-Dykałowicz\nPunkt Obsługi Klienta\nMickiewicza 3\n15-213 Białystok\ntelefon: +48 7439493\nfaks: +48 7439251\ne-mail: msapocko@bialystok.uw.gov.pl',
      numbers: [],
      notNumbers: ['15-213'],
      ambiguous: "Both numbers lost Białystok's area code 85: +48 7439493 has 7 of the 9 digits a Polish number needs.",
    },
    {
      country: 'PL',
      text: 'Arkadiusz Wróblewski\nPunkt Obsługi Klienta Podlaskiego Urzędu Wojewódzkiego\nul. Mickiewicza 3\n15-213 Białystok\ntelefon: 85 7439 493\nfaks: 85 7439 231\ne-mail: bok@bialystok.uw.gov.pl\nElektroniczna Skrzynka Podawcza\n25351451   odwiedzin',
      numbers: ['+48857439493 telefon', '+48857439231 faks'],
      notNumbers: ['15-213', '25351451'],
      why: '25351451 is the page\'s visit counter ("odwiedzin"), 8 digits that are no Polish number.',
    },
    {
      country: 'PL',
      text: 'PROTOKÓŁ\n\nBiałystok, 15 czerwca 2004r.\n\nRR.XI.0932-2/04',
      numbers: [],
      notNumbers: ['15 czerwca 2004', '0932-2/04'],
    },
  ),
  ...page('pl-ckziu1-zsz66', 'https://www.ckziu1.edu.pl/index.php/oferta-ksztalcenia/zsz-nr-66', {
    country: 'PL',
    text: 'Więcej informacji pod numerem tel. 22 632 59 70 lub Ten adres pocztowy jest chroniony przed spamowaniem. Aby go zobaczyć, konieczne jest włączenie w przeglądarce obsługi JavaScript.',
    numbers: ['+48226325970 tel.'],
  }),
  ...page('pl-mazowieckie-ksow', 'http://mazowieckie.ksow.pl/aktualnosc/komunikat-obsluga-interesantow-w-urzedzie', {
    country: 'PL',
    text: ' • telefonicznie, za pośrednictwem Infolinii Urzędu pod numerem 22-59-79-100 lub dzwoniąc na jeden z numerów kontaktowych poszczególnych departamentów/ kancelarii/ delegatur;',
    numbers: ['+48225979100'],
    why: 'Grouped 2-2-2-3; 22 is Warsaw and the 9 digits make one Polish number.',
  }),
  ...page('pl-info-migrator-urzedy', 'http://www.warszawa.info-migrator.pl/wsparcie-i-pomoc/urzedy-w-warszawie', {
    country: 'PL',
    text: 'GODZINY OTWARCIA URZĘDÓW\nWszystkie urzędy w Warszawie pracują w poniedziałki w godzinach: 8.00-18.00,a\nod wtorku do piątku w godzinach: 8.00-16.00.',
    numbers: [],
    notNumbers: ['8.00-18.00', '8.00-16.00'],
  }),
  ...page(
    'ph-philstar-text-csc',
    'https://qa.philstar.com/metro/2002/06/04/163333/qc-csc-launch-145text-ur-complaint146-service',
    {
      country: 'PH',
      text: 'Belmonte said his constituents may now send inquiries, complaints or suggestions through text messages. "They can sent their text messages to 0917-8398272, a direct line to the city’s Administrative Management Office," said the mayor.',
      numbers: ['+639178398272'],
      why: 'A Philippine mobile number: trunk 0, then 917 and 7 digits.',
    },
  ),
  ...page('ph-mb-qc-hotline-122', 'http://www.mb.com.ph/qc-launches-emergency-hotline-122/', {
    country: 'PH',
    text: 'Residents, visitors and those transiting Quezon City can dial 122 and their call will be directed to the city’s 24-hour emergency operations center.',
    numbers: [],
    shortCodes: ['122'],
    notNumbers: ['24-hour'],
  }),
  ...page('at-heute-bezirksaemter', 'https://www.heute.at/s/wiener-bezirksamter-stellen-parteienverkehr-ein-55023508', {
    country: 'AT',
    text: 'Das Zentrale Fundservice der MA48 ist zwar geöffnet, es gilt aber auch hier: Nur in dringenden Fällen kommen. Die Abholung ist derzeit nur gegen telefonische Anmeldung unter 01/4000 48 389 oder 01/4000 48 397 möglich.',
    numbers: ['+431400048389', '+431400048397'],
    notNumbers: ['MA48'],
    why: "Vienna city hall's 01/4000 with the department's direct-dial extension (Durchwahl) appended: one number each.",
  }),
  ...page('at-vienna-at-oeffnungszeiten', 'https://www.vienna.at/durchgehend-beratung-information/2505334', {
    country: 'AT',
    text: 'Die neuen Öffnungszeiten sind:\n\n  • Montag, Dienstag, Mittwoch, Freitag: 8.00 bis 15.30 Uhr\n  • Donnerstag: 8.00 bis 17.30 Uhr',
    numbers: [],
    notNumbers: ['8.00 bis 15.30', '8.00 bis 17.30'],
  }),
  ...page(
    'at-wien-gv-untersuchungskommission',
    'http://service.wien.gv.at/mdb/uk/flaechenwidmungen/uk-2002-11-20.htm',
    {
      country: 'AT',
      text: 'Ort: 1082 Wien, Rathaus, Arkadenhof, EG, Top 24',
      numbers: [],
      notNumbers: ['1082', 'Top 24'],
    },
  ),
];
