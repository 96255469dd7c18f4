import Dispatch

/// Work spread over every core whose results come back in order: pages laid out, figures rendered.
/// Each slot is written by exactly one iteration of `concurrentPerform` and read after it returns,
/// so distinct slots need no lock; the first failure, in index order, is thrown.
public enum ParallelWork {
    public static func map<Value>(_ count: Int, _ work: @Sendable (Int) throws(CairoError) -> Value) throws(CairoError) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, Result { () throws(CairoError) -> Value in try work(index) })
        }
        return try slots.collect()
    }

    private final class Slots<Value>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result<Value, CairoError>?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func set(_ index: Int, _ result: Result<Value, CairoError>) { slots[index] = result }

        func collect() throws(CairoError) -> [Value] {
            var values: [Value] = []
            values.reserveCapacity(slots.count)
            for slot in slots {
                switch slot {
                case .success(let value)?: values.append(value)
                case .failure(let error)?: throw error
                case nil: throw .drawing(reason: "a parallel task did not run")
                }
            }
            return values
        }
    }
}
