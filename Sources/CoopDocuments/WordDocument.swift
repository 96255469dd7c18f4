/// Placeholder while the Word writer is built.
public enum WordDocumentPlaceholder {}
