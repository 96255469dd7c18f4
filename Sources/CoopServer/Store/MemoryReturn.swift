/// Gives the memory of a removed dataset, or of a large upload read, back to the system. glibc's allocator
/// keeps freed blocks for later use; a server that read a large upload would otherwise keep its size long
/// after it is gone. (`malloc_trim` is glibc's; its header, malloc.h, is not part of Swift's Glibc
/// module, so it is named here.)
enum MemoryReturn {
    static func now() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
