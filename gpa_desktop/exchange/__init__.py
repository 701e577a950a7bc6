"""Excel workbooks: reporting templates, plan and summary out; validated, previewed, merged imports in."""
