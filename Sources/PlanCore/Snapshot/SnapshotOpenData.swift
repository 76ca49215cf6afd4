import Foundation
import SQLiteDB

/// A frozen year as open data in the form of the 自治体標準オープンデータセット (DESIGN.md
/// "Accessible pages and open data"): UTF-8 CSV files whose first columns are 全国地方公共団体コード
/// and 地方公共団体名, one file per kind (指標, 主な取組の評価, 施策の評価, 事業とコスト), each with
/// a 項目定義 file (項目名, 説明, 形式, 記入例), and a README holding the snapshot's SHA-256.
/// Everything comes from the frozen rows: the live tables changing later changes nothing here.
public struct SnapshotOpenData {
    /// One column of a file and its line in the 項目定義 file.
    struct Field {
        let name, description, form, example: String
    }

    /// One file: its kind (the file name's stem), its fields, and its rows.
    struct Dataset {
        let kind: String
        let fields: [Field]
        let rows: [[Value]]
    }

    let document: SnapshotDocument
    public let municipalityCode: String

    public init(_ store: PlanDatabase, plan: PlanRef, snapshot: SnapshotInfo) throws {
        document = try SnapshotDocument.load(store, plan: plan, snapshot: snapshot)
        let frozen = try store.connection.row("SELECT municipality_code FROM snapshot_identity WHERE snapshot_id = ?", [snapshot.id])
        // A snapshot frozen before the code was frozen with it takes the plan's code as it is now.
        let live = try store.connection.row("SELECT municipality_code FROM plans WHERE plan_id = ?", [plan.id])?.string("municipality_code")
        let code = frozen.map { $0.string("municipality_code") } ?? live
        guard let code, MunicipalityCode.isValid(code) else {
            throw PlanError(.openDataNoMunicipalityCode(plan.code), advice: .openDataNoMunicipalityCodeAdvice)
        }
        municipalityCode = code
    }

    static let common = [
        Field(name: "全国地方公共団体コード", description: "総務省の全国地方公共団体コード（検査数字を含む6桁）", form: "文字列（半角数字6桁）", example: "122360"),
        Field(name: "地方公共団体名", description: "計画を策定した地方公共団体の名称", form: "文字列", example: "香取市"),
        Field(name: "計画名", description: "総合計画の名称", form: "文字列", example: "第2次総合計画 後期基本計画"),
        Field(name: "年度", description: "評価の対象年度（西暦）", form: "整数", example: "2025"),
    ]

