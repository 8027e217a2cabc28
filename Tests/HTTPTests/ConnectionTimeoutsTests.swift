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
        configuration.bodyGracePeriod = .seconds(10)
        configuration.minimumBodyBytesPerSecond = 1024
        configuration.sheddingGracePeriod = .seconds(1)
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
        timeouts.received(now: now, inBody: true, bytes: 8192)
        for _ in 0..<5 {
            advance(.seconds(4))
            XCTAssertEqual(timeouts.check(now: now), .none)
            timeouts.received(now: now, inBody: true, bytes: 8192)
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

    /// Issue 7 item 18: one byte every 4 s never trips the 5 s inactivity limit, but the body must
    /// average 1 KiB/s after its 10 s grace.
    func testABodyTrickledAByteAtATimeGets408AtTheRateDeadline() {
        timeouts.received(now: now, inBody: true, bytes: 60)
        let bodyStart = now
        for _ in 0..<2 {
            advance(.seconds(4))
            XCTAssertEqual(timeouts.check(now: now), .none)
            timeouts.received(now: now, inBody: true, bytes: 1)
        }
        XCTAssertEqual(timeouts.deadline, bodyStart + .seconds(10) + .milliseconds(62 * 1000 / 1024))
        advance(.milliseconds(2100))
        XCTAssertEqual(timeouts.check(now: now), .respond408AndClose, "at 10.1 s, although the last byte came 2.1 s ago")
    }

    func testASlowButSteadyUploadIsNeverCutOff() {
        timeouts.received(now: now, inBody: true, bytes: 100)
        for _ in 0..<240 {
            advance(.milliseconds(500))
            XCTAssertEqual(timeouts.check(now: now), .none)
            timeouts.received(now: now, inBody: true, bytes: 600)
        }
    }

    func testTheRateClockStartsAfter100ContinueAndAgainForEachRequest() {
        timeouts.wrote(now: now)
        advance(.seconds(30))
        timeouts.resumeReadingBody(now: now)
        XCTAssertEqual(timeouts.deadline, now + .seconds(5), "inactivity first; the 30 s before Continue do not count")
        timeouts.dispatched()
        timeouts.responseFinished(now: now)
        advance(.seconds(1))
        timeouts.received(now: now, inBody: true, bytes: 2048)
        XCTAssertEqual(timeouts.bodyRateDeadline, now + .seconds(12), "a kept-alive connection's next body starts its own clock")
    }

    func testProgressRateIsBytesPerSecondOfThePhaseAndNilForThoseNotToShed() {
        XCTAssertNil(timeouts.progressRate(now: now), "too young to judge")
        timeouts.received(now: now, inBody: false, bytes: 10)
        advance(.seconds(2))
        XCTAssertEqual(timeouts.progressRate(now: now), 5)
        timeouts.received(now: now, inBody: true, bytes: 100)
        XCTAssertNil(timeouts.progressRate(now: now), "the body's phase has just begun")
        advance(.seconds(4))
        XCTAssertEqual(timeouts.progressRate(now: now), 25)
        timeouts.dispatched()
        XCTAssertNil(timeouts.progressRate(now: now), "a worker owns the request")
        timeouts.wrote(now: now)
        advance(.seconds(5))
        XCTAssertNil(timeouts.progressRate(now: now), "a response is being written")
        timeouts.responseFinished(now: now)
        advance(.seconds(1))
        XCTAssertEqual(timeouts.progressRate(now: now), 0, "idle keep-alive")
    }

    func testSheddingOrderPutsTheSlowestFirstAndSkipsThoseBeingServed() {
        var configuration = ServerConfiguration()
        configuration.sheddingGracePeriod = .seconds(1)
        let start = now
        func connection(_ id: UInt64) -> Connection {
            Connection(id: id, fd: -1, remoteAddress: "", configuration: configuration, now: start, interest: 0)
        }
        let steady = connection(2), trickler = connection(3), idle = connection(4), served = connection(5), young = connection(6)
        advance(.seconds(2))
        steady.timeouts.received(now: now, inBody: true, bytes: 50_000)
        trickler.timeouts.received(now: start + .milliseconds(1), inBody: true, bytes: 60)
        trickler.timeouts.received(now: now, inBody: true, bytes: 1)
        idle.timeouts.responseFinished(now: start)
        served.timeouts.dispatched()
        advance(.seconds(3))
        young.timeouts.responseFinished(now: now - .milliseconds(500))
        var order = SheddingOrder([served, steady, young, trickler, idle], now: now)
        XCTAssertEqual([order.next(), order.next(), order.next(), order.next()], [idle.id, trickler.id, steady.id, nil])
        XCTAssertTrue(order.isEmpty)
    }
}
