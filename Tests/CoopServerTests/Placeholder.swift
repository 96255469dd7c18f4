import Testing
import HummingbirdTesting
@testable import CoopServer
