import { TableScroll } from '../table-scroll';
import { useLocalized } from '../use-localized';
import { columnAlign, formatCell, rowHeaderKey, type ChartTable, type TableRow } from './table-model';

/** The numbers behind a chart as a real table: a caption, column headers, and row headers. */
export function DataTable<R extends TableRow>({ caption, table, scrollLabel }: { caption: string; table: ChartTable<R>; scrollLabel?: string }) {
  const { language } = useLocalized();
  const headerKey = rowHeaderKey(table);
  const aligns = table.columns.map((c) => columnAlign(c, table.rows));
  return (
    <TableScroll label={scrollLabel ?? caption}>
      <table className="table chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={column.key} scope="col" className={aligns[i] === 'end' ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((column, i) => {
                const content = column.render ? column.render(row) : formatCell(row[column.key], row, column, language);
                const className = aligns[i] === 'end' ? 'num' : undefined;
                return column.key === headerKey ? (
                  <th key={column.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
