/// JSON string literals as every JSON output of plandb writes them, for the server's answers.
public enum JSONText {
    public static func quoted(_ text: String) -> String { CellText.jsonString(text) }
}
