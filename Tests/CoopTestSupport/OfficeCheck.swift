import Foundation

/// Runs Tests/OfficeChecks/*.py (openpyxl, formulas, python-docx, LibreOffice; installed by
/// scripts/install-deps.sh): independent software reading what coopchart wrote.
public enum OfficeCheck {
    public static let folder = BuiltExecutable.packageRoot.appendingPathComponent("Tests/OfficeChecks")

    /// Runs `python3 Tests/OfficeChecks/SCRIPT ARGUMENTS`; its `output` is the script's whole log.
    public static func python(_ script: String, _ arguments: [String]) throws -> CapturedRun {
        try ChildProcess.tool("python3", [folder.appendingPathComponent(script).path] + arguments)
    }
}
