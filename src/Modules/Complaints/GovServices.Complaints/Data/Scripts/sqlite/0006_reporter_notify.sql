-- A partner app's reporter consents to be told of each public step at the contact given at filing (issue 15,
-- ADR 0067): the filing's `notify: true`. Null (complaints filed before, and a citizen's, who is told through their
-- account) and false mean no consent: the reporter's contact is never given to Notifications.

ALTER TABLE complaints.complaint ADD COLUMN reporter_notify INTEGER NULL;
