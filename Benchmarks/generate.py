#!/usr/bin/env python3
"""Writes a synthetic large plan as a plandb seed folder, and an entry file of indicator actuals.

    generate.py seeds DIR --indicators N [--years 10] [--policies P --measures M --initiatives I --code C]
    generate.py entry FILE --indicators N --rows M [--years 10] [--only-year Y]

The plan has 10 outlines, policies of 1,000 indicators each (fewer when N is small), fiscal
years 2023 onwards, and one department (統計課) that surveys every indicator, so that one entry
file can hold every actual. --policies, --measures and --initiatives give another shape (a town's
whole plan: 50 policies of 6 measures, 600 initiatives in all, spread evenly), --code its plan code. Rows of the entry file run indicator by indicator, year by year, as
`plandb entry template` lays them out; --only-year keeps one year's rows (one actual per
indicator, the shape of a year's entry). Everything is deterministic: the same arguments give
the same bytes.
"""
import argparse
import os

START = 2023
PER_POLICY = 1000


def seeds(out, indicators, years, policies=None, measures=5, initiatives=None, plan_code=None):
    os.makedirs(os.path.join(out, "policies"), exist_ok=True)
    per_policy = PER_POLICY
    if policies:
        per_policy = (indicators + policies - 1) // policies
    else:
        policies = max(1, (indicators + PER_POLICY - 1) // PER_POLICY)
    # Initiatives per 取組方針 (one direction per measure): two unless a total is asked for.
    per_direction = [2] * (policies * measures)
    if initiatives:
        per_direction = [initiatives // len(per_direction) + (1 if d < initiatives % len(per_direction) else 0) for d in range(len(per_direction))]
    outlines = min(10, policies)
    with open(os.path.join(out, "plan.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""plan:
  code: {plan_code or f"bench-{indicators}"}
  name: ベンチマーク計画
  municipality: 試験市
  start_year: {START}
  end_year: {START + years - 1}
  default_baseline_year: {START - 1}
  coordinator: 総務課
outlines:
""")
        for o in range(1, outlines + 1):
            f.write(f"  - {{code: \"{o}\", section: {o}節, title: 大綱{o}}}\n")
        f.write("departments:\n  - name: 総務課\n  - name: 統計課\n  - name: 企画課\n  - {name: 全課等, kind: group}\n")
    with open(os.path.join(out, "vocabularies.yaml"), "w", encoding="utf-8") as f:
        f.write("""grades:
  - {grade: A, meaning: 順調}
  - {grade: B, meaning: おおむね順調}
  - {grade: C, meaning: やや遅れている}
  - {grade: D, meaning: 遅れている}
next_directions:
  - {name: 拡充, meaning: 拡充}
  - {name: 継続, meaning: 継続}
  - {name: 縮小, meaning: 縮小}
  - {name: 廃止, meaning: 廃止}
phases: [体制, 計画, 実行, 見直し]
""")
    made = 0
    for p in range(policies):
        outline = p % outlines + 1
        code = f"{outline}-{p // outlines + 1}"
        count = min(per_policy, indicators - made)
        lines = [f"code: \"{code}\"", f"title: 施策{code}", "lead_dept: 企画課", "related_depts: [全課等]",
                 f"vision: 施策{code}の目指す姿です。", "measures:"]
        for m in range(1, measures + 1):
            # Codes are written, as the seed format requires since the plan workbook (issue 21).
            lines += [f"  - code: \"{code}-{m}\"", f"    title: 小施策{m}", "    challenges:", f"      - {{no: 1, text: 小施策{m}の課題です。}}",
                      "    directions:", f"      - code: \"{code}-{m}-1\"", f"        title: 方針{m}", f"        priority: {'true' if m == 1 else 'false'}",
                      "        text: 方針の説明です。", "        initiatives:"]
            for n in range(1, per_direction[p * measures + m - 1] + 1):
                actions = "{計画: [計画の策定], 実行: [事業の実施, 効果の検証]}" if n == 1 else "{実行: [事業の実施]}"
                lines.append(f"          - {{code: \"{code}-{m}-1-{n}\", title: 取組{m}-{n}, actions: {actions}}}")
        lines.append("indicators:")
        for i in range(1, count + 1):
            base = 100 + (made + i) % 900
            targets = ", ".join(
                f"{{year: {START + y}, text: {base + 10 * (y + 1)}件, value: \"{base + 10 * (y + 1)}\"}}" for y in range(0, years, 2))
            lines.append(f"  - {{code: \"{code}-I{i}\", measure: \"{code}-{(i - 1) % measures + 1}\", name: 指標{code}-{i}, description: 指標{i}の説明, "
                         f"source_dept: 統計課, kpi: {'true' if i % 3 == 0 else 'false'}, unit: 件, direction: increase, "
                         f"baseline: {{year: {START - 1}, text: {base}件, value: \"{base}\"}}, targets: [{targets}]}}")
        made += count
        with open(os.path.join(out, "policies", f"{code}.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def codes(indicators):
    policies = max(1, (indicators + PER_POLICY - 1) // PER_POLICY)
    outlines = min(10, policies)
    made = 0
    for p in range(policies):
        code = f"{p % outlines + 1}-{p // outlines + 1}"
        count = min(PER_POLICY, indicators - made)
        for i in range(1, count + 1):
            yield f"{code}-I{i}", f"指標{code}-{i}"
        made += count


def entry(out, indicators, rows, years, only_year=None):
    header = "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考\r\n"
    written = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        f.write(header)
        for n, (code, name) in enumerate(codes(indicators)):
            for y in range(years):
                if only_year is not None and START + y != only_year:
                    continue
                if written == rows:
                    return
                value = f"{100 + (n * 7 + y * 13) % 900}.{(n + y) % 100:02d}"
                f.write(f"{START + y},実績値,{code},{name},件,,,{value},,,,,\r\n")
                written += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["seeds", "entry"])
    parser.add_argument("out")
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--only-year", type=int)
    parser.add_argument("--policies", type=int)
    parser.add_argument("--measures", type=int, default=5)
    parser.add_argument("--initiatives", type=int)
    parser.add_argument("--code")
    args = parser.parse_args()
    if args.what == "seeds":
        seeds(args.out, args.indicators, args.years, args.policies, args.measures, args.initiatives, args.code)
    else:
        entry(args.out, args.indicators, args.rows or args.indicators * (1 if args.only_year else args.years), args.years, args.only_year)


if __name__ == "__main__":
    main()
