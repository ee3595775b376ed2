-- Receipts with an unguessable verification code, refunds, cancelling, reconciliation with the bank's daily
-- settlement file, and the WITA day of payments and refunds for the Command Centre reports (docs/adr/0014).
-- SQLite cannot add a table constraint to an existing table: the refunded amount's upper bound is kept by the
-- conditional update of a refund, as on the other databases.

ALTER TABLE payments.invoice ADD COLUMN refunded_amount INTEGER NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0);
ALTER TABLE payments.invoice ADD COLUMN receipt_code TEXT NULL;
ALTER TABLE payments.invoice ADD COLUMN paid_day TEXT NULL;
ALTER TABLE payments.invoice ADD COLUMN cancelled_at TEXT NULL;
ALTER TABLE payments.invoice ADD COLUMN cancel_reason TEXT NULL;

-- Invoices paid before this script get a verification code from SQLite's CSPRNG and their WITA day (times are
-- stored as UTC text, yyyy-MM-ddTHH:mm:ss.fffffffZ).
UPDATE payments.invoice
SET receipt_code = upper(hex(randomblob(16))),
    paid_day = date(substr(paid_at, 1, 19), '+8 hours')
WHERE receipt_number IS NOT NULL;

CREATE UNIQUE INDEX payments.ux_invoice_receipt_code ON invoice (receipt_code) WHERE receipt_code IS NOT NULL;

CREATE INDEX payments.ix_invoice_paid_day ON invoice (paid_day) WHERE paid_day IS NOT NULL;

CREATE INDEX payments.ix_invoice_bank_reference ON invoice (bank_reference) WHERE bank_reference IS NOT NULL;

CREATE INDEX payments.ix_payment_notification_payment_request ON payment_notification (payment_request_id);


CREATE TABLE payments.refund (
    id TEXT NOT NULL PRIMARY KEY,
    invoice_id TEXT NOT NULL,
    bank_reference TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_day TEXT NOT NULL,
    issued_by TEXT NULL
);

CREATE INDEX payments.ix_refund_invoice ON refund (invoice_id, issued_at);

CREATE INDEX payments.ix_refund_issued_day ON refund (issued_day);

CREATE TABLE payments.reconciliation (
    id TEXT NOT NULL PRIMARY KEY,
    channel TEXT NOT NULL,
    settlement_date TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    file_name TEXT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NULL,
    row_count INTEGER NOT NULL,
    matched_count INTEGER NOT NULL,
    bank_only_count INTEGER NOT NULL,
    missing_at_bank_count INTEGER NOT NULL,
    amount_mismatch_count INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    errors TEXT NOT NULL
);

CREATE UNIQUE INDEX payments.ux_reconciliation_file ON reconciliation (channel, settlement_date, file_hash);

CREATE TABLE payments.reconciliation_item (
    id TEXT NOT NULL PRIMARY KEY,
    item_key TEXT NOT NULL,
    reconciliation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    settlement_date TEXT NOT NULL,
    bank_reference TEXT NULL,
    virtual_account_no TEXT NULL,
    invoice_id TEXT NULL,
    bank_amount INTEGER NULL,
    recorded_amount INTEGER NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolution_note TEXT NULL,
    resolved_at TEXT NULL,
    resolved_by TEXT NULL,
    version INTEGER NOT NULL
);

CREATE UNIQUE INDEX payments.ux_reconciliation_item_key ON reconciliation_item (item_key);

CREATE INDEX payments.ix_reconciliation_item_status ON reconciliation_item (status, id);
