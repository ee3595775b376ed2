-- Invoices with their payment codes, the bank channels' signing keys (see docs/adr/0011), and every payment
-- notification a channel sent with the answer it got (X-EXTERNAL-ID idempotency, flags for the treasury).

CREATE TABLE payments.invoice (
    id TEXT NOT NULL PRIMARY KEY,
    payment_code TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL,
    payer_name TEXT NOT NULL,
    payer_nik TEXT NULL,
    source_module TEXT NOT NULL,
    source_reference TEXT NOT NULL,
    due_at TEXT NULL,
    expires_at TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_client TEXT NULL,
    paid_at TEXT NULL,
    paid_channel TEXT NULL,
    bank_reference TEXT NULL,
    receipt_number TEXT NULL,
    version INTEGER NOT NULL
);

CREATE UNIQUE INDEX payments.ux_invoice_payment_code ON invoice (payment_code);

CREATE UNIQUE INDEX payments.ux_invoice_source ON invoice (source_module, source_reference);

CREATE UNIQUE INDEX payments.ux_invoice_receipt_number ON invoice (receipt_number) WHERE receipt_number IS NOT NULL;

CREATE TABLE payments.channel (
    client_id TEXT NOT NULL PRIMARY KEY,
    signing_key TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE payments.payment_notification (
    client_id TEXT NOT NULL,
    external_id TEXT NOT NULL,
    notification_day TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    invoice_id TEXT NULL,
    virtual_account_no TEXT NOT NULL,
    payment_request_id TEXT NOT NULL,
    paid_amount INTEGER NULL,
    outcome TEXT NOT NULL,
    flagged INTEGER NOT NULL,
    http_status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    PRIMARY KEY (client_id, external_id, notification_day)
);

CREATE INDEX payments.ix_payment_notification_invoice ON payment_notification (invoice_id);

CREATE INDEX payments.ix_payment_notification_flagged ON payment_notification (received_at) WHERE flagged = 1;
