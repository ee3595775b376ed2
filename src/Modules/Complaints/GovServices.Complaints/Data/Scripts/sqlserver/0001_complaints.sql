-- Complaint categories (seeded with Bontang's set, each routed to its responsible OPD and answered within its
-- SLA in working days), the complaints themselves and every step of their history.

CREATE TABLE complaints.category (
    code nvarchar(50) NOT NULL PRIMARY KEY,
    name_id nvarchar(100) NOT NULL,
    name_en nvarchar(100) NOT NULL,
    description nvarchar(500) NOT NULL,
    opd_code nvarchar(50) NOT NULL,
    sla_working_days int NOT NULL,
    active bit NOT NULL,
    sort_order int NOT NULL
);

CREATE TABLE complaints.complaint (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    tracking_code nvarchar(20) NOT NULL,
    category_code nvarchar(50) NOT NULL REFERENCES complaints.category (code),
    opd_code nvarchar(50) NOT NULL,
    status nvarchar(30) NOT NULL,
    title nvarchar(200) NOT NULL,
    description nvarchar(4000) NOT NULL,
    latitude float NULL,
    longitude float NULL,
    address nvarchar(500) NULL,
    media_urls nvarchar(max) NOT NULL,
    anonymous bit NOT NULL,
    confidential bit NOT NULL,
    reporter_user_id nvarchar(200) NULL,
    reporter_nik nvarchar(16) NULL,
    reporter_name nvarchar(200) NULL,
    reporter_contact nvarchar(200) NULL,
    filed_by_client_id nvarchar(200) NULL,
    filed_at datetimeoffset(7) NOT NULL,
    verification_due_on date NOT NULL,
    follow_up_due_on date NULL,
    resolution_due_on date NULL,
    updated_at datetimeoffset(7) NOT NULL,
    version int NOT NULL
);

CREATE UNIQUE INDEX ux_complaint_tracking_code ON complaints.complaint (tracking_code);

CREATE INDEX ix_complaint_reporter_user_id ON complaints.complaint (reporter_user_id);

CREATE INDEX ix_complaint_filed_by_client_id ON complaints.complaint (filed_by_client_id);

CREATE INDEX ix_complaint_opd_status ON complaints.complaint (opd_code, status);

CREATE TABLE complaints.complaint_history (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    complaint_id uniqueidentifier NOT NULL REFERENCES complaints.complaint (id),
    occurred_at datetimeoffset(7) NOT NULL,
    action nvarchar(30) NOT NULL,
    from_status nvarchar(30) NULL,
    to_status nvarchar(30) NOT NULL,
    actor_client_id nvarchar(200) NULL,
    actor_user_id nvarchar(200) NULL,
    note nvarchar(4000) NULL
);

CREATE INDEX ix_complaint_history_complaint ON complaints.complaint_history (complaint_id, occurred_at);

INSERT INTO complaints.category (code, name_id, name_en, description, opd_code, sla_working_days, active, sort_order)
VALUES
    ('jalan_rusak', N'Jalan rusak', N'Damaged roads', N'Jalan berlubang, retak, atau amblas; trotoar dan jembatan rusak.', 'DPUPR', 10, 1, 1),
    ('banjir_drainase', N'Banjir dan drainase', N'Floods and drainage', N'Genangan, banjir, saluran drainase tersumbat atau rusak.', 'DPUPR', 7, 1, 2),
    ('sampah', N'Sampah', N'Waste', N'Sampah tidak terangkut, tempat pembuangan liar, kebersihan lingkungan.', 'DLH', 5, 1, 3),
    ('penerangan_jalan', N'Penerangan jalan', N'Street lights', N'Lampu penerangan jalan umum padam, rusak, atau belum tersedia.', 'DISHUB', 7, 1, 4),
    ('pelayanan_publik', N'Pelayanan publik', N'Public services', N'Kualitas, waktu, atau sikap petugas dalam pelayanan di kantor pemerintah kota.', 'ORTALA', 10, 1, 5),
    ('kesehatan', N'Kesehatan', N'Health', N'Layanan puskesmas dan rumah sakit daerah, sanitasi, dan kesehatan lingkungan.', 'DINKES', 5, 1, 6),
    ('pendidikan', N'Pendidikan', N'Education', N'Sekolah negeri, penerimaan peserta didik, sarana dan tenaga pendidikan.', 'DISDIKBUD', 10, 1, 7),
    ('perizinan', N'Perizinan', N'Permits and licences', N'Pengurusan izin usaha dan bangunan, layanan mal pelayanan publik.', 'DPMPTSP', 10, 1, 8),
    ('lainnya', N'Lainnya', N'Other', N'Laporan yang tidak termasuk kategori lain; diteruskan oleh koordinator ke OPD yang berwenang.', 'DISKOMINFOTIK', 10, 1, 9);
