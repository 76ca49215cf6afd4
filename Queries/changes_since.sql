-- title: 指定日以降の変更履歴
-- description: Every recorded change since a date (ISO 8601, UTC), oldest first: who changed what, from what to what.
-- param: since text required 開始日時 (e.g. 2024-04-01)
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT at, dept, item_code, fiscal_year, field, old_value, new_value
FROM v_history
WHERE (:plan IS NULL OR plan_code = :plan) AND at >= :since
ORDER BY at, record_kind, record_id, field_seq;
