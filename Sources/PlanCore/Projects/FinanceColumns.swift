/// The columns of the tables the finance system exports, by their Japanese headers (and the
/// other names finance systems give them): the file formats `project import` and `budget import`
/// read (DESIGN.md "事務事業 and their cost").
extension ProjectListImport {
    enum Column {
        static let code = "事業コード", name = "事業名", dept = "担当課", initiative = "主な取組コード", share = "按分"
        static let account = "会計", kan = "款", kou = "項", moku = "目", start = "開始年度", end = "終了年度"
    }

    static let columns: [TableFile.Column] = [
        .init(Column.code, aliases: ["事業番号"], required: true),
        .init(Column.name, aliases: ["事務事業名"], required: true),
        .init(Column.dept, aliases: ["所管課", "担当部署"], required: true),
        .init(Column.initiative, aliases: ["取組コード"], required: true),
        .init(Column.share, aliases: ["按分率", "按分(%)", "按分率(%)"]),
        .init(Column.account), .init(Column.kan), .init(Column.kou), .init(Column.moku),
        .init(Column.start), .init(Column.end),
    ]
}

extension BudgetImport {
    enum Column {
        static let code = "事業コード", budget = "予算額", settled = "決算額"
        static let national = "国庫支出金", prefectural = "県支出金", bonds = "地方債", other = "その他特定財源"
    }

    static let columns: [TableFile.Column] = [
        .init(Column.code, aliases: ["事業番号"], required: true),
        .init(Column.budget, aliases: ["予算現額", "予算額(千円)"], required: true),
        .init(Column.settled, aliases: ["決算額(千円)"]),
        .init(Column.national, aliases: ["国庫補助金", "国支出金"]),
        .init(Column.prefectural, aliases: ["都道府県支出金", "県補助金"]),
        .init(Column.bonds, aliases: ["市債", "町債", "村債"]),
        .init(Column.other, aliases: ["その他", "その他財源"]),
    ]
}
