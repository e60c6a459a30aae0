import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Diplomatic cables, an imprint, Malta's ministry, Hong Kong and Taiwan pages. */
export const BATCH_02: RealPageSnippet[] = [
  ...page(
    'ke-cable-07nairobi944',
    'http://wikileaks.ikiru.ch/cable/07NAIROBI944/',
    {
      country: 'US',
      text: 'The embassy switchboard number is 254-20-363-6000 and the \nafter-hours number is 254-20-363-6170. The control officer is \nMelissa Sweeney, work International Voice Gateway (IVG) \ntelephone number 8-871-6186, cell phone 254 722-200-167. ',
      numbers: ['+254203636000', '+254203636170', '+254722200167'],
      notNumbers: ['8-871-6186'],
      why: 'Written for readers in the US without the plus: 254 is Kenya, 20 Nairobi (9 national digits), 722 a Kenyan mobile. The IVG number is a State Department private-network extension, not a public number.',
    },
    {
      country: 'US',
      text: 'The hotel telephone number \nis 254-20-320-0000, and the hotel facsimile number is \n254-20-320-0003. An Embassy expediter and the control officer \nwill meet you upon your arrival. ',
      numbers: ['+254203200000', '+254203200003'],
    },
    {
      country: 'US',
      text: 'DE RUEHNR #0944/01 0581645\nP 271645Z FEB 07\nE.O. 12958: N/A \nREF: STATE 23457 ',
      numbers: [],
      notNumbers: ['#0944/01 0581645', '271645Z', '12958', '23457'],
      why: 'A cable header: message numbers, a date-time group and an executive order number.',
    },
  ),
  ...page(
    'ke-cable-06nairobi1968',
    'https://wikileaks.jcvignoli.com/cable_06NAIROBI1968',
    {
      country: 'US',
      text: '3. Hotel accommodation has been arranged at the\nMayfair Hotel. Hotel telephone number is 254-20-\n374920; facsimile number is 254-20-3742883; and\nReference number is 558029.',
      numbers: ['+25420374920', '+254203742883'],
      notNumbers: ['558029'],
      why: 'The first number is split over two lines after its area code; Nairobi numbers of 2006 had 6 or 7 digits after the 20, both valid.',
    },
    {
      country: 'US',
      text: '4. The USAID switchboard number is 254-20-8622000 and\nafter-hour telephone number is 254-20-8562825. Control\nOfficer is Alan Dwyer, tel: 254-20-8622707; mobile\nphone 254-722-528612.',
      numbers: ['+254208622000', '+254208562825', '+254208622707 tel', '+254722528612'],
    },
  ),
  ...page('ke-scoop-codel-nelson', 'http://www.scoop.co.nz/stories/WL0806/S01094.htm', {
    country: 'US',
    text: 'Control officer is Lorraine Wager, work\nInternational Voice Gateway (IVG) telephone number 8-871-6217, cell\nphone 254-734-600-402, email Hotel accommodation\nhas been arranged at the Intercontinental hotel at a cost of US$199\ninclusive of breakfast and taxes. The hotel telephone number is\n254-20-32-00-000, and the hotel facsimile number is 254-20-32-00-030.',
    numbers: ['+254734600402', '+254203200000', '+254203200030'],
    notNumbers: ['8-871-6217', 'US$199'],
  }),
  ...page(
    'mt-businesstoday',
    'http://archive.businesstoday.com.mt/2008/01/09/t9.html',
    {
      country: 'MT',
      text: 'The Directorate of Protocol and Consular Services of the Foreign Affairs Ministry said that requests for consular assistance can be directed to the following numbers: during office hours: (356) 2204 2281/ 2204 2351; all other times: (356) 7941 3665/ 7943 0801.',
      numbers: ['+35622042281', '+35622042351', '+35679413665', '+35679430801'],
      why: "Written for Maltese in Kenya: (356) is Malta's country code, then 8-digit numbers; after each slash a second full number carries the (356).",
    },
    {
      country: 'MT',
      text: 'Copyright © MediaToday Co. Ltd, Vjal ir-Rihan, San Gwann SGN 07, Malta, Europe Tel. ++356 21382741, Fax: ++356 21385075',
      numbers: ['+35621382741 Tel.', '+35621385075 Fax'],
      notNumbers: ['SGN 07'],
      why: 'A doubled plus before the country code is still the international prefix.',
    },
  ),
  ...page('de-foodstar-imprint', 'https://foodstar.online/imprint/', {
    country: 'DE',
    text: 'Vom-Bruck-Platz 19\n47805 Krefeld, Germany\n\nTelephone: +49 (0) 2151 35 269 66\nTelefax: +49 (0) 2151 93 572 16\n\nRepresented by:\nManaging Director: Holger Traber\n\nRegister entry:\nCommercial Register: Local Court Aachen,  HRB 21299\n\nVAT indentification number in accorance with section 27 a of the German VAT act:\nDE 312612550',
    numbers: ['+4921513526966 Telephone', '+4921519357216 Telefax'],
    notNumbers: ['47805', 'HRB 21299', 'DE 312612550'],
    why: 'Krefeld is 02151; the (0) trunk prefix after +49 is dropped.',
  }),
  ...page('hk-rainlily', 'https://rainlily.org.hk/com-procedures', {
    country: 'HK',
    text: '電話 Tel\n\n2392 2569\n\n\n電郵 Email\n\n\n傳真 Fax\n\n2625 1572\n\n\n通訊地址\nMailing Address\n\n香港 九龍中央郵政局 郵政信箱74120號\nP.O. Box 74120, Kowloon Central Post Office, Hong Kong',
    numbers: ['+85223922569 電話 Tel', '+85226251572 傳真 Fax'],
    notNumbers: ['74120'],
    why: 'Each label stands alone on the line above its number; Hong Kong numbers have 8 digits and no area code.',
  }),
  ...page('tw-money568', 'https://www.money568.com.tw/announcement/newspaper_everyday_point.asp?new_num=461476', {
    country: 'TW',
    text: 'service_tel\nservice_tel\n0800-268-882\n0800-268-883',
    numbers: ['+886800268882 service_tel', '+886800268883 service_tel'],
    why: 'Taiwan toll-free 0800 numbers: 0 is the trunk prefix, 800 and six digits the national number.',
  }),
];
