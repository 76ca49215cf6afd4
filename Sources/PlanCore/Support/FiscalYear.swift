/// 年度 labels. 令和 began in 2019, so 令和N年度 is fiscal year 2018 + N; 2019 is 令和元年度.
public enum FiscalYear {
    public static func reiwa(_ year: Int) -> String? {
        guard year >= 2019 else { return nil }
        return year == 2019 ? "令和元" : "令和\(year - 2018)"
    }

    /// "2023（令和5）年度", as the plan prints years.
    public static func label(_ year: Int) -> String {
        reiwa(year).map { "\(year)（\($0)）年度" } ?? "\(year)年度"
    }
}
