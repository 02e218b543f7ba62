"""Writing into workbooks: the only code that writes workbook files (see docs/architecture.md)."""
