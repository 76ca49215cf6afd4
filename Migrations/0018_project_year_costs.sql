-- Each project's current figures per year, kept by triggers, so that the cost of one year is read
-- from one table through an index instead of computed for every year and every record.
--
-- 0016 computed v_project_costs from the append-only records each time it was read: the newest
-- budget row, and the newest 人工 of each kind priced at the newest rate. Over 100,000 projects ×
-- 5 years that is seconds per query, and SQLite does not carry a year filter into the aggregate
-- views built on it, so v_policy_costs for one year cost as much as for all years. The records
-- stay the truth: this table is derived from them alone, written only by the triggers below (and
-- `plandb check` compares it with the records, so a hand edit is seen).

CREATE TABLE project_year_costs (
    project_id        INTEGER NOT NULL REFERENCES projects (project_id),
    fiscal_year       INTEGER NOT NULL,
    budget            INTEGER,            -- the newest 予算額 (NULL: no budget row yet)
    settled           INTEGER,            -- the newest 決算額 (NULL: not settled)
    specific_revenue  INTEGER NOT NULL,   -- 国庫 + 県 + 地方債 + その他 of the newest budget row
    personnel_cost    INTEGER NOT NULL,   -- 人件費 in whole 千円 (the rule below)
    PRIMARY KEY (project_id, fiscal_year)
) STRICT, WITHOUT ROWID;

CREATE INDEX project_year_costs_by_year ON project_year_costs (fiscal_year);

-- 人件費 of a project in a year, from the records: Σ the current 人工 of each kind × that kind's
-- current rate (0 while unset), in hundredths, rounded half up to whole 千円 once. The one place
-- the rule is written; the triggers read it for one project and year, `check` for all.
CREATE VIEW project_personnel AS
SELECT s.project_id, s.fiscal_year,
       (sum(s.person_centi * coalesce(r.amount, 0)) + 50) / 100 AS personnel_cost
FROM project_staff s
JOIN projects p ON p.project_id = s.project_id
LEFT JOIN staff_rates r ON r.rate_id = (SELECT max(x.rate_id) FROM staff_rates x
                                        WHERE x.plan_id = p.plan_id AND x.fiscal_year = s.fiscal_year AND x.kind = s.kind)
WHERE s.staff_id = (SELECT max(x.staff_id) FROM project_staff x
                    WHERE x.project_id = s.project_id AND x.fiscal_year = s.fiscal_year AND x.kind = s.kind)
GROUP BY s.project_id, s.fiscal_year;

-- The figures of the newest budget row of a project and year.
CREATE VIEW project_budget_now AS
SELECT b.project_id, b.fiscal_year, b.budget, b.settled,
       b.national + b.prefectural + b.bonds + b.other_specific AS specific_revenue
FROM project_budgets b
WHERE b.budget_id = (SELECT max(x.budget_id) FROM project_budgets x
                     WHERE x.project_id = b.project_id AND x.fiscal_year = b.fiscal_year);

CREATE TRIGGER project_budgets_keep_costs AFTER INSERT ON project_budgets
BEGIN
    INSERT INTO project_year_costs (project_id, fiscal_year, budget, settled, specific_revenue, personnel_cost)
    SELECT project_id, fiscal_year, budget, settled, specific_revenue, 0
    FROM project_budget_now WHERE project_id = NEW.project_id AND fiscal_year = NEW.fiscal_year
    ON CONFLICT (project_id, fiscal_year) DO UPDATE
    SET budget = excluded.budget, settled = excluded.settled, specific_revenue = excluded.specific_revenue;
END;

CREATE TRIGGER project_staff_keep_costs AFTER INSERT ON project_staff
BEGIN
    INSERT INTO project_year_costs (project_id, fiscal_year, budget, settled, specific_revenue, personnel_cost)
    SELECT project_id, fiscal_year, NULL, NULL, 0, personnel_cost
    FROM project_personnel WHERE project_id = NEW.project_id AND fiscal_year = NEW.fiscal_year
    ON CONFLICT (project_id, fiscal_year) DO UPDATE SET personnel_cost = excluded.personnel_cost;
END;

-- A new rate prices again the 人工 of that kind on every project of the plan in that year.
CREATE TRIGGER staff_rates_keep_costs AFTER INSERT ON staff_rates
BEGIN
    UPDATE project_year_costs
    SET personnel_cost = (SELECT n.personnel_cost FROM project_personnel n
                          WHERE n.project_id = project_year_costs.project_id AND n.fiscal_year = NEW.fiscal_year)
    WHERE fiscal_year = NEW.fiscal_year
      AND project_id IN (SELECT s.project_id FROM project_staff s JOIN projects p ON p.project_id = s.project_id
                         WHERE p.plan_id = NEW.plan_id AND s.fiscal_year = NEW.fiscal_year AND s.kind = NEW.kind);
END;

