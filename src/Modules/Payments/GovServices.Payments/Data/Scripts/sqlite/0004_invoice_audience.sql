-- Who an invoice concerns, as the asking module names it (docs/adr/0048): the partner app that owns the record paid
-- for, and the OPD that is owed. Carried by every event of the invoice, so that notifications reach the right party
-- without reading the asking module's tables. Invoices issued before this script have none (nobody's).

ALTER TABLE payments.invoice ADD COLUMN owner_client_id TEXT NULL;

ALTER TABLE payments.invoice ADD COLUMN owner_opd TEXT NULL;
