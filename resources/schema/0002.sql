-- Peakend project schema, version 2.
-- The rating tables keep only their primary keys. The analyses read a wave's ratings in
-- primary-key order (respondent first), so the secondary indexes served no query and cost
-- imports most of their time: building them took 4.4 s of an 8 s import of 3.25 million
-- ratings. Deleting a vendor, subprocess or factor now scans these tables once, which is
-- rare and quick enough.
DROP INDEX rating_by_vendor_subprocess;
DROP INDEX rating_by_subprocess;
DROP INDEX factor_rating_by_vendor_factor;
DROP INDEX factor_rating_by_factor;
