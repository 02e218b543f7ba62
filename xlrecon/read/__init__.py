"""Reading workbooks: the only code that parses workbook files (see docs/architecture.md)."""
