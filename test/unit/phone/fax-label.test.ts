import { describe, expect, it } from 'vitest';
import { isFaxLabel } from '../../../electron/core/phone/fax-label.js';

describe('fax lines by their label', () => {
  it('knows fax in the languages agents work in', () => {
    const faxes = [
      'Fax',
      'FAX',
      'Work fax',
      'fax:',
      'Telefax',
      'Faks',
      'Faksi',
      'Télécopie',
      'Telecopie',
      'Telecopia',
      'Facsimile',
      'Факс',
      'Φαξ',
      'פקס',
      'فاكس',
      'فکس',
      '傳真',
      '传真',
      'ファックス',
      'ファクス',
      '팩스',
      'แฟกซ์',
      'फ़ैक्स',
      'F',
      'F:',
      'Fax (office)',
      'Geschäftsfax',
      'office-fax',
    ];
    for (const label of faxes) expect(isFaxLabel(label), label).toBe(true);
  });

  it('does not take other labels for a fax', () => {
    for (const label of [
      'Work',
      'Mobile',
      'Tel',
      'T',
      'M',
      'Office',
      'Fixed',
      'Faxon Street',
      'Telefon',
      'Home',
      undefined,
    ])
      expect(isFaxLabel(label), String(label)).toBe(false);
  });
});
