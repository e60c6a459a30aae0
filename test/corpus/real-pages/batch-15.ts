import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Vanity numbers in running text: the letters dial digits, a company name can be its number. */
export const BATCH_15: RealPageSnippet[] = [
  ...page(
    'us-hn-vanity-keypad',
    'https://alongsponsors.bestlkl.top/item?id=19749150',
    {
      country: 'US',
      text: 'So for FLOWERS you\'d see that the F is on 3, L is on 5, O is on 6, etc. to get 356-9377. Note that both R and S are on 7, they map to the same number, so different words are likely to all map to the same number, like "Roses" and "Ropes".',
      numbers: [],
      notNumbers: ['356-9377'],
      why: 'Seven digits without an area code: the letters of a word, not a number to dial.',
    },
    {
      country: 'US',
      text: 'Companies sometimes use longer or shorter numbers: you might see a number written with left-padded numbers, like "1-800-1FLOWER", for which you\'d dial 1-800-135-6937. You might also see longer words, like 1-800-ARRANGEMENTS..you could type in 1-800-277-2643 63687, but the extra letters would just go into the recipient\'s PBX (like dialing an extension) and get discarded.',
      numbers: ['+18002772643'],
      why: '1-800-ARRANGEMENTS is 1-800-277-2643 with the surplus letters (63687) dialled after it, as the text explains. 1-800-1FLOWER (1-800-135-6937) is no number: a North American exchange never starts with 1.',
    },
  ),
  ...page('us-simonsaysroses-delivery', 'http://www.simonsaysroses.com/deliveryinfo.asp?topnav=TopNav', {
    country: 'US',
    text: '1-800-705-7673\nDelivery Information and Tips\n\n\nDelivery Status Inquiries',
    numbers: ['+18007057673'],
  }),
  ...page('us-kxii-valentines-rush', 'http://www.kxii.com/news/headlines/1255227.html?site=mobile', {
    country: 'US',
    text: '02-11-05 – 1-800-FLOWERS is ready for the rush of orders that comes every year with Valentine’s Day. Agents at the Ardmore Hub are prepared to spend up to 16 hours a day on the phone taking orders.',
    numbers: ['+18003569377'],
    notNumbers: ['02-11-05'],
    why: "The company's name is its vanity number: 1-800-FLOWERS dials 1-800-356-9377. 02-11-05 is a date.",
  }),
  ...page('us-shunn-mothers', 'https://www.shunn.net/blog/2008/11/dont_let_the_mothers_get_you_d.html', {
    country: 'US',
    text: '"Thank you for using 1-800-FLOWERS, sir. Have a nice day."',
    numbers: ['+18003569377'],
  }),
  ...page('us-celebrations-faq', 'https://vfta.celebrations.com/customer-service-faq', {
    country: 'US',
    text: 'Across our 1-800-FLOWERS.COM, Inc. family of brands, gifts are delivered by one of our reputable carriers including FedEx, UPS and United States Postal Service, or by a local florist or shop.',
    numbers: [],
    ambiguous:
      'The corporate name "1-800-FLOWERS.COM, Inc." is read as a name here, not a number to call; whether to offer its vanity number is a matter of taste.',
  }),
  ...page('us-jitsi-1800flowers', 'https://jitsi1.vitae-health.com/phone-number-1-800-flowers', {
    country: 'US',
    text: 'He didn\'t realize he was calling a "directory assistance" middleman that charged $4.99 per minute plus a connection fee, only to have the call dropped twice.',
    numbers: [],
    notNumbers: ['$4.99'],
  }),
];