    var datasets: [Dataset] {
        let lead: [Value] = [.text(municipalityCode), .text(document.plan.municipality), .text(document.plan.name), .integer(Int64(document.info.fiscalYear))]
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        func number(_ value: Double?) -> Value { value.map(Value.real) ?? .null }
        func integer(_ value: Int64?) -> Value { value.map(Value.integer) ?? .null }
        let policies = document.policies
        let indicators = Dataset(kind: "指標", fields: Self.common + [
            Field(name: "施策コード", description: "指標が属する施策のコード", form: "文字列", example: "6-7"),
            Field(name: "指標コード", description: "業績評価指標のコード", form: "文字列", example: "6-7-I3"),
            Field(name: "指標名", description: "業績評価指標の名称", form: "文字列", example: "将来負担比率"),
            Field(name: "単位", description: "値の単位", form: "文字列", example: "%"),
            Field(name: "調べ", description: "実績値を調べる課", form: "文字列", example: "財政課"),
            Field(name: "基準値", description: "計画策定時の現状値（計画の表記のまま）", form: "文字列", example: "22.2%"),
            Field(name: "基準年度", description: "基準値の年度", form: "整数", example: "2021"),
            Field(name: "目標値", description: "この年度の目標値（計画に記載がない年度は直線補間）", form: "数値", example: "20"),
            Field(name: "実績値", description: "この年度の実績値（記録された桁のまま）", form: "文字列（数値）", example: "95.10"),
            Field(name: "達成", description: "目標値を達成したか（1：達成、0：未達成、空欄：判定なし）", form: "整数", example: "1"),
            Field(name: "進捗率", description: "基準値から最終目標値までの進み具合（%）", form: "数値", example: "62.5"),
        ], rows: policies.flatMap { $0.indicators }.map { indicator in
            lead + [.text(indicator.policyCode), .text(indicator.code), .text(indicator.name), .text(indicator.unit), .text(indicator.sourceDept),
                    .text(indicator.baselineText), .integer(Int64(indicator.baselineYear)), number(indicator.targetValue), text(indicator.valueText),
                    indicator.achieved.map { .integer($0 ? 1 : 0) } ?? .null, number(indicator.progress)]
        })
        let initiatives = Dataset(kind: "主な取組の評価", fields: Self.common + [
            Field(name: "施策コード", description: "主な取組が属する施策のコード", form: "文字列", example: "6-7"),
            Field(name: "取組コード", description: "主な取組のコード", form: "文字列", example: "6-7-1-1-1"),
            Field(name: "取組方針", description: "主な取組が属する取組方針", form: "文字列", example: "適正な課税の推進"),
            Field(name: "重点", description: "重点取組方針か（1：重点）", form: "整数", example: "0"),
            Field(name: "主な取組", description: "主な取組の名称", form: "文字列", example: "債権管理体制の強化"),
            Field(name: "再掲", description: "他の施策からの再掲か（1：再掲。評価は初出の箇所のもの）", form: "整数", example: "0"),
            Field(name: "評価", description: "この年度の評価", form: "文字列", example: "B"),
            Field(name: "今後の方向性", description: "次年度以降の方向性", form: "文字列", example: "継続"),
            Field(name: "実績", description: "この年度の実績", form: "文字列", example: "調査を実施した"),
            Field(name: "課題", description: "課題", form: "文字列", example: "人員不足"),
        ], rows: policies.flatMap { $0.initiatives }.map { initiative in
            lead + [.text(initiative.policyCode), .text(initiative.code), .text(initiative.directionTitle), .integer(initiative.isPriority ? 1 : 0),
                    .text(initiative.title), .integer(initiative.isReprint ? 1 : 0), text(initiative.grade), text(initiative.nextDirection),
                    text(initiative.result), text(initiative.challenge)]
        })
        let reviews = Dataset(kind: "施策の評価", fields: Self.common + [
            Field(name: "施策コード", description: "施策のコード", form: "文字列", example: "6-7"),
            Field(name: "施策名", description: "施策の名称", form: "文字列", example: "財政運営"),
            Field(name: "主担当課", description: "施策の主担当課", form: "文字列", example: "財政課"),
            Field(name: "一次評価", description: "主担当課による評価", form: "文字列", example: "B"),
            Field(name: "一次評価コメント", description: "一次評価の所見", form: "文字列", example: "おおむね順調"),
            Field(name: "二次評価", description: "取りまとめ課による評価", form: "文字列", example: "B"),
            Field(name: "二次評価コメント", description: "二次評価の所見", form: "文字列", example: "継続して推進"),
            Field(name: "フルコスト", description: "施策に結び付く事務事業の費用の合計（按分後、千円）", form: "整数", example: "12894"),
            Field(name: "一般財源", description: "フルコストのうち一般財源（千円）", form: "整数", example: "11394"),
        ], rows: policies.map { policy in
            let cost = document.projectsSection.cost(policy: policy.code)
            return lead + [.text(policy.code), .text(policy.title), .text(policy.leadDept), text(policy.firstGrade), text(policy.firstComment),
                           text(policy.secondGrade), text(policy.secondComment), integer(cost?.fullCost), integer(cost?.generalRevenue)]
        })
        let projects = Dataset(kind: "事業とコスト", fields: Self.common + [
            Field(name: "事業コード", description: "財務会計システムの事業コード", form: "文字列", example: "00123"),
            Field(name: "事業名", description: "事務事業の名称", form: "文字列", example: "協働のまちづくり推進事業"),
            Field(name: "担当課", description: "事業を実施する課", form: "文字列", example: "市民協働課"),
            Field(name: "主な取組コード", description: "事業が結び付く主な取組", form: "文字列", example: "6-1-1-1-1"),
            Field(name: "按分", description: "事業の費用のうちこの主な取組に充てる割合（%）", form: "数値", example: "60"),
            Field(name: "予算額", description: "予算額（千円）", form: "整数", example: "12345"),
            Field(name: "決算額", description: "決算額（千円。未確定は空欄）", form: "整数", example: "11000"),
            Field(name: "特定財源", description: "国庫支出金・県支出金・地方債・その他特定財源の合計（千円）", form: "整数", example: "2500"),
            Field(name: "人件費", description: "職員区分ごとの人工×単価の合計（千円、千円未満四捨五入）", form: "整数", example: "10490"),
            Field(name: "フルコスト", description: "事業費（決算額、未確定なら予算額）＋人件費（千円）", form: "整数", example: "21490"),
            Field(name: "一般財源", description: "フルコスト－特定財源（千円）", form: "整数", example: "18990"),
            Field(name: "事業費の基礎", description: "事業費に用いた額（決算 または 予算）", form: "文字列", example: "決算"),
            Field(name: "評価", description: "事務事業評価", form: "文字列", example: "B"),
            Field(name: "今後の方向性", description: "事務事業の今後の方向性", form: "文字列", example: "改善"),
        ], rows: document.projectsSection.projects.flatMap { project in
            // One row per 主な取組 the project serves: the project's own figures, and the share.
            (project.links.isEmpty ? [(initiative: "", shareBP: Int64(0))] : project.links).map { link in
                lead + [.text(project.code), .text(project.name), .text(project.dept), .text(link.initiative),
                        link.initiative.isEmpty ? .null : .text(FixedPoint.percentText(link.shareBP)),
                        integer(project.budget), integer(project.settled), integer(project.specificRevenue), integer(project.personnelCost),
                        integer(project.fullCost), integer(project.generalRevenue), text(project.basisLabel), text(project.grade), text(project.nextDirection)]
            }
        })
        return [indicators, initiatives, reviews, projects]
    }

