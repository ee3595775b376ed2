-- Complaint categories (seeded with Bontang's set, each routed to its responsible OPD and answered within its
-- SLA in working days), the complaints themselves and every step of their history.

CREATE TABLE complaints.category (
    code text NOT NULL PRIMARY KEY,
    name_id text NOT NULL,
    name_en text NOT NULL,
    description text NOT NULL,
    opd_code text NOT NULL,
    sla_working_days integer NOT NULL,
    active boolean NOT NULL,
    sort_order integer NOT NULL
);

CREATE TABLE complaints.complaint (
    id uuid NOT NULL PRIMARY KEY,
    tracking_code text NOT NULL,
    category_code text NOT NULL REFERENCES complaints.category (code),
    opd_code text NOT NULL,
    status text NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    latitude double precision NULL,
    longitude double precision NULL,
    address text NULL,
    media_urls text NOT NULL,
    anonymous boolean NOT NULL,
    confidential boolean NOT NULL,
    reporter_user_id text NULL,
    reporter_nik text NULL,
    reporter_name text NULL,
    reporter_contact text NULL,
    filed_by_client_id text NULL,
    filed_at timestamptz NOT NULL,
    verification_due_on date NOT NULL,
    follow_up_due_on date NULL,
    resolution_due_on date NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE UNIQUE INDEX ux_complaint_tracking_code ON complaints.complaint (tracking_code);

CREATE INDEX ix_complaint_reporter_user_id ON complaints.complaint (reporter_user_id);

CREATE INDEX ix_complaint_filed_by_client_id ON complaints.complaint (filed_by_client_id);

CREATE INDEX ix_complaint_opd_status ON complaints.complaint (opd_code, status);

CREATE TABLE complaints.complaint_history (
    id uuid NOT NULL PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints.complaint (id),
    occurred_at timestamptz NOT NULL,
    action text NOT NULL,
    from_status text NULL,
    to_status text NOT NULL,
    actor_client_id text NULL,
    actor_user_id text NULL,
    note text NULL
);

CREATE INDEX ix_complaint_history_complaint ON complaints.complaint_history (complaint_id, occurred_at);

INSERT INTO complaints.category (code, name_id, name_en, description, opd_code, sla_working_days, active, sort_order)
VALUES
    ('jalan_rusak', 'Jalan rusak', 'Damaged roads', 'Jalan berlubang, retak, atau amblas; trotoar dan jembatan rusak.', 'DPUPR', 10, TRUE, 1),
    ('banjir_drainase', 'Banjir dan drainase', 'Floods and drainage', 'Genangan, banjir, saluran drainase tersumbat atau rusak.', 'DPUPR', 7, TRUE, 2),
    ('sampah', 'Sampah', 'Waste', 'Sampah tidak terangkut, tempat pembuangan liar, kebersihan lingkungan.', 'DLH', 5, TRUE, 3),
    ('penerangan_jalan', 'Penerangan jalan', 'Street lights', 'Lampu penerangan jalan umum padam, rusak, atau belum tersedia.', 'DISHUB', 7, TRUE, 4),
    ('pelayanan_publik', 'Pelayanan publik', 'Public services', 'Kualitas, waktu, atau sikap petugas dalam pelayanan di kantor pemerintah kota.', 'ORTALA', 10, TRUE, 5),
    ('kesehatan', 'Kesehatan', 'Health', 'Layanan puskesmas dan rumah sakit daerah, sanitasi, dan kesehatan lingkungan.', 'DINKES', 5, TRUE, 6),
    ('pendidikan', 'Pendidikan', 'Education', 'Sekolah negeri, penerimaan peserta didik, sarana dan tenaga pendidikan.', 'DISDIKBUD', 10, TRUE, 7),
    ('perizinan', 'Perizinan', 'Permits and licences', 'Pengurusan izin usaha dan bangunan, layanan mal pelayanan publik.', 'DPMPTSP', 10, TRUE, 8),
    ('lainnya', 'Lainnya', 'Other', 'Laporan yang tidak termasuk kategori lain; diteruskan oleh koordinator ke OPD yang berwenang.', 'DISKOMINFOTIK', 10, TRUE, 9);
