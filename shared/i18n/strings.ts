/** The same shape as `T`, with every text a string: what each language must fill. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
