import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Warden messages of the US embassies in Bangkok and Seoul, forwarded by their readers. */
export const BATCH_09: RealPageSnippet[] = [
  ...page(
    'th-sakonnakhon-warden',
    'https://sakonnakhon-live.blogspot.com/2015/08/us-citizens-are-advised-to-avoid-area.html',
    {
      country: 'TH',
      text: "The American Citizen Services Unit of the U.S. Embassy (http://bangkok.usembassy.gov/ service.html) is located at 95 Wireless Road in Bangkok, and can be reached by calling 66-2-205-4049, or by e-mailing acsbkk@state.gov. The Embassy's after-hours emergency telephone number is 66- 2-205-4000.",
      numbers: ['+6622054049', '+6622054000'],
      notNumbers: ['95'],
      why: 'Country code 66 written without a plus; the second number is broken by a space after "66-".',
    },
    {
      country: 'TH',
      text: 'The U.S. Consulate General in Chiang Mai (http://chiangmai.usconsulate. gov/service.html), located at 387 Wichayanond Road in Chiang Mai, is also open unless otherwise indicated. The American Citizen Services Unit of the Consulate General can be reached by calling 66-53-107- 777 and by e-mail atacschn@state.gov. The after-hours emergency telephone number is 66-81-881-1878.',
      numbers: ['+6653107777', '+66818811878'],
      notNumbers: ['387'],
      why: 'Chiang Mai 53 with 6 digits; 81 starts a Thai mobile number.',
    },
    {
      country: 'TH',
      text: 'This message is to inform U.S. citizens in Thailand that according to local law enforcement, an explosion took place at approximately 7:00 pm August 17, at the Rachaprasong intersection in the central commercial district of Bangkok',
      numbers: [],
      notNumbers: ['7:00', 'August 17'],
    },
  ),
  ...page('th-sgtowns-warning', 'http://www.sgtowns.com/journal/000744.html', {
    country: 'TH',
    text: 'Up-to-date information on security can also be obtained by calling 1-888-407-4747 toll free in the U.S., or, for callers outside the U.S. and Canada, a regular toll line at 1-317-472-2328.',
    numbers: ['+18884074747', '+13174722328'],
    why: 'The text says both are North American numbers ("toll free in the U.S.", "outside the U.S. and Canada"), read from Thailand.',
  }),
  ...page('kr-usembassyseoulconsular', 'https://usembassyseoulconsular.wordpress.com/category/emergency-information/', {
    country: 'KR',
    text: 'Please feel free to contact us at 02-397-4114 if you or someone you know is the victim of a crime.',
    numbers: ['+8223974114'],
  }),
  ...page(
    'kr-seoulverify',
    'https://seoulverify.com/us-embassy-seoul-your-safety-net-when-things-go-wrong',
    {
      country: 'KR',
      text: 'Official Name United States Embassy Seoul\nStreet Address 188 Sejongno, Jongno-gu, Seoul 03141, Korea\nMain Phone 02-7719-2000\nEmergency (24/7) 02-7719-2200\nOfficial Website seoul.usembassy.gov',
      numbers: ['+82277192000 Main Phone', '+82277192200 Emergency'],
      notNumbers: ['188', '03141', '24/7'],
      why: 'Seoul (02) numbers have 7 or 8 digits after the area code.',
    },
    {
      country: 'KR',
      text: 'Service Type When Available\nPassport Services Monday-Friday, 8:30 AM-12:00 PM\nVisa Appointments Monday-Friday, 1:00 PM-4:00 PM\nKorean & US Holidays Closed (including Lunar New Year, Chuseok)\nEmergency Situations 24 hours every day',
      numbers: [],
      notNumbers: ['8:30 AM-12:00 PM', '1:00 PM-4:00 PM'],
    },
  ),
  ...page(
    'kr-dramman-warden',
    'http://dramman.blogspot.com/2006/07/flag-bbq-planned-get-your-wieners-out.html',
    {
      country: 'KR',
      text: 'Please report any suspicious incidents or surveillance immediately to the Embassy (tel: 02-397-4000 (24 hours); fax: 02-397-4101; or e-mail:',
      numbers: ['+8223974000 tel', '+8223974101 fax'],
      notNumbers: ['24 hours'],
    },
    {
      country: 'KR',
      text: 'On Wednesday, July 12, in front of City Hall at 4:00 p.m., up to 20,000 participants are expected to protest against the FTA.',
      numbers: [],
      notNumbers: ['July 12', '4:00', '20,000'],
    },
  ),
  ...page('kr-campredcloud', 'https://campredcloud.blogspot.com/2010/05/us-embassy-security-update-for-us.html', {
    country: 'KR',
    text: 'The U.S. Embassy in Seoul provides citizen services to the public during regular business hours 9:00 to 11:30 am, and 1:30 to 3:30 pm Monday through Friday, with no services Wednesday afternoons.',
    numbers: [],
    notNumbers: ['9:00 to 11:30', '1:30 to 3:30'],
  }),
];
