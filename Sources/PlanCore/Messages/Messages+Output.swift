// The catalog: what the output formats say about the rows they print.
extension Message {
    static func tableOverflow(sizingRows: Int, overflowing: Int) -> Message {
        if overflowing == 1 {
            return Message("output.table_overflow_one",
                en: "note: the columns were sized from the first \(sizingRows) rows; 1 later row did not fit and stands out of line (--format csv or tsv prints every value whole)",
                ja: "注意：列の幅は最初の \(sizingRows) 行で決めました。その後の 1 行が収まらず、列からはみ出しています（--format csv か tsv ならすべての値をそのまま出力します）。")
        }
        return Message("output.table_overflow",
            en: "note: the columns were sized from the first \(sizingRows) rows; \(overflowing) later rows did not fit and stand out of line (--format csv or tsv prints every value whole)",
            ja: "注意：列の幅は最初の \(sizingRows) 行で決めました。その後の \(overflowing) 行が収まらず、列からはみ出しています（--format csv か tsv ならすべての値をそのまま出力します）。")
    }
}
