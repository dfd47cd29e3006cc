import type { Row, Table } from '../../model/report';
import { T3_COLUMNS, T4_COLUMNS } from '../../template/tables';
import { blockDef } from '../../model/tables/classify';

/** The template width of a row. */
export function columnCount(table: Table, row: Row): number {
  if (table.kind === 't3') return T3_COLUMNS.length;
  if (table.kind === 't4') return T4_COLUMNS.length;
  const block = row.block ?? '';
  const gen = table.generation ?? '2021';
  return blockDef(block, gen)?.columns.length ?? blockDef(block, gen === '2021' ? '2019' : '2021')?.columns.length ?? 0;
}
