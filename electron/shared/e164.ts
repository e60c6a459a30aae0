/**
 * A number in E.164 as Genesys takes it: "+", a country code that does not start with 0, and 7 to 15
 * digits in all (the shortest numbers in use, such as Niue's, have 7). The one definition every check uses.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
