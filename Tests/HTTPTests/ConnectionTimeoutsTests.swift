import XCTest
@testable import HTTP

/// The deadline state machine, driven by a fake clock: `now` only moves when the test says so.
final class ConnectionTimeoutsTests: XCTestCase {
    var now = ContinuousClock.now
    var timeouts: ConnectionTimeouts!

    override func setUp() {
        var configuration = ServerConfiguration()
        configuration.headerReadTimeout = .seconds(10)
        configuration.bodyInactivityTimeout = .seconds(5)
        configuration.keepAliveIdleTimeout = .seconds(3)
        configuration.writeTimeout = .seconds(30)
        configuration.lingerTimeout = .seconds(2)
        timeouts = ConnectionTimeouts(configuration: configuration, now: now)
    }

    func advance(_ duration: Duration) { now += duration }

    func testSilentNewConnectionIsClosedWithoutAnswerAtTheHeaderDeadline() {
        advance(.milliseconds(9_999))
        XCTAssertEqual(timeouts.check(now: now), .none)
        advance(.milliseconds(1))
        XCTAssertEqual(timeouts.check(now: now), .close)
    }

    func testTricklingHeadGets408AndTricklingDoesNotExtendTheDeadline() {
        for _ in 0..<9 {
            advance(.seconds(1))
            timeouts.received(now: now, inBody: false)
            XCTAssertEqual(timeouts.check(now: now), .none)
        }
        advance(.seconds(1))
        XCTAssertEqual(timeouts.check(now: now), .respond408AndClose)
    }

    func testBodyInactivityResetsOnEachReadAndAnswers408WhenExceeded() {
        advance(.seconds(1))
        timeouts.received(now: now, inBody: true)
        for _ in 0..<5 {
            advance(.seconds(4))
            XCTAssertEqual(timeouts.check(now: now), .none)
            timeouts.received(now: now, inBody: true)
        }
        XCTAssertEqual(timeouts.deadline, now + .seconds(5))
        advance(.seconds(5))
        XCTAssertEqual(timeouts.check(now: now), .respond408AndClose)
    }

    func testHandlingHasNoDeadline() {
        timeouts.received(now: now, inBody: false)
        timeouts.dispatched()
        XCTAssertNil(timeouts.deadline)
        advance(.seconds(3600))
        XCTAssertEqual(timeouts.check(now: now), .none)
    }

    func testWriteTimeoutRestartsOnProgressThenCloses() {
        timeouts.dispatched()
        timeouts.wrote(now: now)
        advance(.seconds(29))
        timeouts.wrote(now: now)
        advance(.seconds(29))
        XCTAssertEqual(timeouts.check(now: now), .none)
        advance(.seconds(1))
        XCTAssertEqual(timeouts.check(now: now), .close)
    }

    func testKeepAliveIdleClosesSilentlyThenNextRequestGetsAFreshHeaderDeadline() {
        timeouts.responseFinished(now: now)
        advance(.seconds(2))
        XCTAssertEqual(timeouts.check(now: now), .none)
        timeouts.received(now: now, inBody: false)
        XCTAssertEqual(timeouts.state, .awaitingHead(since: now, sawBytes: true))
        advance(.seconds(9))
        XCTAssertEqual(timeouts.check(now: now), .none, "header deadline, not the shorter idle one, applies once bytes arrive")
        advance(.seconds(1))
        XCTAssertEqual(timeouts.check(now: now), .respond408AndClose)

        var idle = timeouts!
        idle.responseFinished(now: now)
        advance(.seconds(3))
        XCTAssertEqual(idle.check(now: now), .close)
    }

    func testContinueResumesBodyClockAndLingerEnds() {
        timeouts.wrote(now: now)
        advance(.seconds(1))
        timeouts.resumeReadingBody(now: now)
        XCTAssertEqual(timeouts.state, .readingBody(lastActivity: now))
        timeouts.startLingering(now: now)
        advance(.seconds(2))
        XCTAssertEqual(timeouts.check(now: now), .close)
    }
}
