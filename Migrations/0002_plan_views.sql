-- The plan part of the public reporting views (DESIGN.md "Public SQL interface"). Names and
-- the listed columns are a contract; plan_code and the sort columns are extras that let several
-- plans live in one file and keep the document's order (ORDER BY plan_code, sort_key).

CREATE VIEW v_policies AS
SELECT p.code AS policy_code, p.title, d.name AS lead_dept, p.vision,
       pl.code AS plan_code, o.code AS outline_code, p.seq AS sort_key
FROM policies p
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN outlines o ON o.outline_id = p.outline_id
JOIN departments d ON d.dept_id = p.lead_dept_id;

CREATE VIEW v_policy_related_depts AS
SELECT p.code AS policy_code, d.name AS dept, d.kind AS dept_kind, r.seq,
       pl.code AS plan_code
FROM policy_related_depts r
JOIN policies p ON p.policy_id = r.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = r.dept_id;

CREATE VIEW v_measures AS
SELECT m.code AS measure_code, p.code AS policy_code, m.no, m.title,
       pl.code AS plan_code
FROM measures m
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_challenges AS
SELECT m.code AS measure_code, c.no, c.text, pl.code AS plan_code
FROM challenges c
JOIN measures m ON m.measure_id = c.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_directions AS
SELECT dr.code AS direction_code, m.code AS measure_code, dr.no, dr.title, dr.is_priority,
       dr.text, p.code AS policy_code, pl.code AS plan_code
FROM directions dr
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_initiatives AS
SELECT i.code AS initiative_code, dr.code AS direction_code, p.code AS policy_code, i.title,
       i.is_reprint, d.name AS lead_dept, m.code AS measure_code, i.position,
       pl.code AS plan_code
FROM initiatives i
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = p.lead_dept_id;

CREATE VIEW v_initiative_actions AS
SELECT i.code AS initiative_code, a.phase, a.seq, a.text,
       CASE a.phase WHEN '体制' THEN 1 WHEN '計画' THEN 2 WHEN '実行' THEN 3 ELSE 4 END AS phase_order,
       pl.code AS plan_code
FROM initiative_actions a
JOIN initiatives i ON i.initiative_id = a.initiative_id
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_related_plans AS
SELECT p.code AS policy_code, r.name, r.period, r.seq, pl.code AS plan_code
FROM related_plans r
JOIN policies p ON p.policy_id = r.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_indicators AS
SELECT ind.code AS indicator_code, p.code AS policy_code, m.code AS measure_code, ind.name,
       ind.description, ind.unit, d.name AS source_dept, ind.is_kpi, ind.direction,
       ind.baseline_text, ind.baseline_value, ind.baseline_year,
       ind.note, ind.baseline_note, ind.position, pl.code AS plan_code
FROM indicators ind
JOIN policies p ON p.policy_id = ind.policy_id
JOIN measures m ON m.measure_id = ind.measure_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = ind.source_dept_id;

CREATE VIEW v_indicator_targets AS
SELECT ind.code AS indicator_code, t.fiscal_year, t.target_text, t.target_value,
       pl.code AS plan_code
FROM indicator_targets t
JOIN indicators ind ON ind.indicator_id = t.indicator_id
JOIN policies p ON p.policy_id = ind.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;