-- What the table must hold, computed from the records alone: the figures already recorded are
-- copied from it here, and `plandb check` compares the table with it.
CREATE VIEW project_year_costs_from_records AS
SELECT y.project_id, y.fiscal_year, b.budget, b.settled, coalesce(b.specific_revenue, 0) AS specific_revenue,
       coalesce(n.personnel_cost, 0) AS personnel_cost
FROM (SELECT project_id, fiscal_year FROM project_budgets UNION SELECT project_id, fiscal_year FROM project_staff) y
LEFT JOIN project_budget_now b ON b.project_id = y.project_id AND b.fiscal_year = y.fiscal_year
LEFT JOIN project_personnel n ON n.project_id = y.project_id AND n.fiscal_year = y.fiscal_year;

INSERT INTO project_year_costs (project_id, fiscal_year, budget, settled, specific_revenue, personnel_cost)
SELECT project_id, fiscal_year, budget, settled, specific_revenue, personnel_cost FROM project_year_costs_from_records;

-- The public views, same columns as 0016, now read from the kept figures.
DROP VIEW v_policy_costs;
DROP VIEW v_initiative_costs;
DROP VIEW v_project_costs;

CREATE VIEW v_project_costs AS
SELECT p.code AS project_code, c.fiscal_year, c.budget, c.settled, c.specific_revenue,
       c.personnel_cost, coalesce(c.settled, c.budget, 0) AS project_cost,
       coalesce(c.settled, c.budget, 0) + c.personnel_cost AS full_cost,
       coalesce(c.settled, c.budget, 0) + c.personnel_cost - c.specific_revenue AS general_revenue,
       CASE WHEN c.settled IS NOT NULL THEN 'settled' WHEN c.budget IS NOT NULL THEN 'budget' END AS basis,
       pl.code AS plan_code
FROM project_year_costs c
JOIN projects p ON p.project_id = c.project_id
JOIN plans pl ON pl.plan_id = p.plan_id;

-- Each link's part of its project's cost, exact (× 按分 in hundredths of a percent, not yet
-- divided): the sums below are rounded once, from these.
CREATE VIEW project_cost_shares AS
SELECT l.initiative_id, l.project_id, c.fiscal_year, p.plan_id,
       c.budget * l.share_bp AS budget, c.settled * l.share_bp AS settled,
       c.personnel_cost * l.share_bp AS personnel_cost,
       (coalesce(c.settled, c.budget, 0) + c.personnel_cost) * l.share_bp AS full_cost,
       (coalesce(c.settled, c.budget, 0) + c.personnel_cost - c.specific_revenue) * l.share_bp AS general_revenue
FROM project_links l
JOIN project_year_costs c ON c.project_id = l.project_id
JOIN projects p ON p.project_id = l.project_id;

-- A 主な取組's cost = Σ its projects' cost × 按分, and a policy's = Σ its 主な取組's, each total
-- rounded once, half up (一般財源, which can be negative, half away from zero), to whole 千円 (so
-- a policy's cost can differ by 1 from the sum of its 主な取組's rounded costs). A （再掲） has no
-- links of its own: it counts once, where it is first printed.
CREATE VIEW v_initiative_costs AS
SELECT i.code AS initiative_code, s.fiscal_year,
       (sum(s.budget) + 5000) / 10000 AS budget,
       (sum(s.settled) + 5000) / 10000 AS settled,
       (sum(s.personnel_cost) + 5000) / 10000 AS personnel_cost,
       (sum(s.full_cost) + 5000) / 10000 AS full_cost,
       CASE WHEN sum(s.general_revenue) >= 0 THEN (sum(s.general_revenue) + 5000) / 10000
            ELSE -((-sum(s.general_revenue) + 5000) / 10000) END AS general_revenue,
       count(*) AS projects, pl.code AS plan_code
FROM project_cost_shares s
JOIN initiatives i ON i.initiative_id = s.initiative_id
JOIN plans pl ON pl.plan_id = s.plan_id
GROUP BY s.initiative_id, s.fiscal_year;

CREATE VIEW v_policy_costs AS
SELECT po.code AS policy_code, s.fiscal_year,
       (sum(s.budget) + 5000) / 10000 AS budget,
       (sum(s.settled) + 5000) / 10000 AS settled,
       (sum(s.personnel_cost) + 5000) / 10000 AS personnel_cost,
       (sum(s.full_cost) + 5000) / 10000 AS full_cost,
       CASE WHEN sum(s.general_revenue) >= 0 THEN (sum(s.general_revenue) + 5000) / 10000
            ELSE -((-sum(s.general_revenue) + 5000) / 10000) END AS general_revenue,
       count(DISTINCT s.project_id) AS projects, pl.code AS plan_code
FROM project_cost_shares s
JOIN initiatives i ON i.initiative_id = s.initiative_id
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies po ON po.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = s.plan_id
GROUP BY po.policy_id, s.fiscal_year;