    /// The files to write into the folder, by name: `122360_指標.csv`, `122360_指標_項目定義.csv` …, README.md.
    public func files() -> [(name: String, text: String)] {
        let options = OutputOptions(byteOrderMark: false, neutralizeFormulas: true)
        var files: [(name: String, text: String)] = []
        for dataset in datasets {
            files.append(("\(municipalityCode)_\(dataset.kind).csv",
                          RowWriter.render(format: .csv, columns: dataset.fields.map(\.name), rows: dataset.rows, options: options)))
            files.append(("\(municipalityCode)_\(dataset.kind)_項目定義.csv",
                          RowWriter.render(format: .csv, columns: ["項目名", "説明", "形式", "記入例"],
                                           rows: dataset.fields.map { [.text($0.name), .text($0.description), .text($0.form), .text($0.example)] },
                                           options: options)))
        }
        let info = document.info
        let readme = """
            # \(document.plan.municipality) \(document.plan.name) \(FiscalYear.label(info.fiscalYear)) 評価結果（オープンデータ）

            - 全国地方公共団体コード：\(municipalityCode)
            - 確定した版：第\(info.version)版（\(JapanTime.display(info.createdAt)) 作成、\(info.createdBy)）
            - SHA-256：\(info.sha256)

            確定した評価結果（スナップショット）から作成しました。SHA-256 は plandb が確定時に記録した値で、
            `plandb check` または README の手順で、公表後に内容が変わっていないことを確かめられます。

            ## ファイル

            \(files.map { "- \($0.name)" }.joined(separator: "\n"))

            文字コードは UTF-8、区切りはカンマ、1 行目は項目名です。各ファイルの項目は「…_項目定義.csv」に説明があります。
            金額の単位は千円です。

            """
        files.append(("README.md", readme))
        return files
    }
}
