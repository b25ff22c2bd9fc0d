#!/usr/bin/env bash
# Re-creates v1.recon: a workspace as schema version 1 wrote it (before match groups existed),
# used by tst_workspace to prove that opening an old file upgrades it. Kept in git as a binary.
set -euo pipefail
cd "$(dirname "$0")"
rm -f v1.recon
sqlite3 v1.recon <<SQL
$(cat ../../../resources/sql/001_initial.sql)
INSERT INTO meta(key, value) VALUES ('workspace_id', '6f1c2a4e-8d1b-4c55-9a0e-2b7d3f9e1a01'),
                                    ('created_at', '2026-01-15T09:30:00.000Z');
INSERT INTO imports(id, file_name, sha256, format, encoding, side, imported_at, user_name,
                    rows_read, rows_imported)
VALUES (X'0192a1b2c3d47e5f8a9b0c1d2e3f4a5b', 'old_statement.sta',
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'mt940', 'ascii', 0,
        '2026-01-15T09:31:00.000Z', 'olduser', 2, 2);
INSERT INTO transactions(uuid, side, import_id, external_id, booking_date, amount_minor,
                         currency, description, fingerprint)
VALUES (X'0192a1b2c3d47e5f8a9b0c1d2e3f4a01', 0, X'0192a1b2c3d47e5f8a9b0c1d2e3f4a5b', 'B1',
        2461056, 125000, 'EUR', 'INV-2026-000001 ACME', 1),
       (X'0192a1b2c3d47e5f8a9b0c1d2e3f4a02', 0, X'0192a1b2c3d47e5f8a9b0c1d2e3f4a5b', 'B2',
        2461057, -4990, 'EUR', 'Subscription', 2);
PRAGMA user_version = 1;
SQL
sqlite3 v1.recon "PRAGMA journal_mode=DELETE;" >/dev/null
echo "wrote $(pwd)/v1.recon"
