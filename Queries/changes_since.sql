-- title: 指定日以降の変更履歴
-- description: Every recorded change since a date (ISO 8601, UTC), oldest first: who changed what, from what to what.
-- param: since text required 開始日時 (e.g. 2024-04-01)
SELECT at, dept, item_code, fiscal_year, field, old_value, new_value
FROM v_history
WHERE at >= :since
ORDER BY at, record_kind, record_id, field_seq;
