-- Invoices with their payment codes, the bank channels' signing keys (see docs/adr/0011), and every payment
-- notification a channel sent with the answer it got (X-EXTERNAL-ID idempotency, flags for the treasury).

CREATE TABLE payments.invoice (
    id uuid NOT NULL PRIMARY KEY,
    payment_code varchar(32) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    description text NOT NULL,
    payer_name text NOT NULL,
    payer_nik char(16) NULL,
    source_module varchar(50) NOT NULL,
    source_reference varchar(100) NOT NULL,
    due_at timestamptz NULL,
    expires_at timestamptz NOT NULL,
    status varchar(30) NOT NULL,
    created_at timestamptz NOT NULL,
    created_by_client text NULL,
    paid_at timestamptz NULL,
    paid_channel text NULL,
    bank_reference text NULL,
    receipt_number varchar(40) NULL,
    version integer NOT NULL
);

CREATE UNIQUE INDEX ux_invoice_payment_code ON payments.invoice (payment_code);

CREATE UNIQUE INDEX ux_invoice_source ON payments.invoice (source_module, source_reference);

CREATE UNIQUE INDEX ux_invoice_receipt_number ON payments.invoice (receipt_number) WHERE receipt_number IS NOT NULL;

CREATE TABLE payments.channel (
    client_id varchar(100) NOT NULL PRIMARY KEY,
    signing_key text NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE payments.payment_notification (
    client_id varchar(100) NOT NULL,
    external_id varchar(64) NOT NULL,
    notification_day date NOT NULL,
    request_hash varchar(64) NOT NULL,
    received_at timestamptz NOT NULL,
    invoice_id uuid NULL,
    virtual_account_no varchar(64) NOT NULL,
    payment_request_id varchar(128) NOT NULL,
    paid_amount bigint NULL,
    outcome varchar(30) NOT NULL,
    flagged boolean NOT NULL,
    http_status integer NOT NULL,
    response_body text NOT NULL,
    PRIMARY KEY (client_id, external_id, notification_day)
);

CREATE INDEX ix_payment_notification_invoice ON payments.payment_notification (invoice_id);

CREATE INDEX ix_payment_notification_flagged ON payments.payment_notification (received_at) WHERE flagged;
