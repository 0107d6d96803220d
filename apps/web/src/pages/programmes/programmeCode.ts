/**
 * The code a new programme gets from its name (`Proeftuin samenspel in de wijk` → `proeftuin-samenspel-in-de-wijk`):
 * it lands in addresses and workflow ids, so nobody has to make one up.
 */
export function programmeCodeOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}
