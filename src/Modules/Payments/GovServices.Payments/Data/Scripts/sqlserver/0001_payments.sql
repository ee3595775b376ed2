-- Invoices with their payment codes, the bank channels' signing keys (see docs/adr/0011), and every payment
-- notification a channel sent with the answer it got (X-EXTERNAL-ID idempotency, flags for the treasury).

CREATE TABLE payments.invoice (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    payment_code nvarchar(32) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    description nvarchar(500) NOT NULL,
    payer_name nvarchar(200) NOT NULL,
    payer_nik char(16) NULL,
    source_module nvarchar(50) NOT NULL,
    source_reference nvarchar(100) NOT NULL,
    due_at datetimeoffset(7) NULL,
    expires_at datetimeoffset(7) NOT NULL,
    status nvarchar(30) NOT NULL,
    created_at datetimeoffset(7) NOT NULL,
    created_by_client nvarchar(100) NULL,
    paid_at datetimeoffset(7) NULL,
    paid_channel nvarchar(100) NULL,
    bank_reference nvarchar(128) NULL,
    receipt_number nvarchar(40) NULL,
    version int NOT NULL
);

CREATE UNIQUE INDEX ux_invoice_payment_code ON payments.invoice (payment_code);

CREATE UNIQUE INDEX ux_invoice_source ON payments.invoice (source_module, source_reference);

CREATE UNIQUE INDEX ux_invoice_receipt_number ON payments.invoice (receipt_number) WHERE receipt_number IS NOT NULL;

CREATE TABLE payments.channel (
    client_id nvarchar(100) NOT NULL PRIMARY KEY,
    signing_key nvarchar(500) NOT NULL,
    updated_at datetimeoffset(7) NOT NULL
);

CREATE TABLE payments.payment_notification (
    client_id nvarchar(100) NOT NULL,
    external_id nvarchar(64) NOT NULL,
    notification_day date NOT NULL,
    request_hash nvarchar(64) NOT NULL,
    received_at datetimeoffset(7) NOT NULL,
    invoice_id uniqueidentifier NULL,
    virtual_account_no nvarchar(64) NOT NULL,
    payment_request_id nvarchar(128) NOT NULL,
    paid_amount bigint NULL,
    outcome nvarchar(30) NOT NULL,
    flagged bit NOT NULL,
    http_status int NOT NULL,
    response_body nvarchar(max) NOT NULL,
    PRIMARY KEY (client_id, external_id, notification_day)
);

CREATE INDEX ix_payment_notification_invoice ON payments.payment_notification (invoice_id);

CREATE INDEX ix_payment_notification_flagged ON payments.payment_notification (received_at) WHERE flagged = 1;
