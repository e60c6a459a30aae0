import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** US missions in Japan, Brazil and China as the State Department lists them for US readers. */
export const BATCH_07: RealPageSnippet[] = [
  ...page(
    'jp-state-gov-judicial',
    'https://travel.state.gov/content/travel/en/legal-considerations/judicial/country/japan.html',
    {
      country: 'US',
      text: 'U.S. Embassy Tokyo\n1-10-5 Akasaka, Minato-ku,\nTokyo 107-8420 Japan\nTelephone: 81-3-3224-5000\nEmergency After-Hours Telephone: 81-3-3224-5000\nFax: 81-3-3224-5856',
      numbers: ['+81332245000 Telephone', '+81332245856 Fax'],
      notNumbers: ['1-10-5', '107-8420'],
      why: 'Written for US readers with the country code 81 but no plus.',
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Osaka-Kobe\n2-11-5, Nishitenma, Kita-ku,\nOsaka 530-8543, Japan\nTelephone: 81-6-6315-5900\nEmergency After-Hours Telephone: 81-3-3224-5000\nFax: 81-6-6315-5914',
      numbers: ['+81663155900 Telephone', '+81332245000 Emergency After-Hours Telephone', '+81663155914 Fax'],
      notNumbers: ['2-11-5', '530-8543'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Naha\n2-1-1 Toyama, Urasoe City,\nOkinawa, Japan\nTelephone: 81-98-876-4211\nEmergency Telephone: 81-3-3224-5000\nFax: 81-98-876-4243',
      numbers: ['+81988764211 Telephone', '+81332245000 Emergency Telephone', '+81988764243 Fax'],
      notNumbers: ['2-1-1'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Sapporo\nKita 1-jo Nishi 28-chome, Chuo-ku,\nSapporo 064-0821, Japan\nTelephone: 81-11-641-1115\nEmergency After-Hours Telephone: 81-11-641-1115\nFax: 81-11-643-1283',
      numbers: ['+81116411115 Telephone', '+81116431283 Fax'],
      notNumbers: ['064-0821'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate Nagoya\nNagoya International Center Bldg. 6th floor,\n1-47-1 Nagono, Nakamura-ku,\nNagoya 450-0001, Japan\nTelephone: 81-52-581-4501\nEmergency After-Hours Telephone: 81-3-3224-5000\nFax: 81-52-581-3190',
      numbers: ['+81525814501 Telephone', '+81332245000 Emergency After-Hours Telephone', '+81525813190 Fax'],
      notNumbers: ['1-47-1', '450-0001'],
    },
  ),
  ...page(
    'jp-state-gov-judicial-2013',
    'http://travel.state.gov/content/travel/english/legal-considerations/judicial/country/japan.html',
    {
      country: 'US',
      text: 'U.S. Consulate Fukuoka\n5-26 Ohori 2-chome, Chuo-ku,\nFukuoka 810-0052\nJapan\n\nTelephone: 81-92-751-9331\n\nEmergency After-Hours Telephone: 03-3224-5000 / +(81) (3) 3224-5000 (Embassy Tokyo)\n\nFax: 81-92-713-9222',
      numbers: ['+81927519331 Telephone', '+81332245000 Emergency After-Hours Telephone', '+81927139222 Fax'],
      notNumbers: ['5-26', '810-0052'],
      why: 'The emergency number is written twice, nationally (03-…) and internationally; it is one number. The national form is Japanese although the page is read in the US.',
    },
    {
      country: 'US',
      text: 'All assistance at the Consulate General Sapporo is by appointment only. Hours for appointments: 9 a.m. - 11:30 a.m., 1:30 p.m. - 4:00 p.m. Monday, Tuesday, Wednesday and Friday (except U.S. and Japanese holidays).',
      numbers: [],
      notNumbers: ['11:30', '1:30', '4:00'],
    },
  ),
  ...page(
    'br-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/Brazil.html',
    {
      country: 'US',
      text: 'U.S. Embassy Brasilia\nSES 801- Avenida das Nacoes, Lote 03\n70403-900 - Brasilia, DF Brazil\nTelephone: 011-55-61-3312-7000\nEmergency After-Hours Telephone: 011-55-61-3312-7400\nFax: (61) 3312-7651\nEmail: BrasiliaACS@state.gov',
      numbers: ['+556133127000 Telephone', '+556133127400 Emergency After-Hours Telephone', '+556133127651 Fax'],
      notNumbers: ['SES 801', '70403-900'],
      why: "The fax is written nationally, with Brasília's two-digit area code (61) in parentheses: a Brazilian number, although its 10 digits would also make the Ottawa number 613-312-7651.",
    },
    {
      country: 'US',
      text: 'Embassy Branch Office in Belo Horizonte\nAvenida do Contorno, 4520 / 2nd floor – Funcionários\n30110-028 Belo Horizonte, MG – Brazil\nTelephone: +55 (31) 3338-4000',
      numbers: ['+553133384000 Telephone'],
      notNumbers: ['4520', '30110-028'],
    },
    {
      country: 'US',
      text: 'Manaus Consular Agency\nEdificio Atrium, Suite 306\nRua Franco de Sá, 310\n69.079-210 Manaus, AM Brazil\nTelephone: 011-55-92-3611-3333',
      numbers: ['+559236113333 Telephone'],
      notNumbers: ['Suite 306', '310', '69.079-210'],
    },
    {
      country: 'US',
      text: "U.S. Consulate General Porto Alegre\nAvenida Assis Brasil, 1889\nPasso d' Areia\n91010-004 - Porto Alegre, RS Brazil\nTelephone: 011-55-51-3345-6000\nEmail: PortoAlegreACS@state.gov",
      numbers: ['+555133456000 Telephone'],
      notNumbers: ['1889', '91010-004'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Recife\nRua Goncalves Maia, 163, Boa Vista\n50070-125 - Recife, PE Brazil\nTelephone: 011-55-81-3416-3050 or 011-55-81-3416-3080',
      numbers: ['+558134163050 Telephone', '+558134163080 Telephone'],
      notNumbers: ['163', '50070-125'],
    },
    {
      country: 'US',
      text: 'U.S. Consular Agency Fortaleza\nAvenida Santos Dumont 2828, Aldeota, Suite 708\n60150-162- Fortaleza, CE Brazil\nTelephone: 011-55-85-3223-4902',
      numbers: ['+558532234902 Telephone'],
      notNumbers: ['2828', 'Suite 708', '60150-162'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Rio de Janeiro\nAvenida Presidente Wilson, 147, Castelo\n20030-020, Rio de Janeiro, RJ Brazil\nTelephone: 011-55-213823-2000',
      numbers: ['+552138232000 Telephone'],
      notNumbers: ['147', '20030-020'],
      why: "Rio's area code 21 is glued to the subscriber number (213823-2000); 21 3823 2000 is a 10-digit Rio number.",
    },
  ),
  ...page(
    'br-state-gov-judicial-2013',
    'http://travel.state.gov/content/travel/en/legal-considerations/judicial/country/brazil.html',
    {
      country: 'US',
      text: 'Salvador Trade Center-Torre Sul,room 1401,\n41820-020 - Salvador, Bahia Brazil\n\nTelephone: +(55)(71) 3113-2090/2091/2092\n\nEmergency After-Hours Telephone: Please contact the U.S. Consulate General in Rio de Janeiro: (21) 3823-2029\n\nFax: +(55)(71) 3113-2092',
      numbers: [
        '+557131132090 Telephone',
        '+557131132091 Telephone',
        '+557131132092 Telephone',
        '+552138232029 Emergency After-Hours Telephone',
      ],
      notNumbers: ['1401', '41820-020'],
      why: 'A shorthand list: 3113-2090/2091/2092 is three lines whose last four digits change. The Rio emergency number is written nationally with area code (21). The fax repeats the third line.',
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Sao Paulo\nRua Henri Dunant, 500,\nChacara Santo Antonio,\n04709-110 - Sao Paulo, SP Brazil\n\nTelephone: +(55)(11) 3250-5000\n\nEmergency After-Hours Telephone: +(55)(11) 3250-5373',
      numbers: ['+551132505000 Telephone', '+551132505373 Emergency After-Hours Telephone'],
      notNumbers: ['500', '04709-110'],
    },
  ),
  ...page('us-1uptravel-brazil', 'http://1uptravel.com/travelwarnings/brazil.html', {
    country: 'US',
    text: 'For current entry and customs\nrequirements for Brazil, travelers may contact the Brazilian Embassy\nat 3009 Whitehaven St. N.W., Washington, D.C. 20008; telephone\n(202) 238-2700.',
    numbers: ['+12022382700 telephone'],
    notNumbers: ['3009', '20008'],
  }),
  ...page(
    'cn-state-gov-judicial',
    'http://travel.state.gov/content/travel/en/legal/Judicial-Assistance-Country-Information/China.html',
    {
      country: 'US',
      text: 'U.S. Embassy Beijing\nNo. 55 An Jia Lou Road\nChaoyang District, Beijing 100600\nTelephone: +86 10-8531-4000\nEmergency After-Hours Telephone: +86 10-8531-4000\nFax: +86 10-8531-3300\nEmail: BeijingACS@state.gov',
      numbers: ['+861085314000 Telephone', '+861085313300 Fax'],
      notNumbers: ['No. 55', '100600'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Hong Kong & Macau\n26 Garden Road\nCentral, Hong Kong\nTelephone: +852 2841-2211, +852 2841-2225, +852 2841-2323\nEmergency After-Hours Telephone: +852 2523-9011\nFax: +852 2845-4845\nEmail: acshk@state.gov',
      numbers: [
        '+85228412211 Telephone',
        '+85228412225 Telephone',
        '+85228412323 Telephone',
        '+85225239011 Emergency After-Hours Telephone',
        '+85228454845 Fax',
      ],
      notNumbers: ['26'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Guangzhou\nNo. 43 Hua Jiu Road\nZhujiang New Town\nTianhe District, Guangzhou 510623\nTelephone: +86 20-3814-5775\nEmergency After-Hours Telephone: +86 10-8531-4000\nFax: +86 20-3814-5572',
      numbers: ['+862038145775 Telephone', '+861085314000 Emergency After-Hours Telephone', '+862038145572 Fax'],
      notNumbers: ['No. 43', '510623'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Shanghai\nNo. 1469 Huai Hai Zhong Road\nXuhui District, Shanghai 200041\nTelephone: +86 21-8011-2400\nEmergency After-Hours Telephone: +86 10-8531-4000\nFax: +86 21-6148-8266',
      numbers: ['+862180112400 Telephone', '+861085314000 Emergency After-Hours Telephone', '+862161488266 Fax'],
      notNumbers: ['No. 1469', '200041'],
    },
    {
      country: 'US',
      text: 'U.S. Consulate General Shenyang\nNo. 52 14th Wei Road\nHeping District, Shenyang 110003\nTelephone: +86 24-2322-1198\nEmergency After-Hours Telephone: +86 10-8531-4000\nFax: +86 24-8610-6904',
      numbers: ['+862423221198 Telephone', '+861085314000 Emergency After-Hours Telephone', '+862486106904 Fax'],
      notNumbers: ['No. 52', '110003'],
    },
  ),
  ...page(
    'cn-usembassy-beijing-emergency',
    'http://beijing.usembassy-china.org.cn/acs_eme.html',
    {
      country: 'CN',
      text: '*If you are the victim of a crime please call the police immediately, the numbers listed are the same throughout China: Police 110\n\n*In the case of a fire incident please call: Fire 119\n\n*In the case of a medical emergency needing transportation to a hospital please call: Ambulance 120\n\n*In the case of traffic accidents please call: Traffic police 122',
      numbers: [],
      shortCodes: ['110', '119', '120', '122'],
    },
    {
      country: 'CN',
      text: 'U.S. Embassy Beijing\nAdd: No. 55 An Jia Lou Lu, Chaoyang, Beijing\nTel: 86-10-8531-4000\nFax: 86-10-8531-3300  \nHours: 8:30 am to 12:00 noon Monday through Friday, 2:00 pm to 4:00 pm on Monday, Tuesday and Friday ',
      numbers: ['+861085314000 Tel', '+861085313300 Fax'],
      notNumbers: ['No. 55', '8:30', '12:00', '2:00', '4:00'],
      why: "Written with the country code 86 but no plus; 86 then Beijing's 10 and 8 digits is too long for a Chinese national number.",
    },
    {
      country: 'CN',
      text: 'U.S. Consulate General Chengdu \nAdd: No.4 Lingshiguan Lu, Chengdu, Sichuan\nTel: 86-28-8558-3992\nFax: 86-28-8554-6229\nHours: Tuesday, Thursday and Friday 1:00 - 4:00 pm ',
      numbers: ['+862885583992 Tel', '+862885546229 Fax'],
      notNumbers: ['No.4', '1:00 - 4:00'],
    },
  ),
];
