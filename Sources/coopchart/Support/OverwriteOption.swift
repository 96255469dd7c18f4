import ArgumentParser

/// `--force`, shared by every command that writes files: replace an existing output even when it is
/// read-only. Without it such a file is refused as `cp` refuses it (the rule, including root's, is
/// in `WritePermission`), and left as it was.
struct OverwriteOption: ParsableArguments {
    @Flag(
        help:
            "Replace an existing output file even when it is read-only (it keeps its permissions). Without --force a file you may not write is refused and left unchanged."
    )
    var force = false
}
