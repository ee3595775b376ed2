-- The permit catalogue (seeded with Bontang's common permits; form fields, documents, fee rule and SLAs as JSON),
-- applications with their uploaded documents and every step of their history.

CREATE TABLE permits.permit_type (
    code TEXT NOT NULL PRIMARY KEY,
    name_id TEXT NOT NULL,
    name_en TEXT NOT NULL,
    description_id TEXT NOT NULL,
    opd_code TEXT NOT NULL,
    classification_code TEXT NOT NULL,
    documents TEXT NOT NULL,
    fields TEXT NOT NULL,
    fee_rule TEXT NOT NULL,
    sla TEXT NOT NULL,
    validity_months INTEGER NULL,
    active INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE permits.application (
    id TEXT NOT NULL PRIMARY KEY,
    type_code TEXT NOT NULL REFERENCES permit_type (code),
    opd_code TEXT NOT NULL,
    status TEXT NOT NULL,
    applicant_user_id TEXT NULL,
    applicant_client_id TEXT NULL,
    applicant_name TEXT NOT NULL,
    applicant_nik TEXT NULL,
    applicant_phone TEXT NULL,
    applicant_email TEXT NULL,
    form TEXT NOT NULL,
    revision_items TEXT NULL,
    decision_note TEXT NULL,
    fee_amount INTEGER NULL,
    invoice_id TEXT NULL,
    payment_code TEXT NULL,
    invoice_expires_at TEXT NULL,
    receipt_number TEXT NULL,
    permit_id TEXT NULL,
    permit_number TEXT NULL,
    stage_due_on TEXT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT NULL,
    decided_at TEXT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);

CREATE INDEX permits.ix_application_applicant_user ON application (applicant_user_id, created_at);

CREATE INDEX permits.ix_application_applicant_client ON application (applicant_client_id, created_at);

CREATE INDEX permits.ix_application_opd_status ON application (opd_code, status, created_at);

CREATE INDEX permits.ix_application_invoice ON application (invoice_id);

CREATE TABLE permits.application_document (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES application (id),
    document_code TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by_client_id TEXT NULL,
    uploaded_by_user_id TEXT NULL
);

CREATE INDEX permits.ix_application_document_application ON application_document (application_id, uploaded_at);

CREATE TABLE permits.application_history (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES application (id),
    occurred_at TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    actor_client_id TEXT NULL,
    actor_user_id TEXT NULL,
    note TEXT NULL,
    details TEXT NULL
);

CREATE INDEX permits.ix_application_history_application ON application_history (application_id, occurred_at);

INSERT INTO permits.permit_type (code, name_id, name_en, description_id, opd_code, classification_code, documents, fields, fee_rule, sla, validity_months, active, sort_order, updated_at, version)
VALUES
    ('PBG', 'Persetujuan Bangunan Gedung', 'Building approval (PBG)', 'Persetujuan untuk membangun baru, mengubah, memperluas, atau merawat bangunan gedung sesuai standar teknis.', 'DPMPTSP', '648',
     '[{"code":"ktp","nameId":"KTP pemohon","nameEn":"Applicant''s identity card","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"land_certificate","nameId":"Sertifikat atau bukti penguasaan tanah","nameEn":"Land title or proof of land tenure","mandatory":true,"formats":["pdf"]},{"code":"architectural_drawings","nameId":"Gambar rencana arsitektur","nameEn":"Architectural drawings","mandatory":true,"formats":["pdf"]},{"code":"structural_calculation","nameId":"Perhitungan struktur","nameEn":"Structural calculation","mandatory":false,"formats":["pdf"]}]',
     '[{"code":"building_name","labelId":"Nama bangunan","labelEn":"Building name","type":"text","required":true,"minLength":3,"maxLength":200},{"code":"building_function","labelId":"Fungsi bangunan","labelEn":"Building function","type":"choice","required":true,"options":[{"value":"hunian","labelId":"Hunian","labelEn":"Residential"},{"value":"keagamaan","labelId":"Keagamaan","labelEn":"Religious"},{"value":"usaha","labelId":"Usaha","labelEn":"Business"},{"value":"sosial_budaya","labelId":"Sosial dan budaya","labelEn":"Social and cultural"}]},{"code":"floor_area_m2","labelId":"Luas lantai (m²)","labelEn":"Floor area (m²)","type":"number","required":true,"min":1,"max":100000},{"code":"floors","labelId":"Jumlah lantai","labelEn":"Number of floors","type":"number","required":true,"integer":true,"min":1,"max":40},{"code":"land_certificate_number","labelId":"Nomor sertifikat tanah","labelEn":"Land title number","type":"text","required":true,"maxLength":60},{"code":"address","labelId":"Alamat lokasi bangunan","labelEn":"Address of the building","type":"text","required":true,"minLength":5,"maxLength":300},{"code":"location","labelId":"Titik lokasi","labelEn":"Location","type":"location","required":true}]',
     '{"kind":"per_unit","ratePerUnit":12500,"unitFields":["floor_area_m2"],"unitLabel":"m²"}',
     '{"verification":3,"review":14,"feeAssessment":2}', NULL, 1, 1, '2026-01-01T00:00:00.0000000Z', 1),
    ('REKLAME', 'Izin Penyelenggaraan Reklame', 'Billboard permit', 'Izin memasang reklame tetap (papan, billboard, neon box) di wilayah Kota Bontang.', 'DPMPTSP', '503',
     '[{"code":"ktp","nameId":"KTP pemohon","nameEn":"Applicant''s identity card","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"design","nameId":"Desain dan ukuran reklame","nameEn":"Billboard design and dimensions","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"landowner_consent","nameId":"Persetujuan pemilik lahan","nameEn":"Landowner''s consent","mandatory":false,"formats":["pdf"]}]',
     '[{"code":"content","labelId":"Isi reklame","labelEn":"Billboard content","type":"text","required":true,"minLength":3,"maxLength":200},{"code":"area_m2","labelId":"Luas bidang reklame (m²)","labelEn":"Billboard area (m²)","type":"number","required":true,"min":0.5,"max":200},{"code":"duration_years","labelId":"Lama pemasangan (tahun)","labelEn":"Duration (years)","type":"number","required":true,"integer":true,"min":1,"max":5},{"code":"address","labelId":"Alamat lokasi reklame","labelEn":"Address of the billboard","type":"text","required":true,"minLength":5,"maxLength":300},{"code":"location","labelId":"Titik lokasi","labelEn":"Location","type":"location","required":true}]',
     '{"kind":"per_unit","ratePerUnit":150000,"unitFields":["area_m2","duration_years"],"unitLabel":"m²/tahun"}',
     '{"verification":2,"review":5,"feeAssessment":1}', 12, 1, 2, '2026-01-01T00:00:00.0000000Z', 1),
    ('KERAMAIAN', 'Izin Keramaian', 'Public event permit', 'Izin menyelenggarakan keramaian umum: pesta, konser, pertandingan, atau kegiatan keagamaan yang melibatkan banyak orang.', 'DPMPTSP', '503',
     '[{"code":"ktp","nameId":"KTP penanggung jawab","nameEn":"Organiser''s identity card","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"rundown","nameId":"Susunan acara","nameEn":"Event programme","mandatory":true,"formats":["pdf"]},{"code":"neighbour_consent","nameId":"Persetujuan RT/RW","nameEn":"Neighbourhood (RT/RW) consent","mandatory":false,"formats":["pdf","jpeg","png"]}]',
     '[{"code":"event_name","labelId":"Nama kegiatan","labelEn":"Event name","type":"text","required":true,"minLength":3,"maxLength":200},{"code":"event_kind","labelId":"Jenis kegiatan","labelEn":"Kind of event","type":"choice","required":true,"options":[{"value":"pernikahan","labelId":"Pernikahan","labelEn":"Wedding"},{"value":"konser","labelId":"Konser atau pertunjukan","labelEn":"Concert or show"},{"value":"olahraga","labelId":"Olahraga","labelEn":"Sports"},{"value":"keagamaan","labelId":"Keagamaan","labelEn":"Religious"},{"value":"lainnya","labelId":"Lainnya","labelEn":"Other"}]},{"code":"event_date","labelId":"Tanggal kegiatan","labelEn":"Event date","type":"date","required":true,"minDaysAhead":7,"maxDaysAhead":180},{"code":"expected_attendance","labelId":"Perkiraan jumlah peserta","labelEn":"Expected attendance","type":"number","required":true,"integer":true,"min":1,"max":100000},{"code":"address","labelId":"Alamat lokasi kegiatan","labelEn":"Address of the event","type":"text","required":true,"minLength":5,"maxLength":300},{"code":"location","labelId":"Titik lokasi","labelEn":"Location","type":"location","required":false}]',
     '{"kind":"free"}',
     '{"verification":1,"review":3,"feeAssessment":0}', 1, 1, 3, '2026-01-01T00:00:00.0000000Z', 1),
    ('SIP', 'Surat Izin Praktik Tenaga Kesehatan', 'Practice permit for health workers (SIP)', 'Izin bagi dokter, dokter gigi, bidan, perawat, dan apoteker untuk berpraktik di fasilitas pelayanan kesehatan di Kota Bontang.', 'DPMPTSP', '503',
     '[{"code":"ktp","nameId":"KTP pemohon","nameEn":"Applicant''s identity card","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"str","nameId":"Surat Tanda Registrasi (STR)","nameEn":"Registration certificate (STR)","mandatory":true,"formats":["pdf"]},{"code":"recommendation","nameId":"Rekomendasi organisasi profesi","nameEn":"Professional association''s recommendation","mandatory":true,"formats":["pdf"]},{"code":"photo","nameId":"Pas foto","nameEn":"Passport photo","mandatory":true,"formats":["jpeg","png"]}]',
     '[{"code":"profession","labelId":"Profesi","labelEn":"Profession","type":"choice","required":true,"options":[{"value":"dokter","labelId":"Dokter","labelEn":"Physician"},{"value":"dokter_gigi","labelId":"Dokter gigi","labelEn":"Dentist"},{"value":"bidan","labelId":"Bidan","labelEn":"Midwife"},{"value":"perawat","labelId":"Perawat","labelEn":"Nurse"},{"value":"apoteker","labelId":"Apoteker","labelEn":"Pharmacist"}]},{"code":"str_number","labelId":"Nomor STR","labelEn":"STR number","type":"text","required":true,"pattern":"^[0-9A-Za-z./-]{6,40}$","maxLength":40},{"code":"facility_name","labelId":"Nama fasilitas pelayanan kesehatan","labelEn":"Health facility","type":"text","required":true,"minLength":3,"maxLength":200},{"code":"address","labelId":"Alamat tempat praktik","labelEn":"Practice address","type":"text","required":true,"minLength":5,"maxLength":300},{"code":"location","labelId":"Titik lokasi","labelEn":"Location","type":"location","required":false}]',
     '{"kind":"fixed","amount":100000}',
     '{"verification":2,"review":5,"feeAssessment":1}', 60, 1, 4, '2026-01-01T00:00:00.0000000Z', 1),
    ('IUMK', 'Izin Usaha Mikro', 'Micro business licence', 'Izin usaha bagi pelaku usaha mikro dan kecil di Kota Bontang, tanpa biaya.', 'DPMPTSP', '503',
     '[{"code":"ktp","nameId":"KTP pemohon","nameEn":"Applicant''s identity card","mandatory":true,"formats":["pdf","jpeg","png"]},{"code":"business_photo","nameId":"Foto tempat usaha","nameEn":"Photo of the business premises","mandatory":false,"formats":["jpeg","png"]}]',
     '[{"code":"business_name","labelId":"Nama usaha","labelEn":"Business name","type":"text","required":true,"minLength":3,"maxLength":200},{"code":"business_kind","labelId":"Bidang usaha","labelEn":"Line of business","type":"choice","required":true,"options":[{"value":"kuliner","labelId":"Kuliner","labelEn":"Food and drink"},{"value":"perdagangan","labelId":"Perdagangan","labelEn":"Retail"},{"value":"jasa","labelId":"Jasa","labelEn":"Services"},{"value":"kerajinan","labelId":"Kerajinan","labelEn":"Crafts"},{"value":"lainnya","labelId":"Lainnya","labelEn":"Other"}]},{"code":"capital_rupiah","labelId":"Modal usaha (Rp)","labelEn":"Capital (IDR)","type":"number","required":true,"integer":true,"min":0,"max":1000000000},{"code":"address","labelId":"Alamat usaha","labelEn":"Business address","type":"text","required":true,"minLength":5,"maxLength":300},{"code":"location","labelId":"Titik lokasi","labelEn":"Location","type":"location","required":false}]',
     '{"kind":"free"}',
     '{"verification":1,"review":2,"feeAssessment":0}', NULL, 1, 5, '2026-01-01T00:00:00.0000000Z', 1);
