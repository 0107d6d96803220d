import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReportBlock, ReportDocument } from '@leercyclus/reports/view';
import classes from './ReportPrint.module.css';

/**
 * The report as the PDF has it, as HTML for the browser's print: the same document (worded and counted on the
 * server), the charts as the same SVG (as images: nothing of them runs).
 */
export function ReportDocumentView({ document }: { document: ReportDocument }) {
  return (
    <article className={classes.report}>
      <header className={classes.titlePage}>
        <Title order={1}>{document.title}</Title>
        <Text size="lg">{document.subtitle}</Text>
        <Text mt="md">Periode: {document.period}</Text>
        {document.about.map((row) => (
          <Text key={row.label}>
            {row.label}: {row.value}
          </Text>
        ))}
        <Text c="dimmed" mt="md">
          {document.generated}
        </Text>
      </header>
      <nav className={classes.contents} aria-label="Inhoud">
        <Title order={2}>Inhoud</Title>
        <List type="ordered">
          {document.chapters.map((chapter) => (
            <List.Item key={chapter.id}>
              <Anchor href={`#${chapter.id}`}>{chapter.heading}</Anchor>
            </List.Item>
          ))}
        </List>
      </nav>
      {document.chapters.map((chapter, index) => (
        <section key={chapter.id} id={chapter.id} className={classes.chapter}>
          <Title order={2}>
            {index + 1}. {chapter.heading}
          </Title>
          <Stack gap="sm">
            {chapter.blocks.map((block, blockIndex) => (
              <Block key={blockIndex} block={block} />
            ))}
          </Stack>
        </section>
      ))}
    </article>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <Text fs={block.note ? 'italic' : undefined}>{block.text}</Text>;
    case 'subheading':
      return <Title order={3}>{block.text}</Title>;
    case 'figures':
      return (
        <Table withRowBorders={false} maw={560}>
          <Table.Tbody>
            {block.rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td fw={600}>{row.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case 'chart':
      return (
        <figure className={classes.figure}>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`}
            width={block.width}
            height={block.height}
            alt={block.caption}
          />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    case 'table':
      if (block.rows.length === 0) return <Text fs="italic">{block.empty}</Text>;
      return (
        <Table striped withTableBorder className={classes.table}>
          <Table.Caption>{block.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {block.columns.map((column) => (
                <Table.Th key={column.header} ta={column.align ?? 'left'}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {block.rows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <Table.Td
                    key={cellIndex}
                    ta={block.columns[cellIndex]?.align ?? 'left'}
                    className={classes.cell}
                  >
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
  }
}
