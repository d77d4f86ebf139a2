/** A number in Persian digits: 12 → "۱۲". */
export const persianNumber = (n: number) => new Intl.NumberFormat('fa').format(n);
