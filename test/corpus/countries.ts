/**
 * Hand-written numbering facts for the corpus: country calling code, trunk prefix written before national
 * numbers, the international access code dialled from there, and one fixed and one mobile national
 * significant number. Expected E.164 values are built from these by concatenation, never by the parser.
 */
export interface CountryFacts {
  country: string;
  callingCode: string;
  trunk: string;
  accessCode: string;
  fixed: string;
  mobile: string;
  /** National spellings that do not follow trunk + number (e.g. Argentina's mobile "15"). */
  nationalOverride?: { fixed?: string; mobile?: string };
}

export const COUNTRIES: CountryFacts[] = [
  { country: 'US', callingCode: '1', trunk: '1', accessCode: '011', fixed: '2015550123', mobile: '4155552671' },
  { country: 'CA', callingCode: '1', trunk: '1', accessCode: '011', fixed: '5062345678', mobile: '6045551234' },
  { country: 'GB', callingCode: '44', trunk: '0', accessCode: '00', fixed: '2079460958', mobile: '7400123456' },
  { country: 'DE', callingCode: '49', trunk: '0', accessCode: '00', fixed: '30123456', mobile: '15123456789' },
  { country: 'FR', callingCode: '33', trunk: '0', accessCode: '00', fixed: '123456789', mobile: '612345678' },
  { country: 'IT', callingCode: '39', trunk: '', accessCode: '00', fixed: '0212345678', mobile: '3123456789' },
  { country: 'ES', callingCode: '34', trunk: '', accessCode: '00', fixed: '912345678', mobile: '612345678' },
  { country: 'NL', callingCode: '31', trunk: '0', accessCode: '00', fixed: '201234567', mobile: '612345678' },
  { country: 'BE', callingCode: '32', trunk: '0', accessCode: '00', fixed: '22123456', mobile: '470123456' },
  { country: 'CH', callingCode: '41', trunk: '0', accessCode: '00', fixed: '212345678', mobile: '781234567' },
  { country: 'AT', callingCode: '43', trunk: '0', accessCode: '00', fixed: '1234567890', mobile: '664123456' },
  { country: 'SE', callingCode: '46', trunk: '0', accessCode: '00', fixed: '8123456', mobile: '701234567' },
  { country: 'NO', callingCode: '47', trunk: '', accessCode: '00', fixed: '21234567', mobile: '40612345' },
  { country: 'DK', callingCode: '45', trunk: '', accessCode: '00', fixed: '32123456', mobile: '34412345' },
  { country: 'FI', callingCode: '358', trunk: '0', accessCode: '00', fixed: '131234567', mobile: '412345678' },
  { country: 'PL', callingCode: '48', trunk: '', accessCode: '00', fixed: '123456789', mobile: '512345678' },
  { country: 'IE', callingCode: '353', trunk: '0', accessCode: '00', fixed: '12345678', mobile: '850123456' },
  { country: 'PT', callingCode: '351', trunk: '', accessCode: '00', fixed: '212345678', mobile: '912345678' },
  { country: 'AU', callingCode: '61', trunk: '0', accessCode: '0011', fixed: '212345678', mobile: '412345678' },
  { country: 'NZ', callingCode: '64', trunk: '0', accessCode: '00', fixed: '32345678', mobile: '211234567' },
  { country: 'JP', callingCode: '81', trunk: '0', accessCode: '010', fixed: '312345678', mobile: '9012345678' },
  { country: 'KR', callingCode: '82', trunk: '0', accessCode: '001', fixed: '22123456', mobile: '1020000000' },
  { country: 'CN', callingCode: '86', trunk: '0', accessCode: '00', fixed: '1012345678', mobile: '13123456789' },
  { country: 'IN', callingCode: '91', trunk: '0', accessCode: '00', fixed: '1123456789', mobile: '8123456789' },
  { country: 'SG', callingCode: '65', trunk: '', accessCode: '000', fixed: '61234567', mobile: '81234567' },
  { country: 'HK', callingCode: '852', trunk: '', accessCode: '001', fixed: '21234567', mobile: '51234567' },
  { country: 'BR', callingCode: '55', trunk: '', accessCode: '0021', fixed: '1123456789', mobile: '11961234567' },
  { country: 'MX', callingCode: '52', trunk: '', accessCode: '00', fixed: '5512345678', mobile: '2221234567' },
  {
    country: 'AR',
    callingCode: '54',
    trunk: '0',
    accessCode: '00',
    fixed: '1123456789',
    mobile: '91123456789',
    nationalOverride: { mobile: '011 15-2345-6789' },
  },
  { country: 'ZA', callingCode: '27', trunk: '0', accessCode: '00', fixed: '101234567', mobile: '711234567' },
  { country: 'NG', callingCode: '234', trunk: '0', accessCode: '009', fixed: '2012345678', mobile: '8021234567' },
  { country: 'KE', callingCode: '254', trunk: '0', accessCode: '000', fixed: '201234567', mobile: '712123456' },
  { country: 'EG', callingCode: '20', trunk: '0', accessCode: '00', fixed: '234567890', mobile: '1001234567' },
  { country: 'AE', callingCode: '971', trunk: '0', accessCode: '00', fixed: '22345678', mobile: '501234567' },
  { country: 'IL', callingCode: '972', trunk: '0', accessCode: '00', fixed: '21234567', mobile: '502345678' },
  { country: 'TR', callingCode: '90', trunk: '0', accessCode: '00', fixed: '2123456789', mobile: '5012345678' },
  { country: 'RU', callingCode: '7', trunk: '8', accessCode: '810', fixed: '4951234567', mobile: '9123456789' },
  { country: 'CI', callingCode: '225', trunk: '', accessCode: '00', fixed: '2123456789', mobile: '0123456789' },
  { country: 'PH', callingCode: '63', trunk: '0', accessCode: '00', fixed: '282345678', mobile: '9051234567' },
  { country: 'CO', callingCode: '57', trunk: '', accessCode: '009', fixed: '6012345678', mobile: '3211234567' },
];
