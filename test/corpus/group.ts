/** Splits digits into groups the way people write them: 2-4 digit blocks, last block 4 when possible. */
export function group(digits: string, separator = ' '): string {
  const blocks: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    const size = rest.length - 4 >= 3 ? 3 : rest.length - 4;
    blocks.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  blocks.push(rest);
  return blocks.join(separator);
}
