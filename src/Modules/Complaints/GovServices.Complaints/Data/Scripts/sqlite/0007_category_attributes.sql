-- Category attributes (Open311 service definitions): the questions a category asks on filing, as a JSON document on
-- the category (code, labels, datatype, required, order, list values), and the answers a complaint gave, as a JSON
-- object of code to value on the complaint. Both change only with their row, so a column each is enough.

ALTER TABLE complaints.category ADD COLUMN attributes TEXT NOT NULL DEFAULT '[]';

ALTER TABLE complaints.complaint ADD COLUMN attributes TEXT NULL;
