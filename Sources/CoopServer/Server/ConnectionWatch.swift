import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes
import Synchronization

/// The connections the server holds, so that no client can hold them all: at most `limits.total` in all
/// and `limits.perClient` from one address. A connection past a limit takes the place of the one (of the
/// same address, else of any) that has waited longest without sending a request; only when every
/// connection held is busy with a request is the new one refused. A client that opens connections and
/// trickles bytes therefore never keeps another from being served.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        let client: String
        let channel: any Channel
        /// Waiting for a request (a new or kept-alive connection, or a head still trickling in), since when.
        var waitingSince: NIODeadline?
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var perClient: [String: Int] = [:]
        var next = 0
        var evicted = 0
        var refused = 0
        /// The most connections one address has held at once.
        var peakPerClient = 0
    }

    private let state = Mutex(State())
    let limits: ConnectionLimits

    init(limits: ConnectionLimits) {
        self.limits = limits
    }

    /// Admits a new connection from `client`, closing a waiting one to make room when a limit is reached;
    /// nil when there is no room (every connection held is busy).
    func admit(_ channel: any Channel, client: String) -> Int? {
        let (id, victim) = state.withLock { state -> (Int?, (any Channel)?) in
            var victim: (any Channel)?
            func oldestWaiting(_ filter: (Entry) -> Bool) -> Int? {
                state.entries.filter { $0.value.waitingSince != nil && filter($0.value) }
                    .min { $0.value.waitingSince! < $1.value.waitingSince! }?.key
            }
            func evict(_ key: Int) {
                guard let entry = state.entries.removeValue(forKey: key) else { return }
                state.perClient[entry.client, default: 1] -= 1
                if state.perClient[entry.client] == 0 { state.perClient[entry.client] = nil }
                state.evicted += 1
                victim = entry.channel
            }
            if state.perClient[client, default: 0] >= limits.perClient {
                guard let key = oldestWaiting({ $0.client == client }) else { state.refused += 1; return (nil, nil) }
                evict(key)
            } else if state.entries.count >= limits.total {
                // The busiest address gives way first.
                let busiest = state.perClient.max { $0.value < $1.value }?.key
                guard let key = oldestWaiting({ $0.client == busiest }) ?? oldestWaiting({ _ in true }) else { state.refused += 1; return (nil, nil) }
                evict(key)
            }
            let id = state.next
            state.next += 1
            state.entries[id] = Entry(client: client, channel: channel, waitingSince: .now())
            state.perClient[client, default: 0] += 1
            state.peakPerClient = max(state.peakPerClient, state.perClient[client]!)
            return (id, victim)
        }
        victim?.close(promise: nil)
        return id
    }

    func setWaiting(_ id: Int, _ waiting: Bool) {
        state.withLock { state in
            guard state.entries[id] != nil else { return }
            state.entries[id]!.waitingSince = waiting ? .now() : nil
        }
    }

    func remove(_ id: Int) {
        state.withLock { state in
            guard let entry = state.entries.removeValue(forKey: id) else { return }
            state.perClient[entry.client, default: 1] -= 1
            if state.perClient[entry.client] == 0 { state.perClient[entry.client] = nil }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
    /// Connections closed to make room for others, and connections refused, since the server started.
    var evicted: Int { state.withLock { $0.evicted } }
    var refused: Int { state.withLock { $0.refused } }
    var peakPerClient: Int { state.withLock { $0.peakPerClient } }
}

/// Watches one connection at the level of HTTP parts:
///
/// - a request head must be whole within `headerTimeout` of the connection's start or of the end of the
///   last answer (a header trickled in a byte at a time is cut off);
/// - a request body must keep arriving at `minimumBodyRate` over every `bodyWindow`;
/// - an answer the client stops reading for `stalledWriteTimeout` is abandoned;
/// - a close asked for while an answer is still being written (as Hummingbird does after the last answer
///   when the server shuts down) waits until the answer is written, so SIGTERM never cuts a download.
final class ConnectionWatch: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let registry: ConnectionRegistry
    private var limits: ConnectionLimits { registry.limits }
    private var id: Int?
    private var headerTimer: Scheduled<Void>?
    private var bodyTimer: Scheduled<Void>?
    private var stallTimer: Scheduled<Void>?
    private var bodyBytes = 0
    private var inBody = false
    /// Writes handed on and not yet written to the socket.
    private var pendingWrites = 0
    /// A close asked for while writes were pending.
    private var deferredClose: EventLoopPromise<Void>?
    private var closeRequested = false

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let client = context.channel.remoteAddress?.ipAddress ?? "local"
        guard let id = registry.admit(context.channel, client: client) else {
            context.close(promise: nil)
            return
        }
        self.id = id
        startHeaderTimer(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stopTimers()
        if let id { registry.remove(id) }
        id = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopTimers()
        if let id { registry.remove(id) }
        id = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            headerTimer?.cancel()
            headerTimer = nil
            if let id { registry.setWaiting(id, false) }
            inBody = true
            bodyBytes = 0
            startBodyWatch(context)
        case .body(let buffer):
            bodyBytes += buffer.readableBytes
        case .end:
            inBody = false
            bodyTimer?.cancel()
            bodyTimer = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        pendingWrites += 1
        let written = context.eventLoop.makePromise(of: Void.self)
        written.futureResult.assumeIsolated().whenComplete { [self] result in
            pendingWrites -= 1
            promise?.completeWith(result)
            if pendingWrites == 0, let deferred = deferredClose {
                deferredClose = nil
                context.close(promise: deferred)
            }
        }
        context.write(data, promise: written)
        if isEnd && !inBody && !closeRequested {
            // The answer is out: the connection waits for the next request.
            if let id { registry.setWaiting(id, true) }
            startHeaderTimer(context)
        }
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        closeRequested = true
        guard mode == .all, pendingWrites > 0 else {
            context.close(mode: mode, promise: promise)
            return
        }
        // Let the answer under way finish writing; a client that stops reading is cut off by the stall timer.
        context.flush()
        if let deferredClose {
            promise.map { deferredClose.futureResult.cascade(to: $0) }
        } else {
            deferredClose = promise ?? context.eventLoop.makePromise(of: Void.self)
        }
        if !context.channel.isWritable { startStallTimer(context) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            stallTimer?.cancel()
            stallTimer = nil
        } else {
            startStallTimer(context)
        }
        context.fireChannelWritabilityChanged()
    }

    private func startHeaderTimer(_ context: ChannelHandlerContext) {
        headerTimer?.cancel()
        headerTimer = context.eventLoop.assumeIsolated().scheduleTask(in: Self.time(limits.headerTimeout)) { [self] in
            headerTimer = nil
            closeNow(context)
        }
    }

    /// Every window, the body must have brought at least the minimum rate's worth of bytes.
    private func startBodyWatch(_ context: ChannelHandlerContext) {
        bodyTimer?.cancel()
        let needed = max(1, limits.minimumBodyRate * Int(max(1, limits.bodyWindow.components.seconds)))
        let seen = bodyBytes
        bodyTimer = context.eventLoop.assumeIsolated().scheduleTask(in: Self.time(limits.bodyWindow)) { [self] in
            bodyTimer = nil
            guard inBody else { return }
            if bodyBytes - seen < needed {
                closeNow(context)
            } else {
                startBodyWatch(context)
            }
        }
    }

    private func startStallTimer(_ context: ChannelHandlerContext) {
        guard stallTimer == nil else { return }
        stallTimer = context.eventLoop.assumeIsolated().scheduleTask(in: Self.time(limits.stalledWriteTimeout)) { [self] in
            stallTimer = nil
            closeNow(context)
        }
    }

    private static func time(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// Closes the connection whatever is pending (a timeout).
    private func closeNow(_ context: ChannelHandlerContext) {
        stopTimers()
        let deferred = deferredClose
        deferredClose = nil
        closeRequested = true
        context.close(mode: .all, promise: deferred)
    }

    private func stopTimers() {
        headerTimer?.cancel()
        headerTimer = nil
        bodyTimer?.cancel()
        bodyTimer = nil
        stallTimer?.cancel()
        stallTimer = nil
    }
}

/// Hummingbird's HTTP/1.1 channel with the connection watch in its pipeline.
struct WatchedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let registry: ConnectionRegistry

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            try channel.pipeline.syncOperations.addHandler(
                ConnectionWatch(registry: registry), position: .before(try channel.pipeline.syncOperations.handler(type: HTTPConnectionStateHandler.self)))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with the connection watch: limits, timeouts and drained closes (see `ConnectionWatch`).
    static func watched(_ configuration: HTTP1Channel.Configuration, registry: ConnectionRegistry) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            WatchedHTTP1Channel(inner: HTTP1Channel(responder: responder, configuration: configuration), registry: registry)
        }
    }
}
