-- Complaint categories (seeded with Bontang's set, each routed to its responsible OPD and answered within its
-- SLA in working days), the complaints themselves and every step of their history.

CREATE TABLE complaints.category (
    code TEXT NOT NULL PRIMARY KEY,
    name_id TEXT NOT NULL,
    name_en TEXT NOT NULL,
    description TEXT NOT NULL,
    opd_code TEXT NOT NULL,
    sla_working_days INTEGER NOT NULL,
    active INTEGER NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE complaints.complaint (
    id TEXT NOT NULL PRIMARY KEY,
    tracking_code TEXT NOT NULL,
    category_code TEXT NOT NULL REFERENCES category (code),
    opd_code TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    latitude REAL NULL,
    longitude REAL NULL,
    address TEXT NULL,
    media_urls TEXT NOT NULL,
    anonymous INTEGER NOT NULL,
    confidential INTEGER NOT NULL,
    reporter_user_id TEXT NULL,
    reporter_nik TEXT NULL,
    reporter_name TEXT NULL,
    reporter_contact TEXT NULL,
    filed_by_client_id TEXT NULL,
    filed_at TEXT NOT NULL,
    verification_due_on TEXT NOT NULL,
    follow_up_due_on TEXT NULL,
    resolution_due_on TEXT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE UNIQUE INDEX complaints.ux_complaint_tracking_code ON complaint (tracking_code);

CREATE INDEX complaints.ix_complaint_reporter_user_id ON complaint (reporter_user_id);

CREATE INDEX complaints.ix_complaint_filed_by_client_id ON complaint (filed_by_client_id);

CREATE INDEX complaints.ix_complaint_opd_status ON complaint (opd_code, status);

CREATE TABLE complaints.complaint_history (
    id TEXT NOT NULL PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaint (id),
    occurred_at TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL,
    note TEXT NULL
);

CREATE INDEX complaints.ix_complaint_history_complaint ON complaint_history (complaint_id, occurred_at);

INSERT INTO complaints.category (code, name_id, name_en, description, opd_code, sla_working_days, active, sort_order)
VALUES
    ('jalan_rusak', 'Jalan rusak', 'Damaged roads', 'Jalan berlubang, retak, atau amblas; trotoar dan jembatan rusak.', 'DPUPR', 10, 1, 1),
    ('banjir_drainase', 'Banjir dan drainase', 'Floods and drainage', 'Genangan, banjir, saluran drainase tersumbat atau rusak.', 'DPUPR', 7, 1, 2),
    ('sampah', 'Sampah', 'Waste', 'Sampah tidak terangkut, tempat pembuangan liar, kebersihan lingkungan.', 'DLH', 5, 1, 3),
    ('penerangan_jalan', 'Penerangan jalan', 'Street lights', 'Lampu penerangan jalan umum padam, rusak, atau belum tersedia.', 'DISHUB', 7, 1, 4),
    ('pelayanan_publik', 'Pelayanan publik', 'Public services', 'Kualitas, waktu, atau sikap petugas dalam pelayanan di kantor pemerintah kota.', 'ORTALA', 10, 1, 5),
    ('kesehatan', 'Kesehatan', 'Health', 'Layanan puskesmas dan rumah sakit daerah, sanitasi, dan kesehatan lingkungan.', 'DINKES', 5, 1, 6),
    ('pendidikan', 'Pendidikan', 'Education', 'Sekolah negeri, penerimaan peserta didik, sarana dan tenaga pendidikan.', 'DISDIKBUD', 10, 1, 7),
    ('perizinan', 'Perizinan', 'Permits and licences', 'Pengurusan izin usaha dan bangunan, layanan mal pelayanan publik.', 'DPMPTSP', 10, 1, 8),
    ('lainnya', 'Lainnya', 'Other', 'Laporan yang tidak termasuk kategori lain; diteruskan oleh koordinator ke OPD yang berwenang.', 'DISKOMINFOTIK', 10, 1, 9);
