import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Italy, Brazil, India, Russia and a few negatives from official notices. */
export const BATCH_04: RealPageSnippet[] = [
  ...page('it-saturdaysinrome', 'https://saturdaysinrome.com/?p=262', {
    country: 'IT',
    text: 'I would start reviewing the details on the website for the US Consulate in Rome first, and if you can’t find the answers you are looking for, you can call them at: (+39) 06.46741. If calling doesn’t work for you, then you can reach the U.S. Embassy in Rome in person at: via Vittorio Veneto, 121, 00187 Roma.',
    numbers: ['+390646741'],
    notNumbers: ['121', '00187'],
    why: 'Italian fixed numbers keep their leading 0 after +39; Rome 06 with a 5-digit switchboard number is a valid 7-digit national number.',
  }),
  ...page(
    'it-gazzettaufficiale-adr',
    'http://www.gazzettaufficiale.it/atto/contratti/caricaDettaglioAtto/originario;jsessionid=u28asEeRvV+v6BK7NU3+zg__.ntc-as1-guri2a?atto.dataPubblicazioneGazzetta=2017-07-24&atto.codiceRedazionale=TX17BFM12806',
    {
      country: 'IT',
      text: "  Denominazione  e  indirizzi:   Aeroporti   di   Roma   S.p.A.   Via\ndell'Aeroporto di Fiumicino, 320 - 00054 Fiumicino -  Italia  Persona\ndi contatto: G. Sabino Tel.: +39 066595-3877 E-mail: sabino.g@adr.it.",
      numbers: ['+390665953877 Tel.'],
      notNumbers: ['320', '00054'],
    },
    {
      country: 'IT',
      text: '  Denominazione: Servizio di centralino telefonico, info voli, info e\nprenotazione parcheggi, front end -  C.I.G.  7140274481.  Codice  CPV\nprincipale:   64210000.   Tipo    di    appalto:    Servizi.',
      numbers: [],
      notNumbers: ['7140274481', '64210000'],
      why: 'A tender identifier (CIG) and a procurement vocabulary code (CPV).',
    },
    {
      country: 'IT',
      text: '(GU 5a Serie Speciale - Contratti Pubblici n.84 del 24-7-2017)',
      numbers: [],
      notNumbers: ['n.84', '24-7-2017'],
    },
  ),
  ...page(
    'in-highcommission-au',
    'https://india.highcommission.gov.au/ndli/Consular_Services.html',
    {
      country: 'IN',
      text: 'If you require consular assistance, please contact us on +91-11-41399900 during these hours or email [email protected] to make an appointment.',
      numbers: ['+911141399900'],
    },
    {
      country: 'IN',
      text: 'For consular emergencies outside of these hours please call the Consular Emergency Centre in Canberra on +61 2 6261 3305 (from overseas) or 1300 555 135 (from within Australia).',
      numbers: ['+61262613305', '+611300555135'],
      why: 'The text names the country of the second number ("from within Australia", after a Canberra number): 1300 555 135 is an Australian local-rate number, not an Indian one.',
    },
  ),
  ...page(
    'in-hiwiki-srilanka',
    'https://hi.m.wikipedia.org/wiki/%E0%A4%B6%E0%A5%8D%E0%A4%B0%E0%A5%80%E0%A4%B2%E0%A4%82%E0%A4%95%E0%A4%BE_%E0%A4%95%E0%A4%BE_%E0%A4%89%E0%A4%9A%E0%A5%8D%E0%A4%9A%E0%A4%BE%E0%A4%AF%E0%A5%8B%E0%A4%97,_%E0%A4%A8%E0%A4%88_%E0%A4%A6%E0%A4%BF%E0%A4%B2%E0%A5%8D%E0%A4%B2%E0%A5%80',
    {
      country: 'IN',
      text: 'पता | 27, कौटिल्य मार्ग, राजनयिक परिक्षेत्र, चाणक्यपुरी, नई दिल्ली, दिल्ली 110021 |\nनिर्देशक | 28°36′11″N 77°11′32″E / 28.6030008°N 77.1921834°E |',
      numbers: [],
      notNumbers: ['110021', '28.6030008', '77.1921834'],
      why: 'An Indian PIN code and coordinates.',
    },
  ),
  ...page('ir-indianembassy-tehran', 'http://www.indianembassy-tehran.ir/RTItable.php', {
    country: 'IR',
    text: 'Embassy Working Hours\n\n08.30 am to 5.00 pm Sunday to Thursday\n\nConsular Working Hours\n\n09.00 am to 12.00 pm Sunday - Thursday',
    numbers: [],
    notNumbers: ['08.30', '5.00', '09.00', '12.00'],
  }),
  ...page('br-state-gov-background', 'https://2009-2017.state.gov/outofdate/bgn/brazil/1972.htm', {
    country: 'BR',
    text: 'Area: 8,511,965 sq. km. (3,290,000 sq. mi.); slightly smaller than the U.S.',
    numbers: [],
    notNumbers: ['8,511,965', '3,290,000'],
  }),
  ...page(
    'br-gazetanewsguarulhos',
    'https://www.gazetanewsguarulhos.com.br/procon-guarulhos-suspende-atendimento-presencial-nas-unidades/',
    {
      country: 'BR',
      text: 'O órgão atenderá os consumidores por meio do Procon Digital em procon.guarulhos.sp.gov.br, do Disque-Denúncia 151 e whatsapp (11) 9.9656-9677.',
      numbers: ['+5511996569677 whatsapp'],
      shortCodes: ['151'],
      why: 'São Paulo mobile numbers have 9 digits starting with 9; the page groups the leading 9 apart ("9.9656-9677").',
    },
  ),
  ...page(
    'br-folha-sp156',
    'https://www1.folha.uol.com.br/cotidiano/2023/10/prefeitura-de-sao-paulo-lanca-canal-de-servicos-no-whatsapp-entenda-como-solicitar.shtml',
    {
      country: 'BR',
      text: 'Para solicitar atendimento, é preciso salvar o número (11) 3230-5156 na agenda de contatos do celular e mandar uma mensagem para iniciar o atendimento,',
      numbers: ['+551132305156'],
    },
  ),
  ...page('br-sp156-descomplica', 'https://sp156.prefeitura.sp.gov.br/portal/servicos/informacao?servico=4033&t=1351', {
    country: 'BR',
    text: 'Descomplica SP Vila Maria/Vila Guilherme -  R. General Mendes n° 111 – Vila Maria, São Paulo (clique aqui para ver no mapa). Atendimento de segunda a sexta-feira, das 8h às 17h.\n\nTelefônico:\n\nCentral Telefônica 156.',
    numbers: [],
    notNumbers: ['n° 111', '8h às 17h'],
    shortCodes: ['156'],
  }),
  ...page(
    'ru-garant-a40',
    'https://base.garant.ru/62633949',
    {
      country: 'RU',
      text: 'по иску общества с ограниченной ответственностью "ТОРГОВЫЙ ДОМ АЛЬЯНС БЕЗОПАСНОСТИ-НН" (ОГРН 1145262006471, адрес: 603098, ОБЛАСТЬ НИЖЕГОРОДСКАЯ, ГОРОД НИЖНИЙ НОВГОРОД, УЛИЦА АРТЕЛЬНАЯ, 37А, ОФИС 14)',
      numbers: [],
      notNumbers: ['1145262006471', '603098'],
      why: 'A state registration number (OGRN) and a postal code.',
    },
    {
      country: 'RU',
      text: 'по делу N А40-178053/17, принятое судьей Голоушкиной Т.Г. (шифр судьи: 54-1164)',
      numbers: [],
      notNumbers: ['178053/17', '54-1164'],
    },
  ),
  ...page('ru-garant-megapolis', 'https://base.garant.ru/337994971/', {
    country: 'RU',
    text: '"Взыскать с ООО "Мегаполис" (ИНН 9721014302) в пользу Ракитина Алексея Николаевича (паспортные данные) денежные средства в размере сумма,',
    numbers: [],
    notNumbers: ['9721014302'],
    why: 'A 10-digit taxpayer number (ИНН) has the length of a Russian phone number and begins like a mobile one, but is labelled as a tax number.',
  }),
];
