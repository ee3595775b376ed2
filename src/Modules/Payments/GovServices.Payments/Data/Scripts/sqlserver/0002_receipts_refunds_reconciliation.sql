-- Receipts with an unguessable verification code, refunds, cancelling, reconciliation with the bank's daily
-- settlement file, and the WITA day of payments and refunds for the Command Centre reports (docs/adr/0014).

ALTER TABLE payments.invoice ADD
    refunded_amount bigint NOT NULL CONSTRAINT df_invoice_refunded_amount DEFAULT 0,
    receipt_code nvarchar(32) NULL,
    paid_day date NULL,
    cancelled_at datetimeoffset(7) NULL,
    cancel_reason nvarchar(500) NULL;
GO

ALTER TABLE payments.invoice
    ADD CONSTRAINT ck_invoice_refunded_amount CHECK (refunded_amount >= 0 AND refunded_amount <= amount);
GO

-- Invoices paid before this script get a verification code from the database's CSPRNG and their WITA day.
UPDATE payments.invoice
SET receipt_code = CONVERT(nvarchar(32), CRYPT_GEN_RANDOM(16), 2),
    paid_day = CAST(SWITCHOFFSET(paid_at, '+08:00') AS date)
WHERE receipt_number IS NOT NULL;
GO

CREATE UNIQUE INDEX ux_invoice_receipt_code ON payments.invoice (receipt_code) WHERE receipt_code IS NOT NULL;

CREATE INDEX ix_invoice_paid_day ON payments.invoice (paid_day) WHERE paid_day IS NOT NULL;

CREATE INDEX ix_invoice_bank_reference ON payments.invoice (bank_reference) WHERE bank_reference IS NOT NULL;

CREATE INDEX ix_payment_notification_payment_request ON payments.payment_notification (payment_request_id);


CREATE TABLE payments.refund (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    invoice_id uniqueidentifier NOT NULL,
    bank_reference nvarchar(128) NOT NULL,
    channel nvarchar(100) NOT NULL,
    kind nvarchar(30) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    reason nvarchar(500) NOT NULL,
    issued_at datetimeoffset(7) NOT NULL,
    issued_day date NOT NULL,
    issued_by nvarchar(200) NULL
);

CREATE INDEX ix_refund_invoice ON payments.refund (invoice_id, issued_at);

CREATE INDEX ix_refund_issued_day ON payments.refund (issued_day);

CREATE TABLE payments.reconciliation (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    channel nvarchar(100) NOT NULL,
    settlement_date date NOT NULL,
    file_hash nvarchar(64) NOT NULL,
    file_name nvarchar(260) NULL,
    uploaded_at datetimeoffset(7) NOT NULL,
    uploaded_by nvarchar(200) NULL,
    row_count int NOT NULL,
    matched_count int NOT NULL,
    bank_only_count int NOT NULL,
    missing_at_bank_count int NOT NULL,
    amount_mismatch_count int NOT NULL,
    error_count int NOT NULL,
    errors nvarchar(max) NOT NULL
);

CREATE UNIQUE INDEX ux_reconciliation_file ON payments.reconciliation (channel, settlement_date, file_hash);

CREATE TABLE payments.reconciliation_item (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    item_key nvarchar(300) NOT NULL,
    reconciliation_id uniqueidentifier NOT NULL,
    kind nvarchar(30) NOT NULL,
    channel nvarchar(100) NOT NULL,
    settlement_date date NOT NULL,
    bank_reference nvarchar(128) NULL,
    virtual_account_no nvarchar(64) NULL,
    invoice_id uniqueidentifier NULL,
    bank_amount bigint NULL,
    recorded_amount bigint NULL,
    status nvarchar(20) NOT NULL,
    created_at datetimeoffset(7) NOT NULL,
    resolution_note nvarchar(1000) NULL,
    resolved_at datetimeoffset(7) NULL,
    resolved_by nvarchar(200) NULL,
    version int NOT NULL
);

CREATE UNIQUE INDEX ux_reconciliation_item_key ON payments.reconciliation_item (item_key);

CREATE INDEX ix_reconciliation_item_status ON payments.reconciliation_item (status, id);
