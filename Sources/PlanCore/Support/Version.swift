public enum PlanDBVersion {
    /// The version `plandb --version` prints.
    public static let current = "0.1.0"
}
