import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Roboto as pdfmake ships it in its npm package (its Medium serves as bold): nothing is fetched at run time,
 * and the PDF library may read only this folder (`render.ts` sets the access policy).
 */
const regular = require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');
export const fontFolder = dirname(regular);
export const fonts = {
  Roboto: {
    normal: regular,
    bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
    italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
    bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
  },
};
