import { page } from './types.js';
import type { RealPageSnippet } from './types.js';

/** Argentina: a provincial consumer office and the Buenos Aires 147 line. */
export const BATCH_19: RealPageSnippet[] = [
  ...page(
    'ar-omic-general-arenales',
    'http://omic.generalarenales.gob.ar/',
    {
      country: 'AR',
      text: '  Responsable: Florencia Zambrana Castan\n  Dirección: Tucumán esq. Rafael Reta, Ascensión\n  Teléfono: 2353 - 496407\n  Mail: omic@generalarenales.gob.ar\n  Horarios: Lunes a viernes de 7 a 13 hs',
      numbers: ['+542353496407 Teléfono'],
      notNumbers: ['7 a 13'],
      why: 'Area code 2353 (General Arenales) and a 6-digit number: 10 national digits.',
    },
    {
      country: 'AR',
      text: 'Para obtener más información o realizar un reclamo, los vecinos pueden comunicarse al 02353-496407 de lunes a viernes de 7 a 13hs, o enviar un correo electrónico a omic@generalarenales.gob.ar o omicgeneralarenales@hotmail.com',
      numbers: ['+542353496407'],
      notNumbers: ['7 a 13hs'],
    },
  ),
  ...page(
    'ar-diariopopular-linea-147',
    'https://www.diariopopular.com.ar/general/la-ciudad-refuerza-la-linea-147-que-da-mas-10-mil-turnos-dia-hospitales-y-cesac-n872173',
    {
      country: 'AR',
      text: 'La línea de servicios en la que se pueden consultar trámites y hacer reclamos da unos 10 mil turnos de salud por día, y funciona de lunes a viernes de 7 a 22 y los sábados, domingos y feriados de 8 a 14.',
      numbers: [],
      notNumbers: ['7 a 22', '8 a 14'],
    },
    {
      country: 'AR',
      text: 'Los turnos programados en hospitales y CeSAC se sacan mediante BOTI, el Whatsapp de la Ciudad, en el 11-5050-0147, tipeando "turno médico" o llamando al 147, opción 1.',
      numbers: [],
      shortCodes: ['147'],
      ambiguous:
        'A WhatsApp (mobile) number written like a Buenos Aires landline, without the 15 or 9 of Argentine mobiles: +54 11 5050-0147 and +54 9 11 5050-0147 are both plausible readings.',
    },
    {
      country: 'AR',
      text: 'dijo el Jefe de Gobierno, Jorge Macri, quien supervisó el trabajo del Call Center que funciona junto al CeSAC 42, en avenida La Plata al 2200, Boedo.',
      numbers: [],
      notNumbers: ['CeSAC 42', '2200'],
    },
  ),
  ...page(
    'ar-diariociudad-defensa-consumidor',
    'https://diariociudad.com.ar/2024/07/04/se-construiran-cinco-nuevos-pasos-bajo-nivel-en-la-ciudad-de-buenos-aires-mejora-en-la-movilidad-urbana-y-reduccion-de-demoras',
    {
      country: 'AR',
      text: 'Este servicio abarca denuncias por presuntas infracciones a la Ley Nacional 24.240 de Defensa del Consumidor, a la Ley 941 de la Ciudad sobre el Registro Público de Administradores de Consorcios,',
      numbers: [],
      notNumbers: ['24.240', '941'],
    },
  ),
];
