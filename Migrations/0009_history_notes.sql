-- v_history listed an actual's value but not its note: a record that changed only the note
-- appeared nowhere, though `record indicator` said it stayed in the history. The note is now a
-- field of its own ('note'), shown like the text fields of evaluations. The public columns and
-- the other fields are unchanged; field_seq orders the fields of one record (value before note,
-- grade before the texts), which sorting by record alone left to chance.

DROP VIEW v_history;

-- Every change, oldest first: one row per field whose value a record changed.
CREATE VIEW v_history AS
WITH actuals AS (
    SELECT a.actual_id AS id, a.recorded_at AS at, a.recorded_by, i.code AS item_code, a.fiscal_year,
           LAG(a.value_text) OVER w AS old_value, a.value_text AS new_value,
           LAG(a.note) OVER w AS old_note, a.note AS new_note,
           LAG(a.actual_id) OVER w AS previous_id, p.plan_id
    FROM indicator_actuals a JOIN indicators i ON i.indicator_id = a.indicator_id
    JOIN policies p ON p.policy_id = i.policy_id
    WINDOW w AS (PARTITION BY a.indicator_id, a.fiscal_year ORDER BY a.actual_id)
),
initiatives_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, i.code AS item_code, e.fiscal_year,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.next_direction) OVER w AS old_next, e.next_direction AS new_next,
           LAG(e.result_text) OVER w AS old_result, e.result_text AS new_result,
           LAG(e.challenge_text) OVER w AS old_challenge, e.challenge_text AS new_challenge,
           LAG(e.evaluation_id) OVER w AS previous_id, m.policy_id
    FROM initiative_evaluations e JOIN initiatives i ON i.initiative_id = e.initiative_id
    JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
    WINDOW w AS (PARTITION BY e.initiative_id, e.fiscal_year ORDER BY e.evaluation_id)
),
policies_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, p.code AS item_code, e.fiscal_year, e.stage,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.comment) OVER w AS old_comment, e.comment AS new_comment,
           LAG(e.evaluation_id) OVER w AS previous_id, p.plan_id
    FROM policy_evaluations e JOIN policies p ON p.policy_id = e.policy_id
    WINDOW w AS (PARTITION BY e.policy_id, e.fiscal_year, e.stage ORDER BY e.evaluation_id)
),
changes (kind, id, seq, at, recorded_by, item_code, fiscal_year, field, old_value, new_value, first) AS (
    SELECT 1, id, 1, at, recorded_by, item_code, fiscal_year, 'value', old_value, new_value, previous_id IS NULL FROM actuals
    UNION ALL SELECT 1, id, 2, at, recorded_by, item_code, fiscal_year, 'note', old_note, new_note, previous_id IS NULL FROM actuals
    UNION ALL SELECT 2, id, 3, at, recorded_by, item_code, fiscal_year, 'grade', old_grade, new_grade, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 4, at, recorded_by, item_code, fiscal_year, 'next_direction', old_next, new_next, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 5, at, recorded_by, item_code, fiscal_year, 'result', old_result, new_result, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 6, at, recorded_by, item_code, fiscal_year, 'challenge', old_challenge, new_challenge, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 3, id, 7, at, recorded_by, item_code, fiscal_year, stage || '評価 grade', old_grade, new_grade, previous_id IS NULL FROM policies_h
    UNION ALL SELECT 3, id, 8, at, recorded_by, item_code, fiscal_year, stage || '評価 comment', old_comment, new_comment, previous_id IS NULL FROM policies_h
)
SELECT c.at, d.name AS dept, c.item_code, c.fiscal_year, c.field, c.old_value, c.new_value, c.kind AS record_kind, c.id AS record_id,
       c.seq AS field_seq
FROM changes c JOIN departments d ON d.dept_id = c.recorded_by
WHERE c.old_value IS NOT c.new_value OR (c.first AND c.new_value IS NOT NULL);
