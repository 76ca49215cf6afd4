-- Lookups by stable code (record, show, the views filtered by code) scanned whole tables; with
-- 100,000 indicators that made each lookup cost milliseconds. Codes are unique within a plan,
-- and these indexes make every lookup by code a seek.
CREATE INDEX indicators_by_code ON indicators (code);
CREATE INDEX initiatives_by_code ON initiatives (code);
CREATE INDEX directions_by_code ON directions (code);
CREATE INDEX measures_by_code ON measures (code);
