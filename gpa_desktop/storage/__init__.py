"""The SQLite store: tables, connections, migrations, backups and queries returning domain values."""
