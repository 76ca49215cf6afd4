/// Where each column of an entry sheet is, looked up for every cell an import reads. A column
/// is found by its place in `Column.allCases` (`==` compares cases) rather than hashed: its
/// hash is its Japanese name's, which normalises Unicode on every lookup.
struct ColumnPositions {
    typealias Column = EntryTemplate.Column
    private static let columns = Column.allCases
    private let positions: [Int?]

    init(_ index: [Column: Int]) { positions = Self.columns.map { index[$0] } }

    subscript(column: Column) -> Int? {
        guard let place = Self.columns.firstIndex(of: column) else { return nil }
        return positions[place]
    }
}
