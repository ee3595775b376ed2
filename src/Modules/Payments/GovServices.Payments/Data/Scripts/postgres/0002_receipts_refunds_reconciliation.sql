-- Receipts with an unguessable verification code, refunds, cancelling, reconciliation with the bank's daily
-- settlement file, and the WITA day of payments and refunds for the Command Centre reports (docs/adr/0014).

ALTER TABLE payments.invoice ADD COLUMN refunded_amount bigint NOT NULL DEFAULT 0;
ALTER TABLE payments.invoice ADD COLUMN receipt_code varchar(32) NULL;
ALTER TABLE payments.invoice ADD COLUMN paid_day date NULL;
ALTER TABLE payments.invoice ADD COLUMN cancelled_at timestamptz NULL;
ALTER TABLE payments.invoice ADD COLUMN cancel_reason text NULL;

ALTER TABLE payments.invoice
    ADD CONSTRAINT ck_invoice_refunded_amount CHECK (refunded_amount >= 0 AND refunded_amount <= amount);

-- Invoices paid before this script get a verification code from the database's CSPRNG and their WITA day.
UPDATE payments.invoice
SET receipt_code = upper(replace(gen_random_uuid()::text, '-', '')),
    paid_day = (paid_at AT TIME ZONE 'Asia/Makassar')::date
WHERE receipt_number IS NOT NULL;

CREATE UNIQUE INDEX ux_invoice_receipt_code ON payments.invoice (receipt_code) WHERE receipt_code IS NOT NULL;

CREATE INDEX ix_invoice_paid_day ON payments.invoice (paid_day) WHERE paid_day IS NOT NULL;

CREATE INDEX ix_invoice_bank_reference ON payments.invoice (bank_reference) WHERE bank_reference IS NOT NULL;

CREATE INDEX ix_payment_notification_payment_request ON payments.payment_notification (payment_request_id);


CREATE TABLE payments.refund (
    id uuid NOT NULL PRIMARY KEY,
    invoice_id uuid NOT NULL,
    bank_reference varchar(128) NOT NULL,
    channel varchar(100) NOT NULL,
    kind varchar(30) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    reason text NOT NULL,
    issued_at timestamptz NOT NULL,
    issued_day date NOT NULL,
    issued_by text NULL
);

CREATE INDEX ix_refund_invoice ON payments.refund (invoice_id, issued_at);

CREATE INDEX ix_refund_issued_day ON payments.refund (issued_day);

CREATE TABLE payments.reconciliation (
    id uuid NOT NULL PRIMARY KEY,
    channel varchar(100) NOT NULL,
    settlement_date date NOT NULL,
    file_hash varchar(64) NOT NULL,
    file_name text NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text NULL,
    row_count integer NOT NULL,
    matched_count integer NOT NULL,
    bank_only_count integer NOT NULL,
    missing_at_bank_count integer NOT NULL,
    amount_mismatch_count integer NOT NULL,
    error_count integer NOT NULL,
    errors text NOT NULL
);

CREATE UNIQUE INDEX ux_reconciliation_file ON payments.reconciliation (channel, settlement_date, file_hash);

CREATE TABLE payments.reconciliation_item (
    id uuid NOT NULL PRIMARY KEY,
    item_key varchar(300) NOT NULL,
    reconciliation_id uuid NOT NULL,
    kind varchar(30) NOT NULL,
    channel varchar(100) NOT NULL,
    settlement_date date NOT NULL,
    bank_reference varchar(128) NULL,
    virtual_account_no varchar(64) NULL,
    invoice_id uuid NULL,
    bank_amount bigint NULL,
    recorded_amount bigint NULL,
    status varchar(20) NOT NULL,
    created_at timestamptz NOT NULL,
    resolution_note text NULL,
    resolved_at timestamptz NULL,
    resolved_by text NULL,
    version integer NOT NULL
);

CREATE UNIQUE INDEX ux_reconciliation_item_key ON payments.reconciliation_item (item_key);

CREATE INDEX ix_reconciliation_item_status ON payments.reconciliation_item (status, id);
