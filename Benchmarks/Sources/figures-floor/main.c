// The floor: the Figures sheet's cells written with libxlsxwriter directly, no Swift layer.
//
// Usage: figures-floor CELLS OUTPUT.xlsx [--constant-memory]
//
// CELLS is the tab-separated file `trustmetrics-bench phase cells` writes (widths, formats,
// header, one line per figure). It is read into memory first, untimed; then the workbook is
// written as the Swift FiguresSheet writes it (formats, row heights, cells in row order, table or
// autofilter, widths, frozen header, landscape) and the time from workbook_new_opt to
// workbook_close is printed as `seconds=…`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#define COLUMNS 13

typedef struct {
  double height;
  int unit;
  double value;
  int has_line;
  double line;
  char *text[COLUMNS];
} row_t;

static double now(void) {
  struct timespec spec;
  clock_gettime(CLOCK_MONOTONIC, &spec);
  return (double)spec.tv_sec + (double)spec.tv_nsec / 1e9;
}

// Splits a line in place on tabs and unescapes \\, \t and \n; returns the field count.
static int split(char *line, char **fields, int capacity) {
  int count = 0;
  char *read = line, *write = line;
  fields[count++] = write;
  for (; *read; read++) {
    if (*read == '\t') {
      *write++ = '\0';
      if (count == capacity) break;
      fields[count++] = write;
    } else if (*read == '\\' && read[1]) {
      read++;
      *write++ = *read == 't' ? '\t' : (*read == 'n' ? '\n' : *read);
    } else {
      *write++ = *read;
    }
  }
  *write = '\0';
  return count;
}

static char *read_file(const char *path, size_t *size) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  fseek(file, 0, SEEK_END);
  long length = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *bytes = malloc((size_t)length + 1);
  if (!bytes || fread(bytes, 1, (size_t)length, file) != (size_t)length) {
    fclose(file);
    free(bytes);
    return NULL;
  }
  fclose(file);
  bytes[length] = '\0';
  *size = (size_t)length;
  return bytes;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: figures-floor CELLS OUTPUT.xlsx [--constant-memory]\n");
    return 64;
  }
  int constant_memory = argc > 3 && strcmp(argv[3], "--constant-memory") == 0;
  size_t size = 0;
  char *bytes = read_file(argv[1], &size);
  if (!bytes) {
    fprintf(stderr, "figures-floor: cannot read %s\n", argv[1]);
    return 66;
  }

  double widths[COLUMNS] = {0};
  char *formats[6] = {0};
  char *headers[COLUMNS] = {0};
  double header_height = 0;
  size_t capacity = 1024, count = 0;
  row_t *rows = malloc(capacity * sizeof(row_t));
  char *fields[COLUMNS + 2];
  char *cursor = bytes;
  int line_number = 0;
  while (cursor && *cursor) {
    char *end = strchr(cursor, '\n');
    if (end) *end = '\0';
    char *line = cursor;
    cursor = end ? end + 1 : NULL;
    line_number++;
    int n = split(line, fields, COLUMNS + 2);
    if (line_number == 1) {
      for (int i = 0; i < COLUMNS && i + 1 < n; i++) widths[i] = atof(fields[i + 1]);
    } else if (line_number == 2) {
      for (int i = 0; i < 6 && i + 1 < n; i++) formats[i] = fields[i + 1];
    } else if (line_number == 3) {
      header_height = atof(fields[1]);
      for (int i = 0; i < COLUMNS && i + 2 < n; i++) headers[i] = fields[i + 2];
    } else {
      if (n != COLUMNS + 2) {
        fprintf(stderr, "figures-floor: line %d has %d fields\n", line_number, n);
        return 65;
      }
      if (count == capacity) {
        capacity *= 2;
        rows = realloc(rows, capacity * sizeof(row_t));
      }
      row_t *row = &rows[count++];
      row->height = atof(fields[0]);
      row->unit = atoi(fields[1]);
      for (int i = 0; i < COLUMNS; i++) row->text[i] = fields[i + 2];
      row->value = strtod(fields[2 + 4], NULL);
      row->has_line = fields[2 + 10][0] != '\0';
      row->line = row->has_line ? strtod(fields[2 + 10], NULL) : 0;
    }
  }

  double start = now();
  lxw_workbook_options options = {.constant_memory = constant_memory};
  lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
  if (!workbook) {
    fprintf(stderr, "figures-floor: cannot create %s\n", argv[2]);
    return 73;
  }
  lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Figures");

  lxw_format *header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_pattern(header, LXW_PATTERN_SOLID);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(header);
  format_set_bottom(header, LXW_BORDER_THIN);
  lxw_format *text = workbook_add_format(workbook);
  format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
  lxw_format *wrapped = workbook_add_format(workbook);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(wrapped);
  lxw_format *integer = workbook_add_format(workbook);
  format_set_num_format(integer, "0");
  format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);
  lxw_format *values[6];
  for (int i = 0; i < 6; i++) {
    values[i] = workbook_add_format(workbook);
    format_set_num_format(values[i], formats[i] ? formats[i] : "General");
    format_set_align(values[i], LXW_ALIGN_VERTICAL_TOP);
  }

  lxw_row_t last = (lxw_row_t)(count > 0 ? count : 1);
  if (constant_memory) worksheet_autofilter(sheet, 0, 0, last, COLUMNS - 1);
  if (header_height > 0) worksheet_set_row(sheet, 0, header_height, NULL);
  for (int column = 0; column < COLUMNS; column++)
    worksheet_write_string(sheet, 0, column, headers[column] ? headers[column] : "", header);
  for (size_t index = 0; index < count; index++) {
    row_t *row = &rows[index];
    lxw_row_t r = (lxw_row_t)(index + 1);
    if (row->height > 0) worksheet_set_row(sheet, r, row->height, NULL);
    for (int column = 0; column < COLUMNS; column++) {
      if (column == 4) {
        worksheet_write_number(sheet, r, 4, row->value, values[row->unit % 6]);
      } else if (column == 10) {
        if (row->has_line) {
          worksheet_write_number(sheet, r, 10, row->line, integer);
        } else {
          worksheet_write_blank(sheet, r, 10, integer);
          worksheet_write_comment(sheet, r, 10, "The quote was not found in the source.");
        }
      } else {
        worksheet_write_string(sheet, r, column, row->text[column], column == 12 ? wrapped : text);
      }
    }
  }
  for (int column = 0; column < COLUMNS; column++)
    worksheet_set_column(sheet, column, column, widths[column], NULL);
  worksheet_freeze_panes(sheet, 1, 0);
  if (!constant_memory) {
    lxw_table_column *columns[COLUMNS + 1];
    lxw_table_column storage[COLUMNS];
    memset(storage, 0, sizeof storage);
    for (int i = 0; i < COLUMNS; i++) {
      storage[i].header = headers[i];
      storage[i].header_format = header;
      columns[i] = &storage[i];
    }
    columns[COLUMNS] = NULL;
    lxw_table_options table = {
        .name = "Figures", .style_type = LXW_TABLE_STYLE_TYPE_LIGHT, .style_type_number = 9,
        .columns = columns};
    worksheet_add_table(sheet, 0, 0, last, COLUMNS - 1, &table);
  }
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  lxw_error error = workbook_close(workbook);
  double seconds = now() - start;
  if (error != LXW_NO_ERROR) {
    fprintf(stderr, "figures-floor: %s\n", lxw_strerror(error));
    return 74;
  }
  printf("seconds=%.6f rows=%zu cells=%zu\n", seconds, count, (count + 1) * COLUMNS);
  free(rows);
  free(bytes);
  return 0;
}
