/** The one task queue every Leercyclus worker polls. */
export const taskQueue = 'leercyclus';
